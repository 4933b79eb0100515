import type { Report } from "../../core";
import { addressChunks } from "./address";
import { saveBag, type SettingsBag } from "./document-settings";
import { applyFill, type Fill, FILL_PROPERTIES, fillKey, fillOf, isStillHighlight } from "./fill";
import { cellKey, entryFill, type HighlightEntry, readRecord, targetsOf, writeRecord } from "./highlight-record";

/*
 * Highlighting changes fills only, never values or formulas, and only fills it can put back: before colouring,
 * each cell's fill is recorded (see fill.ts for how "no fill" is told from white); "Clear highlights" puts back
 * exactly those fills on exactly those cells, and leaves alone any cell whose colour the user has changed since.
 * Requests: sheet names, current fills (FILLS_PER_REQUEST per request: Excel on the web refuses a request over
 * 5 MB, and each fill read costs about 600 bytes), then all writes (one RangeAreas per sheet and fill).
 * A protected sheet that does not allow formatting cells is left alone and named in the result: one such sheet
 * would otherwise make the single write request fail for every sheet.
 */

/** Fill reads per request: about 1.2 MB each, measured against Microsoft's runtime. */
export const FILLS_PER_REQUEST = 2000;

interface Live {
  readonly byName: Map<string, Excel.Worksheet>;
  readonly byId: Map<string, Excel.Worksheet>;
}

export interface HighlightResult {
  readonly cells: number;
  /** Sheets left alone because they are protected against formatting cells. */
  readonly protectedSheets?: string[];
}

/** Protected, and formatting cells is not among what the protection allows. */
const formatLocked = (ws: Excel.Worksheet): boolean => ws.protection.protected && !ws.protection.options.allowFormatCells;

async function liveSheets(context: Excel.RequestContext): Promise<Live> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/id, items/protection/protected, items/protection/options");
  await context.sync();
  return { byName: new Map(sheets.items.map((ws) => [ws.name, ws])), byId: new Map(sheets.items.map((ws) => [ws.id, ws])) };
}

/** Loads the fills of many cells, FILLS_PER_REQUEST per request. */
async function loadFills<T extends { ws: Excel.Worksheet; cell: string }>(context: Excel.RequestContext, list: readonly T[]): Promise<(T & { fill: Excel.RangeFill })[]> {
  const out: (T & { fill: Excel.RangeFill })[] = [];
  for (let i = 0; i < list.length; i += FILLS_PER_REQUEST) {
    for (const x of list.slice(i, i + FILLS_PER_REQUEST)) out.push({ ...x, fill: loadFill(x.ws, x.cell) });
    await context.sync();
  }
  return out;
}

const withProtected = (cells: number, locked: Set<string>): HighlightResult => (locked.size > 0 ? { cells, protectedSheets: [...locked] } : { cells });

/** A recorded cell's sheet now: by id (survives renames), else by name; undefined once deleted. */
const sheetOf = (live: Live, e: HighlightEntry): Excel.Worksheet | undefined =>
  (e.sheetId !== undefined ? live.byId.get(e.sheetId) : undefined) ?? live.byName.get(e.sheet);

function loadFill(ws: Excel.Worksheet, cell: string): Excel.RangeFill {
  const fill = ws.getRange(cell).format.fill;
  fill.load(FILL_PROPERTIES);
  return fill;
}

/** Queues fills grouped by sheet and fill, one worksheet.getRanges per group (chunked when the list is long). */
function queueFills(cells: readonly { ws: Excel.Worksheet; cell: string; fill: Fill }[]): void {
  const groups = new Map<Excel.Worksheet, Map<string, { fill: Fill; cells: string[] }>>();
  for (const { ws, cell, fill } of cells) {
    const bySheet = groups.get(ws) ?? new Map<string, { fill: Fill; cells: string[] }>();
    groups.set(ws, bySheet);
    const k = fillKey(fill);
    const g = bySheet.get(k) ?? { fill, cells: [] };
    bySheet.set(k, g);
    g.cells.push(cell);
  }
  for (const [ws, bySheet] of groups) {
    for (const g of bySheet.values()) for (const list of addressChunks(g.cells)) applyFill(ws.getRanges(list).format.fill, g.fill);
  }
}

const entryOf = (ws: Excel.Worksheet, cell: string, original: Fill, applied: string): HighlightEntry => ({
  sheet: ws.name, sheetId: ws.id, cell, color: original.color,
  ...(original.pattern !== undefined ? { pattern: original.pattern } : {}),
  ...(original.patternColor !== undefined ? { patternColor: original.patternColor } : {}),
  ...(original.tint !== undefined ? { tint: original.tint } : {}),
  applied,
});

