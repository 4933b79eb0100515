import { cellText } from "../../cells/classify";
import { KINDS } from "../../kinds";
import type { RawCell } from "../../snapshot";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

const same = (a: RawCell | undefined, b: RawCell | undefined): boolean =>
  typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : typeof a === typeof b && cellText(a ?? null) === cellText(b ?? null);

function sameRow(a: readonly RawCell[], b: readonly RawCell[], from: number, width: number): boolean {
  for (let i = 0; i < width; i++) if (!same(a[from + i], b[from + i])) return false;
  return true;
}

const fullKey = (cells: readonly RawCell[], from: number, width: number): string => {
  let k = "";
  for (let i = 0; i < width; i++) k += `${typeof cells[from + i]}:${cellText(cells[from + i] ?? null).trim()}\u0001`;
  return k;
};

/** Rows sharing the same key cells; past a few rows, a map by whole-row text keeps the check linear. */
interface Group { rows: number[]; byRow?: Map<string, number> }
const SMALL_GROUP = 8;

export const duplicateRow = defineRule({
  code: "table.duplicate-row",
  severity: "warning",
  title: "Row repeated",
  description: "A row identical to an earlier one is usually pasted twice, and counts twice in every rollup.",
  kinds: ALL_KINDS,
  check({ table, sheet, records }) {
    // Group by the kind's key columns (activity + lead, cost line…): duplicates must agree there first,
    // and reading two cells per row is far cheaper than fingerprinting the whole row.
    const keyCols = KINDS[table.kind].fields.filter((f) => f.required && table.columns[f.name] !== undefined).map((f) => table.columns[f.name] - sheet.firstColumn);
    const from = table.firstColumn - sheet.firstColumn, width = table.lastColumn - table.firstColumn + 1;
    const groups = new Map<string, Group>();
    const hits: Hit[] = [];
    for (const rec of records) {
      const cells = sheet.rowCells(rec.row);
      let key = "";
      for (const c of keyCols) key += `${cellText(cells[c] ?? null).trim()}\u0001`;
      const g = groups.get(key);
      if (!g) { groups.set(key, { rows: [rec.row] }); continue; }
      let first: number | undefined;
      if (g.byRow) {
        const k = fullKey(cells, from, width);
        first = g.byRow.get(k);
        if (first === undefined) g.byRow.set(k, rec.row);
      } else {
        first = g.rows.find((r) => sameRow(sheet.rowCells(r), cells, from, width));
        if (first === undefined) {
          g.rows.push(rec.row);
          if (g.rows.length > SMALL_GROUP) g.byRow = new Map(g.rows.map((r) => [fullKey(sheet.rowCells(r), from, width), r] as [string, number]));
        }
      }
      if (first !== undefined) hits.push({ row: rec.row, column: table.firstColumn, params: { firstRow: first } });
    }
    return hits;
  },
});
