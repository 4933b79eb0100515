import { a1 } from "../../a1";
import { normaliseLabel } from "../../text";
import { defineRule, Hit } from "../rule";
import { amountColumnsOf } from "./structure";

export const duplicateColumn = defineRule({
  code: "budget.duplicate-column",
  severity: "error",
  title: "Two amount columns with the same header",
  description: "Two columns both headed 2026 (or Budget 2026) leave it unclear which one is the budget; the rollup takes the first and the other is only checked.",
  kinds: ["budget"],
  check({ table }) {
    const hits: Hit[] = [];
    const cols = amountColumnsOf(table);
    cols.forEach((c, k) => {
      const first = cols.slice(0, k).find((p) => normaliseLabel(p.header) === normaliseLabel(c.header) || (p.role === c.role && p.year !== undefined && p.year === c.year));
      if (first) hits.push({ row: table.headerRow, column: c.column, params: { column: c.header, first: first.header, firstCell: a1(table.headerRow, first.column) } });
    });
    return hits;
  },
});
