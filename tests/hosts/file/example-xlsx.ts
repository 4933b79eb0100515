/** Test fixtures: writes the example workbook (and variants) as real .xlsx files with ExcelJS. */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import type { ExampleSheet } from "../../../examples/example-workbook";
import type { RawCell } from "../../../src/core";

/** A cell value as ExcelJS wants it: dates as UTC-midnight Dates, blanks left out. */
export function excelValue(v: RawCell): ExcelJS.CellValue {
  if (v !== null && typeof v === "object") {
    const [y, m, d] = v.date.split("-").map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  return v;
}

/**
 * Writes `sheets` like build-examples would: rows from A1, number formats on data rows, widths.
 * `tweak` may change the workbook before it is saved (a formula with an error result, say).
 */
export async function writeWorkbook(path: string, sheets: readonly ExampleSheet[] = EXAMPLE_SHEETS, tweak?: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        const cell = ws.getCell(r + 1, c + 1);
        const formula = sheet.formulas?.[cell.address];
        cell.value = formula ? { formula: formula.slice(1), result: excelValue(v) as number } : excelValue(v);
        if (v !== null && typeof v === "object") cell.numFmt = "yyyy-mm-dd";
        const fmt = sheet.numberFormats?.[ws.getColumn(c + 1).letter];
        if (fmt && typeof v === "number") cell.numFmt = fmt;
      }),
    );
  }
  tweak?.(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

/** A copy of the example sheets with one cell changed (1-based row and column on the named sheet). */
export function withCell(sheetName: string, row: number, column: number, value: RawCell, sheets: readonly ExampleSheet[] = EXAMPLE_SHEETS): ExampleSheet[] {
  return sheets.map((s) => {
    if (s.name !== sheetName) return s;
    const rows = s.rows.map((r) => [...r]);
    while (rows.length < row) rows.push([]);
    const target = rows[row - 1];
    while (target.length < column) target.push(null);
    target[column - 1] = value;
    return { ...s, rows };
  });
}

/** A fresh temporary folder, and its removal. */
export function tempDir(prefix = "wpc-file-"): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
