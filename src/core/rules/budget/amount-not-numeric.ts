import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { columnParam } from "./budget-lines";
import { shareCell } from "./percentage-column-mismatch";
import { amountColumnsOf } from "./structure";

export const amountNotNumeric = defineRule({
  code: "budget.amount-not-numeric",
  severity: "error",
  title: "Amount is not a number",
  description: "A cost line whose amount cannot be read (in any amount column: text in a year column) is left out of the total; only in-kind lines may have no amount.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    amountColumnsOf(table).forEach((c, k) => {
      for (const r of records) {
        if (r.role !== "line" && r.role !== "total" && r.role !== "subtotal") continue;
        const a = r.amounts[k];
        if (c.role === "percentage") {
          const v = sheet.cell(r.row, c.column);
          if (typeof v === "string" && v.trim() !== "" && shareCell(v) === undefined && a?.kind !== "error")
            hits.push({ row: r.row, column: c.column, field: "amount", params: { label: quote(r.label), text: quote(v, 40), reason: "not a percentage", column: columnParam(table, k) } });
        } else if (a?.kind === "text")
          hits.push({ row: r.row, column: c.column, field: "amount", params: { label: quote(r.label), text: quote(a.text, 40), reason: a.reason, column: columnParam(table, k) } });
      }
    });
    return hits;
  },
});
