import { resolveSettings, Settings, validateWorkbook } from "../../src/core";
import type { RawCell, SheetSnapshot } from "../../src/core/snapshot";

export type TinySheet = { name: string; rows: RawCell[][]; merged?: SheetSnapshot["merged"]; textOnly?: boolean; tables?: SheetSnapshot["tables"]; formulas?: (string | null)[][]; notRead?: SheetSnapshot["notRead"]; skipped?: SheetSnapshot["skipped"] };

/** Runs the core on tiny inline sheets (rows from A1). */
export function run(sheets: TinySheet[], settings: Settings = {}, name?: string) {
  return validateWorkbook(
    { name, sheets: sheets.map((s) => ({ name: s.name, originRow: 1, originColumn: 1, values: s.rows, merged: s.merged, textOnly: s.textOnly, tables: s.tables, formulas: s.formulas, notRead: s.notRead, skipped: s.skipped })) },
    resolveSettings(settings, "2026-06-15"),
  );
}

/** (sheet!cell, code) pairs, the way tests compare issues (never message text). */
export const found = (v: ReturnType<typeof run>) => v.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);
