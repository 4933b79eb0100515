/**
 * A template as plain data: every cell, format, validation and conditional format spelled out, so that
 * each host (ExcelJS for the CLI, Office.js, SpreadsheetApp) only translates it, never decides anything.
 *
 * Conventions (the same in every field):
 * - Rows and columns are 1-based sheet positions; `rows[0][0]` is cell A1 of the template's sheet.
 * - Every A1 reference ("B5", "A4:K23", "$B$1") is relative to the template's own sheet, never qualified
 *   with a sheet name: hosts add the sheet name where their API needs one (defined names).
 * - Formulas are written as users type them, with the leading "=" ("=SUM(B5:B9)"), in English function
 *   names and comma separators: what Office.js `range.formulas`, SpreadsheetApp `setFormula` and the
 *   core's snapshot `formulas` take. ExcelJS wants them without the "=" (the CLI writer strips it).
 * - Number formats are Excel format codes (`"CHF "#'##0`, `0%`, `d mmm yyyy`, `mmm yy`).
 * - Dates are `{ date: "YYYY-MM-DD" }`, as in the core's snapshot (hosts write a date, or an Excel serial
 *   with a date format: see isoToExcelSerial in parse/date.ts).
 */
import type { DateCell } from "../snapshot";
import type { KindName } from "../kinds/kind-name";

export type TemplateKind = KindName;

/** A typed value: text, a number, or a date. */
export type TemplateValue = string | number | DateCell;

export interface TemplateCell {
  /** What the user would have typed; absent on formula cells. */
  readonly value?: TemplateValue;
  /** "=SUM(B5:B9)": A1 references on this sheet, or named ranges of this template. */
  readonly formula?: string;
  /** The formula's value, computed by the core, so files written without a calculation engine carry it. */
  readonly result?: number | string;
  /** Excel format code. */
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

export interface TemplateColumn {
  /** Width in characters of the default font (Excel's unit; about 7 px each plus 5 px padding). */
  readonly width: number;
  /** Long text wraps in this column's table cells (activity descriptions, notes). */
  readonly wrap?: boolean;
}

/** The area hosts turn into an Excel table (ListObject); the core reads it as a HostTable. */
export interface TemplateTable {
  /** An Excel table name: letters, digits and "_", unique per workbook (hosts add a suffix if taken). */
  readonly name: string;
  /** "A4:C11": header row through last data row. */
  readonly ref: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** Filter/sort buttons on the header; off where sorting would move lines across the Total row. */
  readonly filterButtons: boolean;
}

export type ValidationRule =
  /** A dropdown of these values (Excel list source "a,b,c"). */
  | { readonly type: "list"; readonly values: readonly string[] }
  /** A number between min and max inclusive (FTE 0–1). */
  | { readonly type: "decimal"; readonly min: number; readonly max: number }
  /** Any real date (Excel: date greater than 1 Jan 1900; Sheets: requireDate()). */
  | { readonly type: "date" };

export interface TemplateValidation {
  /** "K4:K23" */
  readonly range: string;
  readonly rule: ValidationRule;
  /**
   * Strict: other input is refused (Excel errorAlert "stop", Sheets setAllowInvalid(false)). Not strict:
   * the dropdown is offered but anything may be typed (Excel showErrorMessage off, Sheets setAllowInvalid(true)),
   * e.g. "Actions 38 to 42" in the action-plan column; the core checks what was typed.
   */
  readonly strict: boolean;
  /** Input message shown when the cell is selected. */
  readonly promptTitle: string;
  readonly prompt: string;
  /** Shown when strict input is refused ("" when not strict). */
  readonly error: string;
}

export interface TemplateConditionalFormat {
  /** "L4:AI23" */
  readonly range: string;
  /**
   * A custom-formula rule: true → the fill applies. Written for the range's top-left cell, with "=",
   * relative references moving across the range as in Excel and Sheets.
   */
  readonly formula: string;
  /** "#RRGGBB" */
  readonly fill: string;
}

export interface TemplateNamedRange {
  /** "SocialChargesRate": used by formulas of this template. */
  readonly name: string;
  /** "$B$1" on the template's sheet. */
  readonly ref: string;
}

/** A month range "YYYY-MM" (inclusive), e.g. the plan window the Gantt area spans. */
export interface MonthWindow {
  readonly start: string;
  readonly end: string;
}

export interface TemplateSheet {
  readonly kind: TemplateKind;
  /** The prefill it was built from, if any. */
  readonly prefill?: string;
  /** Suggested sheet name (≤ 31 characters); hosts pick a free one ("Activities (2)") if it is taken. */
  readonly sheetName: string;
  /** The title text (also present in `rows`, where the core reads it as the table's title). */
  readonly title: string;
  /** Rows of cells from A1; rows may be ragged and cells null (blank, nothing to write). */
  readonly rows: readonly (readonly (TemplateCell | null)[])[];
  /** Column widths from column A. */
  readonly columns: readonly TemplateColumn[];
  readonly table: TemplateTable;
  readonly validations: readonly TemplateValidation[];
  readonly conditionalFormats: readonly TemplateConditionalFormat[];
  readonly namedRanges: readonly TemplateNamedRange[];
  /** Rows kept visible above the scrolling area (through the header row). */
  readonly freezeRows: number;
  /** Columns kept visible left of the scrolling area (0: none). */
  readonly freezeColumns: number;
  /** Activities only: the plan window the Gantt area spans. */
  readonly planWindow?: MonthWindow;
}

/** Misuse of the template API (an unknown kind or prefill, a prefill of another kind, a bad window). */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
}
