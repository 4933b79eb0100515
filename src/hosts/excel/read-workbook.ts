import type { HostTable, MergedArea, RawCell, SheetSnapshot, WorkbookSnapshot } from "../../core";
import type { Progress } from "../../panel/bridge";
import { parseAddress, parseAddressList, type SheetArea } from "./address";
import { loadedFormulas, toFormulaRows, toRawRows } from "./cells";
import { is1904, queueDateSystem } from "./date-system";
import { capMessage, MAX_SHEET_CELLS, MAX_WORKBOOK_CELLS, ReadLimitError, type UsedExtent } from "./read-limits";
import { type Block, PAYLOAD_BUDGET, planReads, splitPack } from "./read-plan";
import { isRollupSheet } from "./rollup-sheet";

export interface ReadOptions {
  /** Document name, for messages and plan-window detection ("ISU Workplan 2025-2026.xlsx"). */
  readonly name?: string;
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; without it merged cells are not reported. */
  readonly mergedAreas?: boolean;
  readonly onProgress?: Progress;
  /** Bytes per request when reading in blocks. */
  readonly budget?: number;
  /** Cells per sheet and per workbook (read-limits.ts); tests pass smaller ones. */
  readonly sheetCap?: number;
  readonly workbookCap?: number;
}

/** Excel lists at most this many merged areas in one getMergedAreasOrNullObject call; past it the call fails. */
export const MAX_MERGED_PER_CALL = 512;
/** Halvings of a used range tried before giving up on listing its merged areas (2^8 = 256 pieces). */
const MERGE_SPLITS = 8;

/** Errors Excel gives when one request carries too much (5 MB on the web, five million cells anywhere). */
const TOO_LARGE = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded", "RangeExceedsLimit", "OperationCellsExceedLimit"]);
export const isTooLarge = (e: unknown): boolean =>
  typeof e === "object" && e !== null && TOO_LARGE.has(String((e as { code?: unknown }).code));

/** Merged areas and Excel tables: small, queued with whichever request reads the used ranges. */
interface Extras {
  readonly merged: (Excel.RangeAreas | undefined)[];
  readonly tables: { readonly table: Excel.Table; readonly range: Excel.Range }[];
}

function queueExtras(used: readonly Excel.Range[], tables: readonly Excel.Table[], merged: boolean): Extras {
  return {
    merged: used.map((r) => {
      if (!merged) return undefined;
      const areas = r.getMergedAreasOrNullObject();
      areas.load("address");
      return areas;
    }),
    tables: tables.filter((t) => t.showHeaders).map((table) => {
      const range = table.getRange();
      range.load("address");
      return { table, range };
    }),
  };
}

function hostTables(extras: Extras): Map<string, HostTable[]> {
  const bySheet = new Map<string, HostTable[]>();
  for (const { table, range } of extras.tables) {
    const a = parseAddress(range.address);
    if (!a) continue;
    const lastRow = Math.max(a.top, a.bottom - (table.showTotals ? 1 : 0));
    const list = bySheet.get(a.sheet) ?? [];
    list.push({ name: table.name, headerRow: a.top, firstColumn: a.left, lastColumn: a.right, lastRow });
    bySheet.set(a.sheet, list);
  }
  return bySheet;
}

