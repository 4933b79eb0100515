import { rateIsPositive } from "../../parse/rate";
import { quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const invalidRate = defineRule({
  code: "rate.invalid",
  severity: "error",
  title: "Exchange rate is zero, negative or not a number",
  description: "A rate that is not a positive number cannot convert anything: amounts in that currency are left out of the totals until it is fixed.",
  kinds: ["rates"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records) {
      const at = { row: r.row, column: table.columns.rate, field: "rate" };
      if (r.rate.kind === "unreadable") hits.push({ ...at, params: { currency: r.currency, text: quote(r.rate.text, 30), reason: r.rate.reason } });
      else if (r.rate.kind === "blank") hits.push({ ...at, params: { currency: r.currency, text: "", reason: "blank" } });
      else if (!rateIsPositive(r.rate.rate)) hits.push({ ...at, params: { currency: r.currency, text: r.rate.rate.text, reason: r.rate.rate.mantissa === 0n ? "zero" : "negative" } });
    }
    return hits;
  },
});
