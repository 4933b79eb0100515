import { defineRule } from "../rule";
import { linesAboveTotal, sumMinor } from "./budget-lines";
import { budgetCurrency } from "./currency";

export const totalMismatch = defineRule({
  code: "budget.total-mismatch",
  severity: "error",
  title: "Stated total is not the sum of the lines",
  description: "The total States Parties approve must equal the cost lines above it; a typed total drifts when a line changes.",
  kinds: ["budget"],
  check({ table, records, settings }) {
    const { lines, total } = linesAboveTotal(records);
    if (!total || total.amount.kind !== "amount" || lines.length === 0) return [];
    const sum = sumMinor(lines);
    if (sum === total.amount.minor) return [];
    return [{
      row: total.row,
      column: table.columns.amount,
      field: "amount",
      params: { stated: total.amount.minor, sum, difference: total.amount.minor - sum, lines: lines.length, currency: budgetCurrency(table, records, settings.currency) },
    }];
  },
});
