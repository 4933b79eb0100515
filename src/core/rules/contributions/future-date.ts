import { defineRule, Hit } from "../rule";

export const contributionFutureDate = defineRule({
  code: "contribution.future-date",
  severity: "error",
  title: "Contribution received in the future",
  description: "Money cannot have arrived after today: the date is a typo (often the year), or the row is a pledge not yet paid.",
  kinds: ["contributions"],
  check({ table, records, settings }) {
    const hits: Hit[] = [];
    for (const r of records)
      if (r.date.kind === "date" && r.date.iso > settings.asOf)
        hits.push({ row: r.row, column: table.columns.date, field: "date", params: { contributor: r.contributor, date: r.date.iso, asOf: settings.asOf } });
    return hits;
  },
});
