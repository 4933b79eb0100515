import { isBlank } from "../cells/classify";
import type { KindName } from "../kinds/kind-name";
import type { SheetView } from "../sheet-view";
import { headerHits } from "./header-index";
import { maxOf, minOf } from "../max-of";

/** A header row's reading: which field is in which column, and the header text of each column. */
export interface HeaderReading {
  readonly kind: KindName;
  readonly columns: Record<string, number>;
  readonly headers: Record<number, string>;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

const asHeaderText = (v: unknown): string | undefined =>
  typeof v === "string" ? v.trim() : typeof v === "number" && Number.isInteger(v) && v >= 1900 && v <= 2199 ? String(v) : undefined;

/** The text a header cell shows: its own, or that of the merged area it lies under ("Budget (CHF)" over B:C). */
function parentText(sheet: SheetView, m: HeaderReading, row: number, column: number): string {
  const own = m.headers[column];
  if (own) return own;
  for (const a of sheet.snapshot.merged ?? [])
    if (a.top <= row && a.bottom >= row && a.left <= column && a.right >= column) return asHeaderText(sheet.cell(a.top, a.left)) ?? "";
  return "";
}

/**
 * A second header row directly below the first, as finance staff write it: a merged "Budget (CHF)"
 * over "2025 | 2026". It has nothing in the first field's column, only text or years, and each of
 * its cells names a field of the table's kind once joined to the header above it. Returns the joined
 * reading ("Budget (CHF) 2025", "Budget (CHF) 2026"), or undefined when the row below is data.
 */
export function readSubHeader(sheet: SheetView, m: HeaderReading, headerRow: number): HeaderReading | undefined {
  const row = headerRow + 1;
  if (row > sheet.lastRow) return undefined;
  const firstField = minOf(Object.values(m.columns), Infinity);
  if (!isBlank(sheet.cell(row, firstField))) return undefined;
  const right = maxOf((sheet.snapshot.merged ?? []).filter((a) => a.top <= headerRow && a.bottom >= headerRow && a.left <= m.lastColumn && a.right > m.lastColumn).map((a) => a.right), m.lastColumn);
  const subs = new Map<number, string>();
  for (let c = m.firstColumn; c <= Math.min(sheet.lastColumn, right); c++) {
    const v = sheet.cell(row, c);
    if (isBlank(v)) continue;
    const t = asHeaderText(v);
    if (t === undefined) return undefined;
    subs.set(c, t);
  }
  if (subs.size === 0) return undefined;
  const headers: Record<number, string> = { ...m.headers };
  for (const [c, sub] of subs) {
    const parent = parentText(sheet, m, headerRow, c);
    const joined = parent ? `${parent} ${sub}` : sub;
    if (!headerHits(joined).some((h) => h.kind === m.kind)) return undefined;
    headers[c] = joined;
  }
  const columns: Record<string, number> = {};
  const cols = Object.keys(headers).map(Number).sort((a, b) => a - b);
  for (const c of cols) for (const h of headerHits(headers[c])) if (h.kind === m.kind && columns[h.field] === undefined) columns[h.field] = c;
  for (const [f, c] of Object.entries(m.columns)) if (columns[f] === undefined) columns[f] = c;
  return { ...m, columns, headers, lastColumn: maxOf(cols, m.lastColumn) };
}
