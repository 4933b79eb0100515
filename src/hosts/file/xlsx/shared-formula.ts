/**
 * Shared formulas: Excel stores the text once, on the first cell (`<f t="shared" si="0">F5*2</f>`),
 * and the other cells say only `<f t="shared" si="0"/>`. Each cell's own text is the first one with
 * its relative references moved by the cells' distance, as Excel shows it.
 */

import { columnLetters } from "../../../core";

const MAX_COLUMN = 16384, MAX_ROW = 1048576;

/** A1 reference not inside a name, and not a function call (`LOG10(`). */
const REF = /(^|[^A-Za-z0-9_.$!])(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!])/g;

function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}


function shiftPlain(text: string, rows: number, columns: number): string {
  return text.replace(REF, (whole, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
    let col = columnNumber(letters.toUpperCase()), row = Number(digits);
    if (col > MAX_COLUMN || row < 1 || row > MAX_ROW) return whole; // a name such as ABCD1 or TAX2026
    if (!colAbs) col += columns;
    if (!rowAbs) row += rows;
    if (col < 1 || col > MAX_COLUMN || row < 1 || row > MAX_ROW) return `${before}#REF!`;
    return `${before}${colAbs}${columnLetters(col)}${rowAbs}${row}`;
  });
}

/** Moves the relative references of `formula` (no leading "=") by `rows` and `columns`; text in quotes is left alone. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // "strings" and 'quoted sheet names' alternate with plain text
  return formula.split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/).map((part, i) => (i % 2 ? part : shiftPlain(part, rows, columns))).join("");
}
