import type { LedgerAnalysis } from "../../funding/ledger-analysis";
import type { DetectedTable } from "../../table";
import type { Hit } from "../rule";

/**
 * Thresholds of a line's spending, as shares of its budget: from 90% a warning (the line is nearly
 * used up: a quarter's invoices can take it over), above 100% an error (overspent).
 */
export const NEAR_BUDGET_SHARE = 0.9;

/**
 * One hit per budget line whose spending passes `crosses` and stays `within`: at the ledger entry where
 * the running total crossed (row order), so the user sees which payment did it; for a budget's actuals
 * column, at the line's actuals cell.
 */
export function lineThresholdHits(table: DetectedTable, a: LedgerAnalysis | undefined, crosses: (spent: number, budget: number) => boolean, within: (spent: number, budget: number) => boolean, currency: string): Hit[] {
  if (!a?.budget) return [];
  const lines = a.budget.lines;
  const running = lines.map(() => 0);
  const at = lines.map(() => -1);
  a.entries.forEach((e, i) => {
    if (e.line < 0 || e.minor === undefined) return;
    running[e.line] += e.minor;
    if (at[e.line] < 0 && crosses(running[e.line], lines[e.line].minor)) at[e.line] = i;
  });
  const hits: Hit[] = [];
  lines.forEach((l, i) => {
    if (at[i] < 0 || !within(a.spentByLine[i], l.minor)) return;
    const e = a.entries[at[i]];
    hits.push({ row: e.row, column: e.column, ...(table.kind === "expenditure" ? { field: "amount" } : {}), params: { line: l.label, spent: a.spentByLine[i], budget: l.minor, share: l.minor === 0 ? 0 : a.spentByLine[i] / l.minor, currency } });
  });
  return hits.sort((x, y) => x.row - y.row);
}
