import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { columnParam } from "./budget-lines";
import { budgetCurrency } from "./currency";
import { amountColumnsOf } from "./structure";

export const negativeAmount = defineRule({
  code: "budget.negative-amount",
  severity: "error",
  title: "Negative cost line",
  description: "A cost line below zero (in a budget or actuals column; a variance may be negative) is almost always a sign typed by mistake, and it lowers the total.",
  kinds: ["budget"],
  check({ table, records, settings }) {
    const currency = budgetCurrency(table, records, settings.currency);
    const hits: Hit[] = [];
    amountColumnsOf(table).forEach((c, k) => {
      if (c.role !== "budget" && c.role !== "actuals") return;
      for (const r of records) {
        const a = r.amounts[k];
        if ((r.role === "line" || r.role === "total") && a?.kind === "amount" && a.minor < 0)
          hits.push({ row: r.row, column: c.column, field: "amount", params: { label: quote(r.label), amount: a.minor, currency, column: columnParam(table, k) } });
      }
    });
    return hits;
  },
});
