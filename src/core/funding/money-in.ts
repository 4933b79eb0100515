import { currencyInHeader } from "../parse/currency";
import type { MoneyCell } from "../read/cell-readers";
import type { DetectedTable } from "../table";

/** Most frequent value (first seen on a tie); undefined for none. */
export function mostCommon<T>(values: readonly (T | undefined)[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined, n = 0;
  for (const v of values) {
    if (v === undefined) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > n) [best, n] = [v, c];
  }
  return best;
}

/**
 * The currency of an amount: written in the cell ("EUR 5'000"), else the row's Currency column, else
 * the column header ("Pledged (EUR)"), else the base currency ("").
 */
export function currencyOfAmount(m: MoneyCell, rowCurrency: string, table: DetectedTable, field: string): string {
  if (m.kind === "amount" && m.currency) return m.currency;
  if (rowCurrency) return rowCurrency;
  const col = table.columns[field];
  return (col !== undefined ? currencyInHeader(table.headers[col]) : undefined) ?? "";
}

/** A cell left out of the totals because its currency has no rate. */
export interface Unconverted {
  readonly row: number;
  readonly column: number;
  readonly field: string;
  readonly currency: string;
  readonly minor: number;
}
