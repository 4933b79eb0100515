import { a1Range } from "../a1";
import { isDateCell } from "../snapshot";
import type { TemplateCell, TemplateTable } from "./template";

/**
 * The mutable grid a template builder fills, cell by cell (1-based), before it is frozen into
 * `TemplateSheet.rows`. It also evaluates the few functions templates use (SUM over a range), from
 * the cells themselves, so a cached result is what a spreadsheet would compute.
 */
export class Grid {
  private readonly cells: (TemplateCell | null)[][] = [];

  set(row: number, column: number, cell: TemplateCell | null): void {
    const r = (this.cells[row - 1] ??= []);
    while (r.length < column - 1) r.push(null);
    r[column - 1] = cell;
  }

  get(row: number, column: number): TemplateCell | null {
    return this.cells[row - 1]?.[column - 1] ?? null;
  }

  /** The number a cell holds (typed, or a formula's cached result), as SUM would count it. */
  numberAt(row: number, column: number): number {
    const c = this.get(row, column);
    const v = c?.formula !== undefined ? c.result : c?.value;
    return typeof v === "number" ? v : 0;
  }

  /** SUM(top:bottom) in one column: text, dates and blanks count as nothing. */
  sumColumn(column: number, top: number, bottom: number): number {
    let s = 0;
    for (let r = top; r <= bottom; r++) {
      const c = this.get(r, column);
      if (c?.value !== undefined && isDateCell(c.value)) continue;
      s += this.numberAt(r, column);
    }
    return s;
  }

  /** Dense rows from row 1 (rows never set are empty). */
  rows(): (TemplateCell | null)[][] {
    return Array.from({ length: this.cells.length }, (_, i) => [...(this.cells[i] ?? [])]);
  }
}

/** A text cell, optionally bold. */
export const text = (value: string, bold = false): TemplateCell => (bold ? { value, bold } : { value });

/** The table area, with its A1 reference computed from the same numbers. */
export function tableArea(name: string, headerRow: number, lastDataRow: number, firstColumn: number, lastColumn: number, filterButtons = true): TemplateTable {
  return { name, ref: a1Range(headerRow, firstColumn, lastDataRow, lastColumn), headerRow, firstDataRow: headerRow + 1, lastDataRow, firstColumn, lastColumn, filterButtons };
}
