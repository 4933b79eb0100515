import type { RawCell } from "../../core";
import { excelSerialToIso, isDateFormat } from "../../core/parse/date";
import { to1900 } from "./date-system";

/**
 * One Excel cell (range.values, range.numberFormat) as the core's RawCell: "" is blank (null), a serial
 * shown with a date format is a {date} (counted from 1904 in a 1904 workbook), error values stay as their text
 * ("#REF!"), everything else as is.
 */
export function toRawCell(value: unknown, numberFormat: unknown, date1904 = false): RawCell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (typeof numberFormat === "string" && isDateFormat(numberFormat)) {
      const iso = excelSerialToIso(to1900(value, date1904));
      if (iso.ok) return { date: iso.value };
    }
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** A block of range.values with its numberFormat (same shape; a missing format reads as General). */
export function toRawRows(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[] | undefined, date1904 = false): RawCell[][] {
  return values.map((row, r) => row.map((v, c) => toRawCell(v, formats?.[r]?.[c], date1904)));
}

/**
 * Excel's `range.formulas` as the core's formula rows: a cell with no formula holds its constant there
 * (378961, "Salaries"), so only text starting with "=" is a formula. Excel always calculates, so a
 * formula showing nothing calculated to empty text: its value becomes "" (blank, but calculated),
 * never null, which the core reads as "not calculated".
 */
export function toFormulaRows(formulas: readonly (readonly unknown[])[] | undefined, values: RawCell[][]): (string | null)[][] {
  if (formulas === undefined) return [];
  return formulas.map((row, r) => {
    // A row without any formula stays empty: most rows of a work plan hold none.
    if (!row.some(isFormula)) return [];
    return row.map((f, c) => {
      if (!isFormula(f)) return null;
      if (values[r] && (values[r][c] === null || values[r][c] === undefined)) values[r][c] = "";
      return f;
    });
  });
}

const isFormula = (f: unknown): f is string => typeof f === "string" && f.startsWith("=");

/** A range's loaded formulas, or undefined where the host did not give them (older runtimes). */
export function loadedFormulas(range: { readonly formulas: unknown[][] }): unknown[][] | undefined {
  try {
    return range.formulas;
  } catch {
    return undefined;
  }
}
