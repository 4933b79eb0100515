import { defineRule, Hit } from "../rule";
import { cellList, columnParam } from "./budget-lines";
import { budgetCurrency } from "./currency";
import { amountColumnsOf, budgetStructure, sumColumn } from "./structure";
import { doubleCounts } from "./total-double-counted";

export const totalMismatch = defineRule({
  code: "budget.total-mismatch",
  severity: "error",
  title: "Stated total is not the sum of the lines",
  description: "The total States Parties approve must equal the cost lines above it (or their subtotals, never both), in every amount column; a typed total drifts when a line changes.",
  kinds: ["budget"],
  check({ table, sheet, records, settings }) {
    const s = budgetStructure(table, sheet, records);
    const total = s.total;
    if (!total || s.totalMembers.length === 0) return [];
    const hits: Hit[] = [];
    const currency = budgetCurrency(table, records, settings.currency);
    amountColumnsOf(table).forEach((c, k) => {
      const stated = total.amounts[k];
      if (c.role === "percentage" || stated?.kind !== "amount") return;
      const members = sumColumn(s.totalMembers, k);
      if (!members.complete || members.minor === stated.minor) return; // an unreadable line is reported at its cell
      const lines = sumColumn(s.lines, k);
      if (lines.complete && lines.minor === stated.minor) return; // the lines add up: a wrong subtotal is reported at the subtotal
      if (doubleCounts(s, k)) return; // budget.total-double-counted says more
      const subtotals = s.totalMembers.filter((m) => m.role !== "line").length;
      hits.push({
        row: total.row, column: c.column, field: "amount",
        params: {
          stated: stated.minor, sum: members.minor, difference: stated.minor - members.minor, lines: s.totalMembers.length, subtotals,
          rows: cellList(s.totalMembers.map((m) => m.row), c.column), column: columnParam(table, k), currency,
        },
      });
    });
    return hits;
  },
});
