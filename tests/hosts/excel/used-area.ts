import { parseA1 } from "../../../src/core";

/** The used range of a sheet's filled cells, as Excel gives it (A1 alone for an empty sheet). 1-based, inclusive. */
export function usedArea(cells: Iterable<string>): { top: number; left: number; bottom: number; right: number } {
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const cell of cells) {
    const p = parseA1(cell)!;
    top = Math.min(top, p.row); bottom = Math.max(bottom, p.row);
    left = Math.min(left, p.column); right = Math.max(right, p.column);
  }
  return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
}
