import type { TemplateCell, TemplateSheet } from "../../core/templates";
import { separatorFree } from "./sheets-formula";

/** "YYYY-MM-DD" → the Date of that midnight in the spreadsheet's time zone (Utilities.parseDate). */
export type IsoToDate = (iso: string) => Date;

/**
 * Text Sheets would not keep as typed: it reads "2026" or "50%" as a number, "TRUE" as a boolean,
 * "=…" as a formula, "#N/A" as an error, and most text with digits may be a date. Such text gets a
 * leading apostrophe (Sheets stores the rest as text and does not show it); plain words stay clean.
 */
const NEEDS_APOSTROPHE = /\d|^[=+\-@#']|^\s*(true|false)\s*$/i;

export function textLiteral(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/**
 * What setValues() writes for a cell: numbers as numbers, dates as Dates, text as a literal, a formula
 * as its "=…" text free of argument separators (setValues makes a string starting with "=" a
 * formula; see sheets-formula.ts for the locales), blank as "".
 */
export function sheetsValue(cell: TemplateCell | null, toDate: IsoToDate): unknown {
  if (cell === null) return "";
  if (cell.formula !== undefined) return separatorFree(cell.formula);
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "number") return v;
  if (typeof v === "string") return textLiteral(v);
  return toDate(v.date);
}

/** The template's rows as one rectangle from A1 (ragged rows padded), for a single setValues(). */
export function templateValues(t: TemplateSheet, width: number, toDate: IsoToDate): unknown[][] {
  return t.rows.map((row) => Array.from({ length: width }, (_, c) => sheetsValue(row[c] ?? null, toDate)));
}
