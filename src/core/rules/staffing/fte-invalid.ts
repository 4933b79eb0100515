import { quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const fteInvalid = defineRule({
  code: "staffing.fte-invalid",
  severity: "error",
  title: "FTE share is not between 0% and 100%",
  description: "A post's share of full time must be read as 0–100% to add up the staffing (100% + 100% + 50% = 2.5 FTE).",
  kinds: ["staffing"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records) {
      if (r.isTotal) continue;
      if (r.fte.kind === "unreadable") hits.push({ row: r.row, column: table.columns.fte, field: "fte", params: { text: quote(r.fte.text), reason: r.fte.reason } });
      else if (r.fte.kind === "share" && (r.fte.fraction <= 0 || r.fte.fraction > 1))
        hits.push({ row: r.row, column: table.columns.fte, field: "fte", params: { text: quote(r.fte.text), reason: r.fte.fraction <= 0 ? "zero or less" : "more than 100%" } });
    }
    return hits;
  },
});
