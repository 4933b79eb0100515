import { a1 } from "../../a1";
import type { BudgetRecord } from "../../kinds/budget";
import type { DetectedTable } from "../../table";
import { amountColumnsOf } from "./structure";

/** Exact sum of the lines' main amounts in minor units (integers: no float drift). */
export function sumMinor(lines: readonly BudgetRecord[]): number {
  let sum = 0;
  for (const l of lines) if (l.amount.kind === "amount") sum += l.amount.minor;
  return sum;
}

/** The header of amount column k, for messages: only when the table has several (else ""). */
export function columnParam(table: DetectedTable, k: number): string {
  const cols = amountColumnsOf(table);
  return cols.length > 1 ? cols[k]?.header ?? "" : "";
}

/** "B4:B5, B8" — the cells of some rows in one column, as a user would select them. */
export function cellList(rows: readonly number[], column: number): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? a1(sorted[i], column) : `${a1(sorted[i], column)}:${a1(sorted[j], column)}`);
    i = j + 1;
  }
  return parts.join(", ");
}
