import type { RawCell } from "../../core";
import type { FormatDate } from "./services";

/**
 * A Sheets value (from getValues() or a custom function's argument) as the core's RawCell.
 * Dates are told apart by their tag, not `instanceof`, so a Date made in another realm (the tests'
 * vm context, or Apps Script's own runtime objects) is still recognised.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

export function toRawCell(value: unknown, timeZone: string, formatDate: FormatDate): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (isDate(value)) {
    // An invalid date (NaN time) cannot be formatted; keep its text so a rule reports it.
    if (Number.isNaN(value.getTime())) return String(value);
    return { date: formatDate(value, timeZone, "yyyy-MM-dd") };
  }
  return String(value);
}

/** Rows of Sheets values → rows of RawCells. */
export function toRawRows(rows: readonly (readonly unknown[])[], timeZone: string, formatDate: FormatDate): RawCell[][] {
  return rows.map((row) => row.map((v) => toRawCell(v, timeZone, formatDate)));
}
