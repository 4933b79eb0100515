import { a1 } from "../../a1";
import { defineRule, Hit } from "../rule";
import { forEachSum } from "./sum-formulas";

export const sumCircular = defineRule({
  code: "budget.sum-circular",
  severity: "error",
  title: "Sum that includes its own cell",
  description: "A SUM whose range includes its own cell is a circular reference: Excel shows 0 or the last value it had, so the total cannot be trusted.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    forEachSum(table, sheet, records, (r, column, formula, areas) => {
      const self = areas.some((a) => (a.sheet === undefined || a.sheet === table.sheet) && a.top <= r.row && a.bottom >= r.row && a.left <= column && a.right >= column);
      if (self) hits.push({ row: r.row, column, field: "amount", params: { label: r.label, formula, cell: a1(r.row, column) } });
    });
    return hits;
  },
});
