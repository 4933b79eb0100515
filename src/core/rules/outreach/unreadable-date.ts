import { quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const unreadableDate = defineRule({
  code: "date.unreadable",
  severity: "error",
  title: "Date cannot be read",
  description: "A date the checker cannot read cannot be compared with today or counted per month.",
  kinds: ["outreach", "contributions", "expenditure"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records)
      if (r.date.kind === "unreadable")
        hits.push({ row: r.row, column: table.columns.date, field: "date", params: { text: quote(r.date.text), reason: r.date.reason } });
    return hits;
  },
});
