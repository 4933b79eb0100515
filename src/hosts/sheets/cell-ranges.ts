import { a1, parseA1 } from "../../core";
import { maxOf, minOf, pushAll } from "../../core/max-of";

/** A cell by its 1-based row and column. */
export interface CellAt {
  readonly row: number;
  readonly column: number;
}

/** A rectangle, 1-based inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Cells as few A1 ranges: consecutive rows of a column become one run ("C3:C50002"), and equal runs
 * in adjacent columns one rectangle ("C3:E50002"). Issues sit in columns, so a 50,000-row sheet's
 * highlights take a few dozen ranges instead of 50,000 cells (kept in document properties, and sent
 * in one RangeList call).
 */
export function toRanges(cells: Iterable<CellAt>): string[] {
  const rowsByColumn = groupByColumn(cells);
  // run "top:bottom" → its columns, in order
  const columnsByRun = new Map<string, number[]>();
  for (const column of [...rowsByColumn.keys()].sort((a, b) => a - b)) {
    const rows = rowsByColumn.get(column)!.sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] <= rows[j] + 1) j++;
      const key = `${rows[i]}:${rows[j]}`;
      const columns = columnsByRun.get(key);
      if (columns) columns.push(column);
      else columnsByRun.set(key, [column]);
      i = j + 1;
    }
  }
  const out: string[] = [];
  for (const [key, columns] of columnsByRun) {
    const [top, bottom] = key.split(":").map(Number);
    for (let i = 0; i < columns.length; ) {
      let j = i;
      while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
      out.push(rangeA1({ top, left: columns[i], bottom, right: columns[j] }));
      i = j + 1;
    }
  }
  return out;
}

/** column → its rows, in the order met. */
function groupByColumn(cells: Iterable<CellAt>): Map<number, number[]> {
  const rowsByColumn = new Map<number, number[]>();
  for (const c of cells) {
    const rows = rowsByColumn.get(c.column);
    if (rows) rows.push(c.row);
    else rowsByColumn.set(c.column, [c.row]);
  }
  return rowsByColumn;
}

export const rangeA1 = (a: CellArea): string =>
  a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`;

/** "B3:D10" or "B3" → its area; undefined for anything else. */
export function areaOfRange(ref: string): CellArea | undefined {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from), b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** Every cell of the ranges (unreadable ranges are skipped). */
export function* cellsOfRanges(ranges: readonly string[]): Generator<CellAt> {
  for (const ref of ranges) {
    const a = areaOfRange(ref);
    if (!a) continue;
    for (let row = a.top; row <= a.bottom; row++) for (let column = a.left; column <= a.right; column++) yield { row, column };
  }
}

/** The smallest rectangle holding every cell: one getBackgrounds() call reads them all. */
export function boundsOf(cells: Iterable<CellAt>): CellArea | undefined {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.column < left) left = c.column;
    if (c.row > bottom) bottom = c.row;
    if (c.column > right) right = c.column;
  }
  return top === Infinity ? undefined : { top, left, bottom, right };
}

/** 64 URL-safe characters: six bits each, none of them JSON-escaped. */
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * Cells as compact text for document properties: per column, A1 ranges ("C2:C9") where its rows
 * run together, or where they are scattered a bitmap "@C2:<bits>" (six rows a character from row 2)
 * when that is shorter. 50,000 rows with an issue in every other row take about 8 KB a column.
 */
export function encodeCells(cells: Iterable<CellAt>): string[] {
  const rowsByColumn = groupByColumn(cells);
  const out: string[] = [];
  for (const [column, rows] of [...rowsByColumn].sort((a, b) => a[0] - b[0])) {
    const ranges = toRanges(rows.map((row) => ({ row, column })));
    const top = minOf(rows, Infinity), bottom = maxOf(rows, 0);
    const bitmapChars = Math.ceil((bottom - top + 1) / 6) + 10;
    if (bitmapChars >= ranges.reduce((n, r) => n + r.length + 3, 0)) pushAll(out, ranges);
    else out.push(bitmap(column, top, bottom, rows));
  }
  return out;
}

function bitmap(column: number, top: number, bottom: number, rows: readonly number[]): string {
  const bits = new Uint8Array(Math.ceil((bottom - top + 1) / 6));
  for (const r of rows) bits[Math.floor((r - top) / 6)] |= 1 << ((r - top) % 6);
  let text = `@${a1(top, column)}:`;
  for (const b of bits) text += DIGITS[b];
  return text;
}

/** Every cell of encodeCells' text (ranges and bitmaps; anything unreadable is skipped). */
export function* decodeCells(parts: readonly string[]): Generator<CellAt> {
  for (const part of parts) {
    if (!part.startsWith("@")) {
      yield* cellsOfRanges([part]);
      continue;
    }
    const colon = part.indexOf(":");
    const at = parseA1(part.slice(1, colon));
    if (!at || colon < 0) continue;
    for (let i = colon + 1; i < part.length; i++) {
      const b = DIGITS.indexOf(part[i]);
      for (let bit = 0; bit < 6; bit++) if (b & (1 << bit)) yield { row: at.row + (i - colon - 1) * 6 + bit, column: at.column };
    }
  }
}
