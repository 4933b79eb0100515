import type { BudgetRecord } from "../../kinds/budget";

/** The cost lines that make up the stated total: "line" rows above the first total row. */
export function linesAboveTotal(records: readonly BudgetRecord[]): { lines: BudgetRecord[]; total?: BudgetRecord } {
  const lines: BudgetRecord[] = [];
  for (const r of records) {
    if (r.role === "total") return { lines, total: r };
    if (r.role === "line") lines.push(r);
  }
  return { lines };
}

/** Exact sum of the lines' amounts in minor units (integers: no float drift). */
export function sumMinor(lines: readonly BudgetRecord[]): number {
  let sum = 0;
  for (const l of lines) if (l.amount.kind === "amount") sum += l.amount.minor;
  return sum;
}
