/** Locations are data (sheet, 1-based row and column); A1 text is made only for display. */

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function columnLetters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = LETTERS[(n - 1) % 26] + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of the first columns, computed once: a1() runs for every row of a large table's rollup. */
const LETTERS_CACHE: string[] = Array.from({ length: 256 }, (_, i) => (i === 0 ? "" : columnLetters(i)));

export const a1 = (row: number, column: number): string => `${column < 256 ? LETTERS_CACHE[column] : columnLetters(column)}${row}`;

export const a1Range = (top: number, left: number, bottom: number, right: number): string =>
  top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;

/** "B7" → {row: 7, column: 2}; undefined for anything else. */
export function parseA1(text: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
  return m ? { row: Number(m[2]), column: columnNumber(m[1]) } : undefined;
}

/** A sheet name quoted as spreadsheets expect in references: 'ISU Budget'!B7. */
export function qualified(sheet: string, cell: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}
