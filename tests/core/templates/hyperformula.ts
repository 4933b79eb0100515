/**
 * Test helper: a real formula engine (HyperFormula) over a written .xlsx read back with ExcelJS, so the
 * templates' formulas and conditional formats are checked by evaluation, not by reading their text.
 */
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";

/** Excel's serial for a UTC-midnight Date (HyperFormula's default null date is Excel's, 1899-12-30). */
const serial = (d: Date) => Math.round(d.getTime() / 86_400_000) + 25569;

/** One cell as HyperFormula takes it: "=formula", a number, text, a boolean or null. */
function hfContent(cell: ExcelJS.Cell): RawCellContent {
  const v = cell.value as unknown;
  if (cell.formula) return `=${cell.formula}`;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return serial(v);
  if (typeof v === "object") {
    const o = v as { richText?: { text: string }[]; text?: string };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    return o.text ?? null;
  }
  return v as RawCellContent;
}

/** The sheet as a dense grid from A1. */
export function sheetGrid(ws: ExcelJS.Worksheet): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) =>
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      while (rows.length < r) rows.push([]);
      const out = rows[r - 1];
      while (out.length < c) out.push(null);
      out[c - 1] = hfContent(cell);
    }),
  );
  return rows;
}

export interface Engine {
  readonly hf: HyperFormula;
  readonly sheetId: number;
  /** The engine's value of one cell (1-based). */
  value(row: number, column: number): unknown;
  /** A formula evaluated on the sheet (references as written). */
  evaluate(formula: string): unknown;
}

/** HyperFormula over the workbook's first sheet, with the workbook's defined names as named expressions. */
export function engineFor(wb: ExcelJS.Workbook): Engine {
  const ws = wb.worksheets[0];
  const names = wb.definedNames.model.map((n) => ({ name: n.name, expression: `=${n.ranges[0]}` }));
  const hf = HyperFormula.buildFromSheets({ [ws.name]: sheetGrid(ws) }, { licenseKey: "gpl-v3" }, names);
  const sheetId = hf.getSheetId(ws.name)!;
  return {
    hf,
    sheetId,
    value: (row, column) => hf.getCellValue({ sheet: sheetId, row: row - 1, col: column - 1 }),
    evaluate: (formula) => hf.calculateFormula(formula, sheetId),
  };
}

const LETTERS = (n: number): string => (n <= 0 ? "" : LETTERS(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
const NUMBER = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * A conditional-format formula written for a range's top-left cell, as it applies `rows` down and
 * `columns` right: relative references move, $-anchored parts stay (Excel's and Sheets' rule).
 */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return formula.replace(/(?<![A-Za-z_\d])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g, (_, dc: string, col: string, dr: string, row: string) =>
    `${dc}${dc ? col : LETTERS(NUMBER(col) + columns)}${dr}${dr ? row : Number(row) + rows}`);
}
