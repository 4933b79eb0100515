import ExcelJS from "exceljs";
import type { HostTable, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { parseRange } from "./a1-range";
import { SheetBuilder } from "./sheet-builder";
import { convertCell } from "./xlsx-cell";

/** ExcelJS's Merge value type: the covered (non-top-left) cells of a merged area. */
const MERGE_TYPE = ExcelJS.ValueType.Merge;

/** What a loaded table looks like at run time (the typings describe the writer's options instead). */
interface LoadedTable {
  readonly table?: { name?: string; displayName?: string; tableRef?: string; ref?: string };
  readonly model?: { name?: string; displayName?: string; tableRef?: string; ref?: string };
}

/**
 * Excel tables (ListObjects) as HostTables. The header is the table's first row: ExcelJS reads a
 * missing headerRowCount (Excel's default, 1) as "no header", and the core needs one anyway. A totals
 * row is kept inside the table, because a budget's Total row is what the core checks.
 */
export function hostTables(ws: ExcelJS.Worksheet): HostTable[] {
  const out: HostTable[] = [];
  for (const t of Object.values((ws as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {})) {
    const model = t.table ?? t.model;
    const area = parseRange(model?.tableRef ?? model?.ref ?? "");
    if (!model || !area) continue;
    out.push({ name: model.displayName ?? model.name ?? "Table", headerRow: area.top, firstColumn: area.left, lastColumn: area.right, lastRow: area.bottom });
  }
  return out;
}

function mergedAreas(ws: ExcelJS.Worksheet): MergedArea[] {
  const refs: unknown = (ws.model as { merges?: unknown }).merges ?? Object.keys((ws as unknown as { _merges?: object })._merges ?? {});
  const out: MergedArea[] = [];
  if (Array.isArray(refs)) for (const ref of refs) {
    const area = typeof ref === "string" ? parseRange(ref) : undefined;
    if (area && (area.bottom > area.top || area.right > area.left)) out.push(area);
  }
  return out;
}

/** One loaded worksheet → snapshot. Covered cells of a merge are blank, as Excel itself reports them. */
export function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const builder = new SheetBuilder(ws.name);
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === MERGE_TYPE) return;
      // cell.value drops a cached result of 0, "" or FALSE (<v>0</v>); cell.result keeps it.
      const v = cell.formula ? { formula: cell.formula, result: cell.result } : cell.value;
      const { value, formula } = convertCell(v, cell.formula || undefined);
      builder.set(r, c, value, formula);
    });
  });
  const tables = hostTables(ws), merged = mergedAreas(ws);
  return builder.build({ ...(tables.length ? { tables } : {}), ...(merged.length ? { merged } : {}) });
}

/** Reads a whole .xlsx into memory: every feature (tables, merges, shared formulas), at ~1 KB per cell. */
export async function readXlsxWhole(path: string, name: string): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { name, sheets: wb.worksheets.map(sheetSnapshot) };
}
