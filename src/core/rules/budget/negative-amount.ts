import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { budgetCurrency } from "./currency";

export const negativeAmount = defineRule({
  code: "budget.negative-amount",
  severity: "error",
  title: "Negative cost line",
  description: "A cost line below zero is almost always a sign typed by mistake, and it lowers the total.",
  kinds: ["budget"],
  check({ table, records, settings }) {
    const currency = budgetCurrency(table, records, settings.currency);
    const hits: Hit[] = [];
    for (const r of records)
      if ((r.role === "line" || r.role === "total") && r.amount.kind === "amount" && r.amount.minor < 0)
        hits.push({ row: r.row, column: table.columns.amount, field: "amount", params: { label: quote(r.label), amount: r.amount.minor, currency } });
    return hits;
  },
});
