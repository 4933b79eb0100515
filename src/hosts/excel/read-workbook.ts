import type { HostTable, MergedArea, RawCell, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { ROLLUP_SHEET, type Progress } from "../../panel/bridge";
import { parseAddress, parseAddressList } from "./address";
import { toRawRows } from "./cells";
import { type Block, PAYLOAD_BUDGET, planReads, splitPack } from "./read-plan";

export interface ReadOptions {
  /** Document name, for messages and plan-window detection ("ISU Workplan 2025-2026.xlsx"). */
  readonly name?: string;
  /** Range.getMergedAreasOrNullObject needs ExcelApi 1.13; without it merged cells are not reported. */
  readonly mergedAreas?: boolean;
  readonly onProgress?: Progress;
  /** Bytes per request when reading in blocks. */
  readonly budget?: number;
}

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

function sheetSnapshot(name: string, address: string, values: RawCell[][], extras: Extras, index: number, tables: Map<string, HostTable[]>): SheetSnapshot {
  const a = parseAddress(address);
  const merged = mergedOf(extras.merged[index]);
  const own = tables.get(name);
  return {
    name,
    originRow: a?.top ?? 1,
    originColumn: a?.left ?? 1,
    values,
    ...(own ? { tables: own } : {}),
    ...(merged && merged.length > 0 ? { merged } : {}),
  };
}

/**
 * Reads every sheet (but the add-in's own rollup sheet) into a snapshot. Request 1: sheet names and tables.
 * Request 2: every used range's values and number formats, merged areas and table ranges. If Excel refuses
 * request 2 as too large, the used ranges are measured and read in row blocks under the byte budget instead.
 */
export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name, items/showHeaders, items/showTotals");
  await context.sync();

  const sheets = worksheets.items.filter((ws) => ws.name !== ROLLUP_SHEET);
  options.onProgress?.(0, sheets.length, "Reading the workbook");
  const used = sheets.map((ws) => ws.getUsedRange(true));
  for (const r of used) r.load("address, values, numberFormat");
  const extras = queueExtras(used, tables.items, options.mergedAreas ?? false);
  try {
    await context.sync();
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    return readInBlocks(context, sheets, tables.items, options);
  }
  options.onProgress?.(sheets.length, sheets.length, "Reading the workbook");
  const byTable = hostTables(extras);
  return {
    ...(options.name ? { name: options.name } : {}),
    sheets: sheets.map((ws, i) => sheetSnapshot(ws.name, used[i].address, toRawRows(used[i].values, used[i].numberFormat), extras, i, byTable)),
  };
}

/** The large-workbook path: one request for sizes, then one per pack of row blocks (split again if refused). */
async function readInBlocks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], tables: readonly Excel.Table[], options: ReadOptions): Promise<WorkbookSnapshot> {
  const used = sheets.map((ws) => ws.getUsedRange(true));
  for (const r of used) r.load("address, rowCount, columnCount, rowIndex, columnIndex");
  const extras = queueExtras(used, tables, options.mergedAreas ?? false);
  await context.sync();

  const values: RawCell[][][] = used.map((r) => new Array<RawCell[]>(r.rowCount));
  const todo = planReads(used.map((r) => ({ rows: r.rowCount, columns: r.columnCount })), options.budget ?? PAYLOAD_BUDGET).reverse();
  const totalRows = used.reduce((s, r) => s + r.rowCount, 0);
  let doneRows = 0;
  options.onProgress?.(0, totalRows, "Reading the workbook");
  while (todo.length > 0) {
    const pack = todo.pop()!;
    const reads = pack.map((b: Block) => {
      const r = sheets[b.sheet].getRangeByIndexes(used[b.sheet].rowIndex + b.rowOffset, used[b.sheet].columnIndex, b.rows, b.columns);
      r.load("values, numberFormat");
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
      toRawRows(r.values, r.numberFormat).forEach((row, k) => (values[b.sheet][b.rowOffset + k] = row));
      doneRows += b.rows;
    }
    options.onProgress?.(doneRows, totalRows, "Reading the workbook");
  }
  const byTable = hostTables(extras);
  return {
    ...(options.name ? { name: options.name } : {}),
    sheets: sheets.map((ws, i) => sheetSnapshot(ws.name, used[i].address, values[i], extras, i, byTable)),
  };
}
