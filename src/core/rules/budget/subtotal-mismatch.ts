import { defineRule, Hit } from "../rule";
import { cellList, columnParam } from "./budget-lines";
import { budgetCurrency } from "./currency";
import { amountColumnsOf, budgetStructure, sumColumn } from "./structure";

export const subtotalMismatch = defineRule({
  code: "budget.subtotal-mismatch",
  severity: "error",
  title: "Subtotal is not the sum of its section",
  description: "A subtotal (\"Total staff costs\") must equal the lines of its section, in every amount column; the grand total is then checked against the subtotals.",
  kinds: ["budget"],
  check({ table, sheet, records, settings }) {
    const s = budgetStructure(table, sheet, records);
    const hits: Hit[] = [];
    const currency = budgetCurrency(table, records, settings.currency);
    const cols = amountColumnsOf(table);
    for (const section of s.sections) {
      const sub = section.subtotal;
      if (!sub) continue;
      cols.forEach((c, k) => {
        const stated = sub.amounts[k];
        if (c.role === "percentage" || stated?.kind !== "amount") return;
        const sum = sumColumn(section.members, k);
        if (!sum.complete || sum.minor === stated.minor) return;
        hits.push({
          row: sub.row, column: c.column, field: "amount",
          params: {
            label: sub.label, section: section.label, stated: stated.minor, sum: sum.minor, difference: stated.minor - sum.minor,
            rows: cellList(section.members.map((m) => m.row), c.column), column: columnParam(table, k), currency,
          },
        });
      });
    }
    return hits;
  },
});
