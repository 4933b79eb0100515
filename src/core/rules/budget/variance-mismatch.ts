import { defineRule, Hit } from "../rule";
import { budgetCurrency } from "./currency";
import { differenceOperands } from "./compared-columns";
import { amountColumnsOf } from "./structure";

export const varianceMismatch = defineRule({
  code: "budget.variance-mismatch",
  severity: "error",
  title: "Variance is not the difference of its columns",
  description: "A variance (difference, écart) column must equal one column minus the other on every row, as its formula says or as the two columns to its left; a typed variance goes stale when a figure changes.",
  kinds: ["budget"],
  check({ table, sheet, records, settings }) {
    const hits: Hit[] = [];
    const cols = amountColumnsOf(table);
    const currency = budgetCurrency(table, records, settings.currency);
    const tolerance = Math.round(settings.roundingTolerance * 100);
    cols.forEach((c, k) => {
      if (c.role !== "difference") return;
      // The sign convention (2026 − 2025, or budget − actual) is the one most rows follow.
      const rows = records.flatMap((r) => {
        const op = differenceOperands(table, sheet, k, r.row);
        const d = r.amounts[k], x = op ? r.amounts[op.a] : undefined, y = op ? r.amounts[op.b] : undefined;
        if (!op || d?.kind !== "amount" || x?.kind !== "amount" || y?.kind !== "amount") return [];
        return [{ r, op, d: d.minor, diff: x.minor - y.minor }];
      });
      const forward = rows.filter((x) => x.op.from === "formula" || Math.abs(x.d - x.diff) <= tolerance).length;
      const backward = rows.filter((x) => x.op.from === "neighbours" && Math.abs(x.d + x.diff) <= tolerance).length;
      const sign = backward > forward ? -1 : 1;
      for (const { r, op, d, diff } of rows) {
        const expected = op.from === "formula" ? diff : sign * diff;
        if (Math.abs(d - expected) <= tolerance) continue;
        const [first, second] = sign === 1 || op.from === "formula" ? [op.a, op.b] : [op.b, op.a];
        hits.push({
          row: r.row, column: c.column, field: "amount",
          params: { label: r.label, column: c.header, stated: d, expected, minuend: cols[first].header, subtrahend: cols[second].header, currency },
        });
      }
    });
    return hits;
  },
});