/** Colours the report's issue cells by severity; a previous highlight is undone first (in the same write). */
export async function highlightIssues(context: Excel.RequestContext, bag: SettingsBag, report: Report): Promise<HighlightResult> {
  const previous = readRecord(bag);
  const live = await liveSheets(context);
  const locked = new Set<string>();
  const open = (ws: Excel.Worksheet): boolean => {
    if (!formatLocked(ws)) return true;
    locked.add(ws.name);
    return false;
  };

  // Recorded cells on a locked sheet cannot be put back now: their records are kept for a later Clear.
  const stuck: HighlightEntry[] = [];
  const recorded = previous.flatMap((e) => {
    const ws = sheetOf(live, e);
    if (ws && !open(ws)) stuck.push(e);
    return ws && !formatLocked(ws) ? [{ e, ws, cell: e.cell, key: cellKey(ws.name, e.cell) }] : [];
  });
  const keys = new Set(recorded.map((r) => r.key));
  const fresh = targetsOf(report).flatMap((t) => {
    const ws = live.byName.get(t.sheet);
    const key = cellKey(t.sheet, t.cell);
    return ws && open(ws) && !keys.has(key) ? [{ ws, cell: t.cell, key }] : [];
  });
  const loaded = await loadFills(context, [...recorded, ...fresh]);
  const fills = new Map(loaded.map((x) => [x.key, x.fill]));
  const before = new Map(recorded.map((r) => [r.key, { ...r, fill: fills.get(r.key)! }]));
  const targets = targetsOf(report).flatMap((t) => {
    const ws = live.byName.get(t.sheet);
    const key = cellKey(t.sheet, t.cell);
    const fill = fills.get(key);
    return ws && fill ? [{ ...t, ws, key, fill }] : [];
  });

  const entries: { ws: Excel.Worksheet; cell: string; fill: Fill; entry: HighlightEntry }[] = [];
  for (const t of targets) {
    const prev = before.get(t.key);
    // Still showing our colour: the fill to put back is the one recorded before; otherwise what is there now.
    const original = prev && isStillHighlight(t.fill, prev.e.applied) ? entryFill(prev.e) : fillOf(t.fill);
    if (original) entries.push({ ws: t.ws, cell: t.cell, fill: { color: t.colour }, entry: entryOf(t.ws, t.cell, original, t.colour) });
  }
  const kept = new Set(entries.map((x) => cellKey(x.ws.name, x.cell)));
  const undo = [...before.entries()].filter(([k, b]) => !kept.has(k) && isStillHighlight(b.fill, b.e.applied)).map(([, b]) => b);

  // Recorded before writing: if the write fails half-way, Clear can still undo whatever was applied.
  writeRecord(bag, [...entries.map((x) => x.entry), ...undo.map((b) => b.e), ...stuck]);
  await saveBag(bag);
  queueFills(undo.map((b) => ({ ws: b.ws, cell: b.e.cell, fill: entryFill(b.e) })));
  queueFills(entries);
  await context.sync();
  if (undo.length > 0) {
    writeRecord(bag, [...entries.map((x) => x.entry), ...stuck]);
    await saveBag(bag);
  }
  return withProtected(entries.length, locked);
}

/** Puts back the recorded fills of cells still showing the highlight colour, then forgets the record. */
export async function clearHighlights(context: Excel.RequestContext, bag: SettingsBag): Promise<HighlightResult> {
  const previous = readRecord(bag);
  if (previous.length === 0) return { cells: 0 };
  const live = await liveSheets(context);
  const locked = new Set<string>();
  const stuck: HighlightEntry[] = [];
  const reachable = previous.flatMap((e) => {
    const ws = sheetOf(live, e);
    if (!ws) return [];
    if (formatLocked(ws)) {
      locked.add(ws.name);
      stuck.push(e);
      return [];
    }
    return [{ e, ws, cell: e.cell }];
  });
  const loaded = await loadFills(context, reachable);
  const ours = loaded.filter((x) => isStillHighlight(x.fill, x.e.applied));
  if (ours.length > 0) {
    queueFills(ours.map((x) => ({ ws: x.ws, cell: x.e.cell, fill: entryFill(x.e) })));
    await context.sync();
  }
  writeRecord(bag, stuck);
  await saveBag(bag);
  return withProtected(ours.length, locked);
}