function mergedOf(areas: Excel.RangeAreas | undefined): MergedArea[] | undefined {
  if (!areas || areas.isNullObject) return undefined;
  return parseAddressList(areas.address).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

const halves = (a: SheetArea): SheetArea[] => {
  if (a.bottom > a.top) {
    const mid = Math.floor((a.top + a.bottom) / 2);
    return [{ ...a, bottom: mid }, { ...a, top: mid + 1 }];
  }
  if (a.right > a.left) {
    const mid = Math.floor((a.left + a.right) / 2);
    return [{ ...a, right: mid }, { ...a, left: mid + 1 }];
  }
  return [a];
};

/**
 * The merged areas of one sheet with more than Excel lists in one call: its used range is halved until every
 * piece answers (one request per round, all pieces of the round in it). A merge that crosses a cut is reported by
 * both pieces and kept once.
 */
async function mergedInPieces(context: Excel.RequestContext, ws: Excel.Worksheet, used: SheetArea): Promise<MergedArea[]> {
  let pieces = [used];
  for (let round = 1; round <= MERGE_SPLITS; round++) {
    pieces = pieces.flatMap(halves);
    const calls = pieces.map((p) => {
      const areas = ws.getRangeByIndexes(p.top - 1, p.left - 1, p.bottom - p.top + 1, p.right - p.left + 1).getMergedAreasOrNullObject();
      areas.load("address");
      return areas;
    });
    try {
      await context.sync();
    } catch {
      continue;
    }
    const seen = new Map<string, MergedArea>();
    for (const m of calls.flatMap((c) => mergedOf(c) ?? [])) seen.set(`${m.top}:${m.left}:${m.bottom}:${m.right}`, m);
    return [...seen.values()];
  }
  throw new ReadLimitError(
    `The sheet "${ws.name}" has more merged areas than Excel lets an add-in list (more than ${MAX_MERGED_PER_CALL} in each of ${pieces.length} parts of the sheet), ` +
      "so Workplan Check cannot tell which cells are merged there. Unmerge the cells you do not need (Home › Merge & Center › Unmerge Cells), or move the tables to another sheet, then validate again.",
  );
}

/**
 * The whole read failed with merged areas asked for (Excel fails a call that would list more than 512): read
 * again without them, then list each sheet's merged areas on its own, in pieces where a sheet has too many.
 */
async function withoutMergedAreas<T>(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], read: () => Promise<{ result: T; used: readonly SheetArea[]; merged: (MergedArea[] | undefined)[] }>): Promise<T> {
  const { result, used, merged } = await read();
  for (let i = 0; i < sheets.length; i++) {
    const one = sheets[i].getRangeByIndexes(used[i].top - 1, used[i].left - 1, used[i].bottom - used[i].top + 1, used[i].right - used[i].left + 1).getMergedAreasOrNullObject();
    one.load("address");
    try {
      await context.sync();
      merged[i] = mergedOf(one);
    } catch {
      merged[i] = await mergedInPieces(context, sheets[i], used[i]);
    }
  }
  return result;
}

function sheetSnapshot(name: string, address: string, values: RawCell[][], formulas: (string | null)[][], merged: MergedArea[] | undefined, tables: Map<string, HostTable[]>): SheetSnapshot {
  const a = parseAddress(address);
  const own = tables.get(name);
  return {
    name,
    originRow: a?.top ?? 1,
    originColumn: a?.left ?? 1,
    values,
    formulas,
    ...(own ? { tables: own } : {}),
    ...(merged && merged.length > 0 ? { merged } : {}),
  };
}

const extentOf = (sheet: string, address: string): UsedExtent => {
  const a = parseAddress(address);
  return { sheet, address, rows: a ? a.bottom - a.top + 1 : 1, columns: a ? a.right - a.left + 1 : 1 };
};

function checkCaps(extents: readonly UsedExtent[], options: ReadOptions): void {
  const message = capMessage(extents, options.sheetCap ?? MAX_SHEET_CELLS, options.workbookCap ?? MAX_WORKBOOK_CELLS);
  if (message) throw new ReadLimitError(message);
}

const areaOf = (address: string): SheetArea => parseAddress(address) ?? { sheet: "", top: 1, left: 1, bottom: 1, right: 1 };

/**
 * Reads every sheet (but the add-in's own rollup sheet) into a snapshot. Request 1: sheet names, tables and the
 * date system. Request 2: every used range's values and number formats, merged areas and table ranges. If Excel
 * refuses request 2 as too large, the used ranges are measured, checked against the cell caps, and read in row
 * blocks under the byte budget instead. If it fails with merged areas asked for, see withoutMergedAreas.
 */
/** Used ranges with `props` loaded, their table ranges, and their merged areas. */
interface Loaded {
  readonly used: Excel.Range[];
  readonly extras: Extras;
  readonly merged: (MergedArea[] | undefined)[];
}

/**
 * One request loading `props` of every used range with the merged areas and table ranges. If it fails with
 * merged areas asked for (and not as too large), see withoutMergedAreas; the caps are checked before merged
 * areas of a huge range are listed.
 */
