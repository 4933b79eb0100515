import type { GasSheet } from "./services";

/**
 * Grows a sheet to at least rows × columns. A new sheet has 1000 rows and 26 columns (A–Z), and
 * getRange() beyond them throws ("outside the dimensions of the sheet"): a two-year Gantt needs 35.
 */
export function ensureSize(sheet: GasSheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}
