import { defineRule } from "../rule";

export const noTotal = defineRule({
  code: "budget.no-total",
  severity: "info",
  title: "No total row",
  description: "Without a Total row there is nothing to check the lines against; the computed total is shown in the rollup.",
  kinds: ["budget"],
  check({ table, records }) {
    if (records.some((r) => r.role === "total") || !records.some((r) => r.role === "line")) return [];
    return [{ row: table.headerRow, column: table.columns.label, params: {} }];
  },
});
