import type { RawCell, SheetSnapshot } from "../snapshot";
import type { TemplateCell, TemplateSheet } from "./template";

export interface TemplateSnapshotOptions {
  /**
   * Include the template's table as a HostTable, as a host reading the inserted template would (Excel
   * reads its ListObject). Default true; false reads it like a sheet without tables (CSV, Sheets).
   */
  readonly hostTable?: boolean;
}

/** A formula cell shows its cached result; a cell with only a format is blank. */
const valueOf = (c: TemplateCell | null): RawCell => (c === null ? null : c.formula !== undefined ? (c.result ?? null) : (c.value ?? null));

/** The template as the core would read it from a spreadsheet: lets tests and hosts validate it without one. */
export function templateToSnapshot(t: TemplateSheet, options: TemplateSnapshotOptions = {}): SheetSnapshot {
  const values = t.rows.map((row) => row.map(valueOf));
  const anyFormula = t.rows.some((row) => row.some((c) => c?.formula !== undefined));
  const { table } = t;
  return {
    name: t.sheetName,
    originRow: 1,
    originColumn: 1,
    values,
    ...(anyFormula ? { formulas: t.rows.map((row) => row.map((c) => c?.formula ?? null)) } : {}),
    ...(options.hostTable === false
      ? {}
      : { tables: [{ name: table.name, headerRow: table.headerRow, firstColumn: table.firstColumn, lastColumn: table.lastColumn, lastRow: table.lastDataRow }] }),
  };
}
