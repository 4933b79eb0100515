import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { budgetCurrency } from "./currency";

export const lineAfterTotal = defineRule({
  code: "budget.line-after-total",
  severity: "warning",
  title: "Cost line below the total",
  description: "An amount below the Total row is not part of it; only in-kind lines (no amount) belong there.",
  kinds: ["budget"],
  check({ table, records, settings }) {
    const hits: Hit[] = [];
    let afterTotal = false;
    for (const r of records) {
      if (r.role === "total") { afterTotal = true; continue; }
      if (afterTotal && r.role === "line" && r.amount.kind === "amount")
        hits.push({ row: r.row, column: table.columns.amount, field: "amount", params: { label: quote(r.label), amount: r.amount.minor, currency: budgetCurrency(table, records, settings.currency) } });
    }
    return hits;
  },
});
