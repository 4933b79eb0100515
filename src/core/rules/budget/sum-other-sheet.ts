import { sumAreas } from "../../formula/refs";
import { defineRule, Hit } from "../rule";
import { amountColumnsOf } from "./structure";

export const sumOtherSheet = defineRule({
  code: "budget.sum-other-sheet",
  severity: "warning",
  title: "Total that adds cells on another sheet",
  description: "A total or subtotal whose SUM reads another sheet adds rows this table does not show, so it cannot be checked against its lines here.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    if (!sheet.snapshot.formulas) return hits;
    for (const c of amountColumnsOf(table)) {
      for (const r of records) {
        const f = sheet.formula(r.row, c.column);
        const other = f ? sumAreas(f)?.find((a) => a.sheet !== undefined && a.sheet !== table.sheet) : undefined;
        if (other) hits.push({ row: r.row, column: c.column, field: "amount", params: { label: r.label, formula: f!, sheet: other.sheet! } });
      }
    }
    return hits;
  },
});
