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

/** FNV-1a over the key cells' trimmed text, without allocating. */
function keyHash(cells: readonly RawCell[], keyCols: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const c of keyCols) {
    const v = cells[c];
    const t = typeof v === "string" ? v : cellText(v ?? null);
    let a = 0, z = t.length - 1;
    while (a <= z && t.charCodeAt(a) <= 32) a++;
    while (z >= a && t.charCodeAt(z) <= 32) z--;
    for (let k = a; k <= z; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
    h = Math.imul(h ^ 0x1f, 16777619);
  }
  return h >>> 0;
}

export const duplicateRow = defineRule({
  code: "table.duplicate-row",
  severity: "warning",
  title: "Row repeated",
  description: "A row identical to an earlier one is usually pasted twice, and counts twice in every rollup.",
  kinds: ALL_KINDS,
  check({ table, sheet, records }) {
    // Rows are hashed on the kind's key cells (activity + lead, cost line…) into an open-addressing
    // table of row numbers; only rows whose keys hash alike are compared cell by cell. Typed arrays
    // keep this to a few milliseconds for 100,000 rows (a Map of strings costs several times more).
    const keyCols = KINDS[table.kind].fields.filter((f) => f.required && table.columns[f.name] !== undefined).map((f) => table.columns[f.name] - sheet.firstColumn);
    if (keyCols.length === 0) keyCols.push(table.firstColumn - sheet.firstColumn);
    const from = table.firstColumn - sheet.firstColumn, width = table.lastColumn - table.firstColumn + 1;
    let size = 16;
    while (size < records.length * 2) size *= 2;
    const slots = new Int32Array(size), hashes = new Uint32Array(size);
    const hits: Hit[] = [];
    for (const rec of records) {
      const cells = sheet.rowCells(rec.row);
      const h = keyHash(cells, keyCols);
      let i = h & (size - 1), first = 0;
      for (; slots[i] !== 0; i = (i + 1) & (size - 1)) {
        if (hashes[i] === h && sameRow(sheet.rowCells(slots[i]), cells, from, width)) { first = slots[i]; break; }
      }
      if (first) hits.push({ row: rec.row, column: table.firstColumn, params: { firstRow: first } });
      else { slots[i] = rec.row; hashes[i] = h; }
    }
    return hits;
  },
});
