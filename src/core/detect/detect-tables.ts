import { a1Range } from "../a1";
import { isBlank } from "../cells/classify";
import type { Finding } from "../issues";
import { KINDS, KIND_NAMES, KindName } from "../kinds";
import type { SheetView } from "../sheet-view";
import type { HostTable } from "../snapshot";
import type { DetectedTable } from "../table";
import { headerHits } from "./header-index";
import { readSubHeader } from "./sub-header";

/** How many rows below the top of a sheet (or the end of the last table) a header may start. */
export const HEADER_SCAN_ROWS = 30;
/** Two blank rows end a table; one blank row inside it is reported (table.blank-row). */
const BLANK_ROWS_ENDING_TABLE = 2;

interface HeaderMatch {
  readonly kind: KindName;
  readonly columns: Record<string, number>;
  readonly headers: Record<number, string>;
  readonly firstColumn: number;
  readonly lastColumn: number;
  readonly score: number;
}

/** Reads one row as a header: the best kind whose fields it names, or undefined. */
export function matchHeader(sheet: SheetView, row: number, left = sheet.firstColumn, right = sheet.lastColumn): HeaderMatch | undefined {
  const perKind = new Map<KindName, Record<string, number>>();
  const cellsHit = new Map<KindName, number>();
  const headers: Record<number, string> = {};
  let first = Infinity, last = -Infinity, textCells = 0;
  for (let c = left; c <= right; c++) {
    const raw = sheet.cell(row, c);
    if (isBlank(raw)) continue;
    first = Math.min(first, c);
    last = Math.max(last, c);
    // A header row holds only text, or years typed as numbers (COST | 2025 | 2026).
    const v = typeof raw === "number" && Number.isInteger(raw) && raw >= 1900 && raw <= 2199 ? String(raw) : raw;
    if (typeof v !== "string") return undefined;
    textCells++;
    headers[c] = v.trim();
    const kindsHit = new Set<KindName>();
    for (const hit of headerHits(v)) {
      const cols = perKind.get(hit.kind) ?? {};
      if (cols[hit.field] === undefined) cols[hit.field] = c;
      perKind.set(hit.kind, cols);
      kindsHit.add(hit.kind);
    }
    for (const k of kindsHit) cellsHit.set(k, (cellsHit.get(k) ?? 0) + 1);
  }
  let best: HeaderMatch | undefined;
  for (const kind of KIND_NAMES) {
    const cols = perKind.get(kind);
    if (!cols || !KINDS[kind].identify(new Set(Object.keys(cols)))) continue;
    const score = Object.keys(cols).length;
    if (!best || score > best.score) best = { kind, columns: cols, headers, firstColumn: first, lastColumn: last, score };
  }
  // Most of the row's text must be headers: a sentence that happens to contain "cost" is not a header.
  return best && (cellsHit.get(best.kind) ?? 0) * 2 >= textCells ? best : undefined;
}

function rowBlank(sheet: SheetView, row: number, left: number, right: number): boolean {
  const cells = sheet.rowCells(row);
  const from = Math.max(0, left - sheet.firstColumn), to = Math.min(cells.length - 1, right - sheet.firstColumn);
  for (let i = from; i <= to; i++) if (!isBlank(cells[i])) return false;
  return true;
}

/** The nearest text above the header (up to 3 rows up), taken as the table's title. */
function titleAbove(sheet: SheetView, headerRow: number, stopAt: number): string | undefined {
  for (let r = headerRow - 1; r >= Math.max(stopAt, headerRow - 3); r--) {
    const texts = sheet.rowCells(r).filter((v): v is string => typeof v === "string" && v.trim() !== "");
    if (texts.length > 0) return texts.join(" ").trim();
  }
  return undefined;
}

