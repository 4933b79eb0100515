import { normaliseLabel } from "../../text";
import { forEachMoney } from "../any/number-as-text";
import { fieldTitle } from "../any/table-area";
import { defineRule, Hit, UNLISTED } from "../rule";

/** Words that make a negative amount legitimate: money given back or a booking undone. */
const REFUND = /\b(refunds?|refunded|reimburse\w*|reversals?|reversed|correction|credit note|rembourse\w*|extourne|contre passation|annulation|avoir|reembolso\w*|devolucion\w*|anulacion|reversion)\b/;

export const negativeNotRefund = defineRule({
  code: "amount.negative-not-refund",
  severity: "error",
  title: "Negative amount that is not a refund",
  description: "A contribution or a payment below zero lowers the totals; it is right only for a refund or a reversal, which the description or notes should say.",
  kinds: ["contributions", "expenditure"],
  check({ table, sheet, records, listLimit }) {
    const hits: Hit[] = [];
    const textOf = (row: number) => normaliseLabel(sheet.rowCells(row).filter((v): v is string => typeof v === "string").join(" "));
    forEachMoney(table, records, (row, field, column, m) => {
      if (m.kind !== "amount" || m.minor >= 0 || REFUND.test(textOf(row))) return;
      hits.push(hits.length >= listLimit ? UNLISTED : { row, column, field, params: { field: fieldTitle(table, field), amount: m.minor, currency: m.currency ?? "" } });
    });
    return hits;
  },
});
