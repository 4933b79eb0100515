import { quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const amountNotNumeric = defineRule({
  code: "budget.amount-not-numeric",
  severity: "error",
  title: "Amount is not a number",
  description: "A cost line whose amount cannot be read is left out of the total; only in-kind lines may have no amount.",
  kinds: ["budget"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records)
      if ((r.role === "line" || r.role === "total") && r.amount.kind === "text")
        hits.push({ row: r.row, column: table.columns.amount, field: "amount", params: { label: quote(r.label), text: quote(r.amount.text, 40), reason: r.amount.reason } });
    return hits;
  },
});
