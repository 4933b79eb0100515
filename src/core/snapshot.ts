/**
 * A workbook as the core sees it: plain values read by a host in one pass.
 * Hosts convert their own shapes (Excel serial dates, Sheets `Date`s, ExcelJS cell objects) into these.
 */

/** A date cell, told apart from text and numbers. `iso` is "YYYY-MM-DD". */
export interface DateCell {
  readonly date: string;
}

/**
 * One cell's value. Blank is `null` (hosts map `""` to null). Spreadsheet error values
 * (`#REF!`, `#N/A` …) arrive as their text and are recognised by the core.
 */
export type RawCell = string | number | boolean | null | DateCell;

/** An area the host knows to be one table (an Excel table / ListObject, a named range). */
export interface HostTable {
  readonly name: string;
  /** 1-based sheet row of the header row. */
  readonly headerRow: number;
  /** 1-based sheet columns, inclusive. */
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** 1-based sheet row of the last data row (inclusive). */
  readonly lastRow: number;
}

/** A merged area, 1-based inclusive. */
export interface MergedArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * A part of a sheet a reader left out because it passed one of the LIMITS (src/core/limits.ts). The
 * core reports each as a finding at (row, column), so a cut sheet is never silently short.
 */
export interface SkippedPart {
  /** A key of LIMITS: "rows", "columns", "cells", "cellText" … */
  readonly limit: string;
  /** 1-based sheet row and column of the first cell left out (for "cellText", the cell that was cut). */
  readonly row: number;
  readonly column: number;
  /** How much was left out, when the reader counted it: cells, or for "cellText" the text's full length. */
  readonly count?: number;
  /** Further places cut at the same limit that are not listed one by one. */
  readonly others?: number;
}

export interface SheetSnapshot {
  readonly name: string;
  /** 1-based sheet row and column of `values[0][0]` (the used range may not start at A1). */
  readonly originRow: number;
  readonly originColumn: number;
  /** Rows of cells; rows may be ragged (missing cells are blank). */
  readonly values: readonly (readonly RawCell[])[];
  /**
   * Formulas in the same shape as `values` ("=SUM(B2:B6)"; null, "" or a missing row/cell where a cell
   * holds none), present whenever the host read formulas (read in the same pass as the values), even
   * when the sheet holds none; absent when the host cannot know (CSV). The contract every reader keeps:
   * - a formula whose calculated value the file does not hold (a file written by a script) comes with
   *   a blank (null) value: the core reports it as not calculated, never reads it as blank or zero;
   * - a formula's value is its cached result as the host shows it (numbers, text, "#REF!").
   * Rules that tell a typed total from a SUM, or check what a SUM covers, only run when this is present.
   */
  readonly formulas?: readonly (readonly (string | null)[])[];
  readonly tables?: readonly HostTable[];
  readonly merged?: readonly MergedArea[];
  /** True when the workbook hides this sheet (it is still checked: hidden is not empty). */
  readonly hidden?: boolean;
  /** True when every cell was text by nature (CSV): "number stored as text" is then not a finding. */
  readonly textOnly?: boolean;
  /**
   * Set by a host that did not read the sheet because it is past a documented cell limit (per sheet,
   * or what was left of the per-workbook limit): `values` is empty and the core reports sheet.too-large.
   */
  readonly notRead?: { readonly cells: number; readonly limit: number; readonly scope: "sheet" | "workbook" };
  /** What the reader left out at a limit; absent or empty when the whole sheet was read. */
  readonly skipped?: readonly SkippedPart[];
}

export interface WorkbookSnapshot {
  /** File or document name, for messages and plan-window detection. */
  readonly name?: string;
  readonly sheets: readonly SheetSnapshot[];
}

export const isDateCell = (v: RawCell): v is DateCell => typeof v === "object" && v !== null;