async function loadUsed(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], tables: readonly Excel.Table[], props: string, options: ReadOptions): Promise<Loaded> {
  const load = async (mergedAreas: boolean) => {
    const used = sheets.map((ws) => ws.getUsedRange(true));
    for (const r of used) r.load(props);
    const extras = queueExtras(used, tables, mergedAreas);
    await context.sync();
    return { used, extras };
  };
  try {
    const r = await load(options.mergedAreas ?? false);
    return { ...r, merged: r.extras.merged.map(mergedOf) };
  } catch (e) {
    if (isTooLarge(e) || !options.mergedAreas) throw e;
    const merged: (MergedArea[] | undefined)[] = [];
    const r = await withoutMergedAreas(context, sheets, async () => {
      const again = await load(false);
      checkCaps(sheets.map((ws, i) => extentOf(ws.name, again.used[i].address)), options);
      return { result: again, used: again.used.map((u) => areaOf(u.address)), merged };
    });
    return { ...r, merged };
  }
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name, items/showHeaders, items/showTotals");
  const system = queueDateSystem(context);
  await context.sync();
  const date1904 = is1904(system);

  const sheets = worksheets.items.filter((ws) => !isRollupSheet(ws.name));
  options.onProgress?.(0, sheets.length, "Reading the workbook");
  let loaded: Loaded;
  try {
    loaded = await loadUsed(context, sheets, tables.items, "address, values, numberFormat, formulas", options);
  } catch (e) {
    if (isTooLarge(e)) return readInBlocks(context, sheets, tables.items, options, date1904);
    throw e;
  }
  const { used, extras, merged } = loaded;
  checkCaps(sheets.map((ws, i) => extentOf(ws.name, used[i].address)), options);
  options.onProgress?.(sheets.length, sheets.length, "Reading the workbook");
  const byTable = hostTables(extras);
  return {
    ...(options.name ? { name: options.name } : {}),
    sheets: sheets.map((ws, i) => {
      const values = toRawRows(used[i].values, used[i].numberFormat, date1904);
      return sheetSnapshot(ws.name, used[i].address, values, toFormulaRows(loadedFormulas(used[i]), values), merged[i], byTable);
    }),
  };
}

/** The large-workbook path: one request for sizes, then one per pack of row blocks (split again if refused). */
async function readInBlocks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], tables: readonly Excel.Table[], options: ReadOptions, date1904: boolean): Promise<WorkbookSnapshot> {
  const { used, extras, merged } = await loadUsed(context, sheets, tables, "address, rowCount, columnCount, rowIndex, columnIndex", options);
  checkCaps(sheets.map((ws, i) => ({ sheet: ws.name, address: used[i].address, rows: used[i].rowCount, columns: used[i].columnCount })), options);

  const values: RawCell[][][] = used.map((r) => new Array<RawCell[]>(r.rowCount));
  const formulas: (string | null)[][][] = used.map((r) => new Array<(string | null)[]>(r.rowCount));
  const todo = planReads(used.map((r) => ({ rows: r.rowCount, columns: r.columnCount })), options.budget ?? PAYLOAD_BUDGET).reverse();
  const totalRows = used.reduce((s, r) => s + r.rowCount, 0);
  let doneRows = 0;
  options.onProgress?.(0, totalRows, "Reading the workbook");
  while (todo.length > 0) {
    const pack = todo.pop()!;
    const reads = pack.map((b: Block) => {
      const r = sheets[b.sheet].getRangeByIndexes(used[b.sheet].rowIndex + b.rowOffset, used[b.sheet].columnIndex, b.rows, b.columns);
      r.load("values, numberFormat, formulas");
      return { b, r };
    });
    try {
      await context.sync();
    } catch (e) {
      const halves = isTooLarge(e) ? splitPack(pack) : undefined;
      if (!halves) throw e;
      todo.push(halves[1], halves[0]);
      continue;
    }
    for (const { b, r } of reads) {
      const rows = toRawRows(r.values, r.numberFormat, date1904);
      toFormulaRows(loadedFormulas(r), rows).forEach((row, k) => (formulas[b.sheet][b.rowOffset + k] = row));
      rows.forEach((row, k) => (values[b.sheet][b.rowOffset + k] = row));
      doneRows += b.rows;
    }
    options.onProgress?.(doneRows, totalRows, "Reading the workbook");
  }
  const byTable = hostTables(extras);
  return {
    ...(options.name ? { name: options.name } : {}),
    sheets: sheets.map((ws, i) => sheetSnapshot(ws.name, used[i].address, values[i], formulas[i], merged[i], byTable)),
  };
}
