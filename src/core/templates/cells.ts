import { a1 } from "../a1";
import type { TemplateCell, TemplateSheet } from "./template";

export interface PlacedCell {
  readonly row: number;
  readonly column: number;
  /** "B5" */
  readonly ref: string;
  readonly cell: TemplateCell;
}

/** Every non-null cell with its position, row by row: what a writer loops over. */
export function templateCells(t: TemplateSheet): PlacedCell[] {
  const out: PlacedCell[] = [];
  t.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell) out.push({ row: r + 1, column: c + 1, ref: a1(r + 1, c + 1), cell });
    }),
  );
  return out;
}
