import { defineRule, Hit } from "../rule";

export const futureDate = defineRule({
  code: "outreach.future-date",
  severity: "error",
  title: "Logged contact is in the future",
  description: "The log records what happened; a date after today is a typo (often the year) and inflates the count.",
  kinds: ["outreach"],
  check({ table, records, settings }) {
    const hits: Hit[] = [];
    for (const r of records)
      if (r.date.kind === "date" && r.date.iso > settings.asOf)
        hits.push({ row: r.row, column: table.columns.date, field: "date", params: { date: r.date.iso, asOf: settings.asOf } });
    return hits;
  },
});
