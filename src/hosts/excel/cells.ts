import type { RawCell } from "../../core";
import { excelSerialToIso, isDateFormat } from "../../core/parse/date";

/**
 * One Excel cell (range.values, range.numberFormat) as the core's RawCell: "" is blank (null), a serial
 * shown with a date format is a {date}, error values stay as their text ("#REF!"), everything else as is.
 */
export function toRawCell(value: unknown, numberFormat: unknown): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(numberFormat)) {
      const iso = excelSerialToIso(value);
      if (iso.ok) return { date: iso.value };
    }
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** A block of range.values with its numberFormat (same shape; a missing format reads as General). */
export function toRawRows(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[] | undefined): RawCell[][] {
  return values.map((row, r) => row.map((v, c) => toRawCell(v, formats?.[r]?.[c])));
}
