import type { BudgetRecord } from "../../kinds/budget";
import { findStatedPercentages } from "../../parse/percent";
import { normaliseLabel, quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { budgetCurrency } from "./currency";

/** Words match when they share their first five letters ("salary" ~ "Salaries", "salaire" ~ "salaires"). */
const stem = (w: string) => w.slice(0, Math.min(5, w.length));

function baseLine(records: readonly BudgetRecord[], of: string, self: BudgetRecord): BudgetRecord | undefined {
  const wanted = normaliseLabel(of).split(" ").filter((w) => w.length >= 4).map(stem);
  if (wanted.length === 0) return undefined;
  return records.find((r) => r !== self && r.role === "line" && r.amount.kind === "amount" &&
    normaliseLabel(r.label).split(" ").some((w) => wanted.includes(stem(w))));
}

export const percentageMismatch = defineRule({
  code: "budget.percentage-mismatch",
  severity: "error",
  title: "Line does not match the percentage it states",
  description: "A line estimated as a share of another (social charges at 20% of salaries) must move with that line.",
  kinds: ["budget"],
  check({ table, records, settings }) {
    const hits: Hit[] = [];
    const currency = budgetCurrency(table, records, settings.currency);
    for (const rec of records) {
      if (rec.role !== "line" || rec.amount.kind !== "amount") continue;
      for (const p of findStatedPercentages(`${rec.label} ${rec.notes}`)) {
        const base = p.of ? baseLine(records, p.of, rec) : undefined;
        if (!base || base.amount.kind !== "amount") continue;
        const expected = Math.round(base.amount.minor * p.rate);
        const tolerance = Math.round(settings.roundingTolerance * 100);
        if (Math.abs(expected - rec.amount.minor) <= tolerance) continue;
        hits.push({
          row: rec.row, column: table.columns.amount, field: "amount",
          params: { label: quote(rec.label), stated: rec.amount.minor, rate: p.rate, base: quote(base.label), baseAmount: base.amount.minor, expected, difference: rec.amount.minor - expected, currency, baseRow: base.row },
        });
      }
    }
    return hits;
  },
});
