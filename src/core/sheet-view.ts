import { RawCell, SheetSnapshot } from "./snapshot";

/** Reads a snapshot by 1-based sheet coordinates, so tables and issues speak in sheet rows and columns. */
export class SheetView {
  readonly name: string;
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;

  constructor(readonly snapshot: SheetSnapshot) {
    this.name = snapshot.name;
    this.firstRow = snapshot.originRow;
    this.firstColumn = snapshot.originColumn;
    this.lastRow = snapshot.originRow + snapshot.values.length - 1;
    let width = 0;
    for (const row of snapshot.values) if (row.length > width) width = row.length;
    this.lastColumn = snapshot.originColumn + width - 1;
  }

  cell(row: number, column: number): RawCell {
    const r = this.snapshot.values[row - this.firstRow];
    if (r === undefined) return null;
    const v = r[column - this.firstColumn];
    return v === undefined ? null : v;
  }

  /** The row's cells from `firstColumn` on (a view of the snapshot's own array when possible). */
  rowCells(row: number): readonly RawCell[] {
    return this.snapshot.values[row - this.firstRow] ?? [];
  }

  formula(row: number, column: number): string | null {
    const f = this.snapshot.formulas?.[row - this.firstRow]?.[column - this.firstColumn];
    return f ?? null;
  }

  get isEmpty(): boolean {
    return this.snapshot.values.length === 0 || this.lastColumn < this.firstColumn;
  }
}
