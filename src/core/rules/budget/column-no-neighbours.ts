import { defineRule, Hit } from "../rule";
import { differenceOperands, ratioOperands } from "./compared-columns";
import { amountColumnsOf } from "./structure";

export const columnNoNeighbours = defineRule({
  code: "budget.column-no-neighbours",
  severity: "warning",
  title: "Variance or percentage with nothing to compare",
  description: "A variance or percentage column needs two figure columns (budget, actuals) to its left, or a formula naming them; without them it cannot be checked.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    amountColumnsOf(table).forEach((c, k) => {
      if (c.role !== "difference" && c.role !== "percentage") return;
      const operands = c.role === "difference" ? differenceOperands : ratioOperands;
      if (records.some((r) => operands(table, sheet, k, r.row))) return;
      hits.push({ row: table.headerRow, column: c.column, params: { column: c.header, role: c.role === "difference" ? "variance" : "percentage" } });
    });
    return hits;
  },
});
