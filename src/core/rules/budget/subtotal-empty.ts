import { defineRule } from "../rule";
import { budgetStructure } from "./structure";

export const subtotalEmpty = defineRule({
  code: "budget.subtotal-empty",
  severity: "error",
  title: "Subtotal with no lines above it",
  description: "A subtotal right under the header, a heading or another subtotal of the same lines adds nothing up, so it cannot be checked.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    return budgetStructure(table, sheet, records).emptySubtotals.map((r) => ({
      row: r.row, column: table.columns.amount ?? table.columns.label, field: "amount", params: { label: r.label },
    }));
  },
});
