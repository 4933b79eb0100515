import { a1 } from "../a1";
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

/** Minor units per month ("2026-03"), added as dated amounts come. */
export class MonthTotals {
  private readonly minor = new Map<string, number>();

  add(date: { readonly kind: string; readonly iso?: string }, minor: number): void {
    if (date.kind !== "date" || !date.iso) return;
    const m = date.iso.slice(0, 7);
    this.minor.set(m, (this.minor.get(m) ?? 0) + minor);
  }

  /** Months in order, in currency units. */
  toUnits(): Record<string, number> {
    return Object.fromEntries([...this.minor.entries()].sort(([x], [y]) => (x < y ? -1 : 1)).map(([m, v]) => [m, v / 100]));
  }
}

/** The rollup form of amounts left out for want of a rate: their own currency, in units, and their cell. */
export const unconvertedUnits = (list: readonly Unconverted[]) =>
  list.map((x) => ({ currency: x.currency, amount: x.minor / 100, cell: `${a1(x.row, x.column)}` }));
