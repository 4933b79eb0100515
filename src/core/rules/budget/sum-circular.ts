import { a1 } from "../../a1";
import { sumAreas } from "../../formula/refs";
import { defineRule, Hit } from "../rule";
import { amountColumnsOf } from "./structure";

export const sumCircular = defineRule({
  code: "budget.sum-circular",
  severity: "error",
  title: "Sum that includes its own cell",
  description: "A SUM whose range includes its own cell is a circular reference: Excel shows 0 or the last value it had, so the total cannot be trusted.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    if (!sheet.snapshot.formulas) return hits;
    for (const c of amountColumnsOf(table)) {
      for (const r of records) {
        const f = sheet.formula(r.row, c.column);
        const areas = f ? sumAreas(f) : undefined;
        if (!areas) continue;
        const self = areas.some((a) => (a.sheet === undefined || a.sheet === table.sheet) && a.top <= r.row && a.bottom >= r.row && a.left <= c.column && a.right >= c.column);
        if (self) hits.push({ row: r.row, column: c.column, field: "amount", params: { label: r.label, formula: f!, cell: a1(r.row, c.column) } });
      }
    }
    return hits;
  },
});
