import { defineRule, Hit } from "../rule";
import { columnParam } from "./budget-lines";
import { budgetCurrency } from "./currency";
import { amountColumnsOf, BudgetStructure, budgetStructure, sumColumn } from "./structure";

/** Subtotals and their own lines both in the grand total: by its SUM's rows, or by its amount. */
export function doubleCounts(s: BudgetStructure, k: number): boolean {
  const subtotals = s.sections.filter((x) => x.subtotal);
  if (!s.total || subtotals.length === 0) return false;
  const rows = s.totalFormulaRows;
  if (rows) return subtotals.some((x) => rows.has(x.subtotal!.row) && x.lines.some((l) => rows.has(l.row)));
  const stated = s.total.amounts[k];
  if (stated?.kind !== "amount") return false;
  const both = sumColumn([...s.lines, ...subtotals.map((x) => x.subtotal!)], k);
  const right = sumColumn(s.totalMembers, k);
  return both.complete && both.minor === stated.minor && right.minor !== stated.minor;
}

export const totalDoubleCounted = defineRule({
  code: "budget.total-double-counted",
  severity: "error",
  title: "Grand total counts subtotals and their lines",
  description: "A grand total that adds the subtotals and the lines inside them counts every line twice; it should add one or the other.",
  kinds: ["budget"],
  check({ table, sheet, records, settings }) {
    const s = budgetStructure(table, sheet, records);
    const total = s.total;
    if (!total) return [];
    const hits: Hit[] = [];
    const currency = budgetCurrency(table, records, settings.currency);
    amountColumnsOf(table).forEach((c, k) => {
      const stated = total.amounts[k];
      if (c.role === "percentage" || stated?.kind !== "amount" || !doubleCounts(s, k)) return;
      const right = sumColumn(s.totalMembers, k).minor;
      hits.push({
        row: total.row, column: c.column, field: "amount",
        params: { stated: stated.minor, sum: right, subtotals: s.sections.filter((x) => x.subtotal).map((x) => x.subtotal!.label).join(", "), column: columnParam(table, k), currency },
      });
    });
    return hits;
  },
});