function makeTable(sheet: SheetView, m: HeaderMatch, headerRow: number, lastRow: number, title: string | undefined, host?: HostTable, headerTop = headerRow): DetectedTable {
  return {
    id: `${sheet.name}!${a1Range(headerTop, m.firstColumn, lastRow, m.lastColumn)}`,
    sheet: sheet.name,
    kind: m.kind,
    title,
    headerRow,
    ...(headerTop !== headerRow ? { headerTop } : {}),
    lastRow,
    firstColumn: m.firstColumn,
    lastColumn: m.lastColumn,
    columns: m.columns,
    headers: m.headers,
    source: host ? "host-table" : "detected",
    hostTableName: host?.name,
  };
}

export interface Detection {
  readonly tables: DetectedTable[];
  /** Sheets or host tables nothing was recognised in (reported as info, never skipped silently). */
  readonly findings: Finding[];
}

/** Finds the tables on one sheet: the host's own tables first, then header rows in the rest. */
export function detectTables(sheet: SheetView): Detection {
  const tables: DetectedTable[] = [];
  const findings: Finding[] = [];
  if (sheet.isEmpty) {
    findings.push({ code: "sheet.empty", sheet: sheet.name, row: 1, column: 1, params: {} });
    return { tables, findings };
  }
  const hostRows: [number, number][] = [];
  for (const host of sheet.snapshot.tables ?? []) {
    hostRows.push([host.headerRow, host.lastRow]);
    const m = matchHeader(sheet, host.headerRow, host.firstColumn, host.lastColumn);
    if (m) tables.push(makeTable(sheet, { ...m, firstColumn: host.firstColumn, lastColumn: host.lastColumn }, host.headerRow, host.lastRow, titleAbove(sheet, host.headerRow, sheet.firstRow), host));
    else findings.push({ code: "table.unrecognised", sheet: sheet.name, row: host.headerRow, column: host.firstColumn, params: { table: host.name } });
  }
  const inHost = (r: number) => hostRows.some(([a, b]) => r >= a && r <= b);

  let scanFrom = sheet.firstRow;
  while (scanFrom <= sheet.lastRow) {
    let header: HeaderMatch | undefined, headerRow = 0;
    const scanTo = Math.min(sheet.lastRow, scanFrom + HEADER_SCAN_ROWS - 1);
    for (let r = scanFrom; r <= scanTo && !header; r++) {
      if (inHost(r)) continue;
      header = matchHeader(sheet, r);
      headerRow = r;
    }
    if (!header) break;
    const headerTop = headerRow;
    // Budgets often have a second header row (a merged "Budget (CHF)" over "2025 | 2026").
    const sub = header.kind === "budget" ? readSubHeader(sheet, header, headerRow) : undefined;
    if (sub) { header = { ...header, ...sub }; headerRow++; }
    let lastData = headerRow, blanks = 0;
    for (let r = headerRow + 1; r <= sheet.lastRow && !inHost(r); r++) {
      if (rowBlank(sheet, r, header.firstColumn, sheet.lastColumn)) {
        if (++blanks >= BLANK_ROWS_ENDING_TABLE) break;
        continue;
      }
      if (blanks > 0 && matchHeader(sheet, r)) break; // the next table starts after a blank row
      lastData = r;
      blanks = 0;
    }
    tables.push(makeTable(sheet, header, headerRow, lastData, titleAbove(sheet, headerTop, scanFrom), undefined, headerTop));
    scanFrom = lastData + 1;
  }

  if (tables.length === 0 && findings.length === 0) {
    const first = firstNonBlank(sheet);
    if (first) findings.push({ code: "table.unrecognised", sheet: sheet.name, row: first.row, column: first.column, params: { table: "" } });
    else findings.push({ code: "sheet.empty", sheet: sheet.name, row: 1, column: 1, params: {} });
  }
  return { tables, findings };
}

function firstNonBlank(sheet: SheetView): { row: number; column: number } | undefined {
  for (let r = sheet.firstRow; r <= sheet.lastRow; r++) {
    const cells = sheet.rowCells(r);
    for (let i = 0; i < cells.length; i++) if (!isBlank(cells[i])) return { row: r, column: sheet.firstColumn + i };
  }
  return undefined;
}
