import { isDateCell, RawCell } from "../snapshot";

/** Spreadsheet error values as Excel, Sheets and LibreOffice show them. */
export const ERROR_VALUES: ReadonlySet<string> = new Set([
  "#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!",
  "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#ERROR!", "#N/A!",
]);

export const isErrorValue = (v: RawCell): boolean =>
  typeof v === "string" && v.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(v.trim().toUpperCase());

/** Blank means no value at all or only white space; zero is not blank. */
export function isBlank(v: RawCell): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  // Most text starts with a visible character: decide without allocating a trimmed copy.
  if (v.length === 0) return true;
  if (v.charCodeAt(0) > 32 && v.charCodeAt(0) !== 160) return false;
  return v.trim().length === 0;
}

/** The cell as display text (numbers as JS writes them, dates as ISO). */
export function cellText(v: RawCell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (isDateCell(v)) return v.date;
  return String(v);
}
