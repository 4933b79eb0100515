import type { HostTable, MergedArea, RawCell, SheetSnapshot, SkippedPart } from "../../core";

/** Places cut at one limit listed one by one; past that they are counted on the last one listed. */
const SKIPPED_LISTED = 20;

/**
 * Collects one sheet's cells in any order (the readers see them row by row, sparse) and builds the
 * snapshot from the used range: `originRow`/`originColumn` are the first row and column that hold a
 * value or a formula, so the core's cell addresses are the sheet's own.
 */
export class SheetBuilder {
  private readonly rows = new Map<number, { values: RawCell[]; formulas?: (string | null)[] }>();
  private top = Infinity;
  private left = Infinity;
  private bottom = -Infinity;
  private right = -Infinity;
  private hasFormulas = false;
  private readonly skipped: SkippedPart[] = [];
  private readonly skippedPerLimit = new Map<string, number>();

  /** The sheet name; the streaming reader may learn it only after the cells. */
  constructor(public name: string) {}

  /** Records a cell; blank cells without a formula are skipped (they do not widen the used range). */
  set(row: number, column: number, value: RawCell, formula?: string | null): void {
    if (value === null && !formula) return;
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = { values: [] }));
    r.values[column - 1] = value;
    if (formula) {
      (r.formulas ??= [])[column - 1] = formula;
      this.hasFormulas = true;
    }
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (column < this.left) this.left = column;
    if (column > this.right) this.right = column;
  }

  /**
   * Blanks the covered cells of merged areas (all but the top-left), as Excel reports them; the used
   * range is then worked out again. Returns the rows visited, so a caller can bound the work.
   */
  blankCovered(areas: readonly MergedArea[], maxVisits: number): number {
    if (areas.length === 0 || this.rows.size === 0) return 0;
    const present = [...this.rows.keys()].sort((a, b) => a - b);
    let visits = 0, changed = false;
    for (const m of areas) {
      let lo = 0, hi = present.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (present[mid] < m.top) lo = mid + 1; else hi = mid; }
      for (let i = lo; i < present.length && present[i] <= m.bottom; i++) {
        if (++visits > maxVisits) return visits;
        const r = this.rows.get(present[i])!;
        for (let c = m.left; c <= m.right && c <= r.values.length; c++) {
          if ((present[i] !== m.top || c !== m.left) && r.values[c - 1] !== undefined) {
            delete r.values[c - 1];
            if (r.formulas) delete r.formulas[c - 1];
            changed = true;
          }
        }
      }
    }
    if (changed) this.rebound();
    return visits;
  }

  /** Recomputes the used range after cells were removed. */
  private rebound(): void {
    this.top = this.left = Infinity;
    this.bottom = this.right = -Infinity;
    for (const [row, r] of [...this.rows]) {
      let any = false;
      r.values.forEach((_, i) => {
        any = true;
        if (i + 1 < this.left) this.left = i + 1;
        if (i + 1 > this.right) this.right = i + 1;
      });
      r.formulas?.forEach((f, i) => {
        if (f === undefined || f === null) return;
        any = true;
        if (i + 1 < this.left) this.left = i + 1;
        if (i + 1 > this.right) this.right = i + 1;
      });
      if (!any) { this.rows.delete(row); continue; }
      if (row < this.top) this.top = row;
      if (row > this.bottom) this.bottom = row;
    }
  }


  /** Records what was left out at a limit (the core reports it); a few per limit, the rest counted. */
  skip(part: SkippedPart): void {
    const seen = (this.skippedPerLimit.get(part.limit) ?? 0) + 1;
    this.skippedPerLimit.set(part.limit, seen);
    if (seen <= SKIPPED_LISTED) this.skipped.push(part);
    else {
      const i = this.skipped.map((p) => p.limit).lastIndexOf(part.limit);
      this.skipped[i] = { ...this.skipped[i], others: seen - SKIPPED_LISTED };
    }
  }

  build(extra: { tables?: readonly HostTable[]; merged?: readonly MergedArea[]; textOnly?: boolean; hidden?: boolean; skipped?: readonly SkippedPart[] } = {}): SheetSnapshot {
    if (this.skipped.length > 0) extra = { ...extra, skipped: this.skipped };
    // A workbook reader always read the formulas (none is an answer: the totals are typed); a CSV has none to read.
    const read = !extra.textOnly;
    if (this.rows.size === 0) return { name: this.name, originRow: 1, originColumn: 1, values: [], ...(read ? { formulas: [] } : {}), ...extra };
    const height = this.bottom - this.top + 1;
    const values: RawCell[][] = new Array(height);
    const formulas: (string | null)[][] | undefined = this.hasFormulas || read ? new Array(height) : undefined;
    for (let i = 0; i < height; i++) {
      const r = this.rows.get(this.top + i);
      values[i] = r ? dense(r.values, this.left - 1, null) : [];
      if (formulas && r?.formulas) formulas[i] = dense(r.formulas, this.left - 1, null); // rows without formulas stay holes
    }
    return { name: this.name, originRow: this.top, originColumn: this.left, values, ...(formulas ? { formulas } : {}), ...extra };
  }
}

/** `sparse` from index `from` on, holes filled: rows are ragged (each ends at its last cell). */
function dense<T>(sparse: T[], from: number, fill: T): T[] {
  const out = new Array<T>(Math.max(0, sparse.length - from));
  for (let i = 0; i < out.length; i++) {
    const v = sparse[from + i];
    out[i] = v === undefined ? fill : v;
  }
  return out;
}
