import type { MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { ROLLUP_SHEET } from "../../panel/bridge";
import { toRawRows } from "./raw-cell";
import type { FormatDate, GasSheet, GasSpreadsheet } from "./services";

/**
 * Reads the spreadsheet into the core's snapshot: per sheet one getDataRange(), one getValues()
 * and one getMergedRanges() (the core's cell.merged rule needs merged areas). The add-on's own
 * rollup sheet is skipped: it is output, not a workplan.
 */
export function readSpreadsheet(spreadsheet: GasSpreadsheet, formatDate: FormatDate, timeZone = spreadsheet.getSpreadsheetTimeZone()): WorkbookSnapshot {
  const sheets = spreadsheet.getSheets().filter((s) => s.getName() !== ROLLUP_SHEET);
  return { name: spreadsheet.getName(), sheets: sheets.map((s) => readSheet(s, timeZone, formatDate)) };
}

function readSheet(sheet: GasSheet, timeZone: string, formatDate: FormatDate): SheetSnapshot {
  const range = sheet.getDataRange();
  const values = toRawRows(range.getValues(), timeZone, formatDate);
  const merged: MergedArea[] = range.getMergedRanges().map((m) => ({
    top: m.getRow(), left: m.getColumn(), bottom: m.getLastRow(), right: m.getLastColumn(),
  }));
  return { name: sheet.getName(), originRow: range.getRow(), originColumn: range.getColumn(), values, merged };
}
