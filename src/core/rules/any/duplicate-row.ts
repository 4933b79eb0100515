import { cellText } from "../../cells/classify";
import { KINDS } from "../../kinds";
import type { SheetView } from "../../sheet-view";
import type { RawCell } from "../../snapshot";
import type { DetectedTable } from "../../table";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

const same = (a: RawCell | undefined, b: RawCell | undefined): boolean =>
  typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : typeof a === typeof b && cellText(a ?? null) === cellText(b ?? null);

function sameRow(a: readonly RawCell[], b: readonly RawCell[], from: number, width: number): boolean {
  for (let i = 0; i < width; i++) if (!same(a[from + i], b[from + i])) return false;
  return true;
}

/** Characters hashed from each end of a key cell in the quick pass (the full pass hashes all). */
const SAMPLE = 12;
/** A probe run this long means the quick hash groups too many rows: start again hashing every character. */
const MAX_PROBE = 64;

/** FNV-1a over the key cells' trimmed text (length and both ends only, unless `full`), without allocating. */
function keyHash(cells: readonly RawCell[], keyCols: readonly number[], full: boolean): number {
  let h = 0x811c9dc5;
  for (const c of keyCols) {
    const v = cells[c];
    const t = typeof v === "string" ? v : cellText(v ?? null);
    let a = 0, z = t.length - 1;
    while (a <= z && t.charCodeAt(a) <= 32) a++;
    while (z >= a && t.charCodeAt(z) <= 32) z--;
    h = Math.imul(h ^ (z - a + 1), 16777619);
    if (full || z - a < 2 * SAMPLE) for (let k = a; k <= z; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
    else {
      for (let k = a; k < a + SAMPLE; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
      for (let k = z - SAMPLE + 1; k <= z; k++) h = Math.imul(h ^ t.charCodeAt(k), 16777619);
    }
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
    return findDuplicates(table, sheet, records, keyCols, false) ?? findDuplicates(table, sheet, records, keyCols, true)!;
  },
});

/** One pass; undefined when the quick hash lumps too many rows together (then the caller hashes in full). */
function findDuplicates(table: DetectedTable, sheet: SheetView, records: readonly { row: number }[], keyCols: readonly number[], full: boolean): Hit[] | undefined {
  const from = table.firstColumn - sheet.firstColumn, width = table.lastColumn - table.firstColumn + 1;
  let size = 16;
  while (size < records.length * 2) size *= 2;
  const slots = new Int32Array(size), hashes = new Uint32Array(size);
  const hits: Hit[] = [];
  for (const rec of records) {
    const cells = sheet.rowCells(rec.row);
    const h = keyHash(cells, keyCols, full);
    let i = h & (size - 1), first = 0, probes = 0;
    for (; slots[i] !== 0; i = (i + 1) & (size - 1)) {
      if (hashes[i] === h && sameRow(sheet.rowCells(slots[i]), cells, from, width)) { first = slots[i]; break; }
      if (++probes > MAX_PROBE && !full) return undefined;
    }
    if (first) hits.push({ row: rec.row, column: table.firstColumn, params: { firstRow: first } });
    else { slots[i] = rec.row; hashes[i] = h; }
  }
  return hits;
}
