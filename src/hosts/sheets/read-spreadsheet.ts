import type { MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { CELL_LIMITS } from "./cell-limits";
import { isOwnRollupSheet, ownRollupSheetId } from "./own-rollup-sheet";
import { CellReader, toFormulaRows } from "./raw-cell";
import type { FormatDate, GasProperties, GasSheet, GasSpreadsheet } from "./services";

/**
 * Reads the spreadsheet into the core's snapshot: per sheet one getDataRange(), one getValues(), one
 * getFormulas() (the core tells typed totals from SUMs and checks what a SUM covers) and one
 * getMergedRanges() (the core's cell.merged rule needs merged areas). The add-on's own
 * rollup sheet (known by its id, not its name) is skipped: it is output, not a workplan. A sheet
 * past the cell limits is not read at all; the core reports it by name.
 */
export function readSpreadsheet(
  spreadsheet: GasSpreadsheet, properties: GasProperties, formatDate: FormatDate,
  timeZone = spreadsheet.getSpreadsheetTimeZone(), limits: { sheet: number; workbook: number } = CELL_LIMITS,
): WorkbookSnapshot {
  const ownId = ownRollupSheetId(properties);
  const reader = new CellReader(timeZone, formatDate);
  let left = limits.workbook;
  const sheets: SheetSnapshot[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (isOwnRollupSheet(sheet, ownId)) continue;
    const snap = readSheet(sheet, reader, Math.min(limits.sheet, left), limits.sheet <= left ? "sheet" : "workbook");
    if (!snap.notRead) left -= snap.values.length * (snap.values[0]?.length ?? 0);
    sheets.push(snap);
  }
  return { name: spreadsheet.getName(), sheets };
}

function readSheet(sheet: GasSheet, reader: CellReader, limit: number, scope: "sheet" | "workbook"): SheetSnapshot {
  const name = sheet.getName();
  const range = sheet.getDataRange();
  const cells = (range.getLastRow() - range.getRow() + 1) * (range.getLastColumn() - range.getColumn() + 1);
  if (cells > limit) return { name, originRow: 1, originColumn: 1, values: [], notRead: { cells, limit, scope } };
  const values = reader.rows(range.getValues());
  const formulas = toFormulaRows(range.getFormulas(), values);
  const merged: MergedArea[] = range.getMergedRanges().map((m) => ({
    top: m.getRow(), left: m.getColumn(), bottom: m.getLastRow(), right: m.getLastColumn(),
  }));
  return { name, originRow: range.getRow(), originColumn: range.getColumn(), values, formulas, merged };
}
