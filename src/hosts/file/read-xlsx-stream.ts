import ExcelJS from "exceljs";
import type { WorkbookSnapshot } from "../../core";
import { paddedZipStream } from "./padded-zip-stream";
import { SheetBuilder } from "./sheet-builder";
import { convertCell, isDateFormat, serialToDate } from "./xlsx-cell";
import type { ConvertedCell } from "./xlsx-cell";

/**
 * Reports bytes read of the file's total, and rows parsed so far. Both are shown: ExcelJS may read
 * the whole file first (into temporary files) and parse the rows after.
 */
export type ReadProgress = (done: number, total: number, rows: number) => void;

/** The parts of the streaming reader this module uses (its typings declare little). */
interface StreamReader extends AsyncIterable<StreamSheet> {
  on(event: "entry", listener: (entry: { type: string; id?: string }) => void): void;
  model?: { sheets?: { name: string; rId: string }[] };
  readonly workbookRels?: { Id: string; Target: string }[];
  readonly properties?: { model?: { date1904?: boolean } };
}
interface StreamSheet extends AsyncIterable<ExcelJS.Row> {
  readonly name: string;
}

/** What the streaming path cannot see; the CLI prints a short note (run-check.ts) when it was used. */
export const STREAMING_LIMITS = [
  "Excel tables (ListObjects) are not read: tables are found by their header rows instead",
  "merged cells are not reported",
  "a formula's error result (#REF!, #DIV/0!…) is lost unless the formula text itself holds #REF!",
  "shared formulas keep their result but not their text",
] as const;

/**
 * The streaming reader gives formulas as `{formula, result}` with the raw cached value: error results
 * come back as NaN and date results as serial numbers, so both are repaired here where possible.
 */
function streamCell(cell: ExcelJS.Cell, date1904: boolean): ConvertedCell {
  const v = cell.value as unknown;
  if (v !== null && typeof v === "object" && "formula" in (v as object)) {
    // cell.value drops a cached result of 0 (<v>0</v>); cell.result keeps it.
    const { formula, result: own } = v as { formula: string; result?: unknown };
    const result = own !== undefined ? own : (cell.result as unknown);
    const text = formula ? "=" + formula : null;
    if (typeof result === "number" && Number.isNaN(result)) return { value: formula.includes("#REF!") ? "#REF!" : null, formula: text };
    if (result === undefined && formula.includes("#REF!")) return { value: "#REF!", formula: text };
    if (typeof result === "number" && isDateFormat(cell.numFmt)) return { value: serialToDate(result, date1904), formula: text };
    return { value: result === "" ? "" : convertCell(result).value, formula: text };
  }
  return convertCell(v);
}

/** Sheet names and tab order, known once workbook.xml and its relationships have been read. */
function sheetOrder(reader: StreamReader, sheetNo: string): { name?: string; index: number } {
  const rel = reader.workbookRels?.find((r) => r.Target.endsWith(`worksheets/sheet${sheetNo}.xml`));
  const sheets = reader.model?.sheets ?? [];
  const index = rel ? sheets.findIndex((s) => s.rId === rel.Id) : -1;
  return index >= 0 ? { name: sheets[index].name, index } : { index: Number.MAX_SAFE_INTEGER };
}

export interface StreamReadOptions {
  readonly size: number;
  /** Where the zip's central directory starts (see paddedZipStream); undefined if unknown. */
  readonly directoryOffset?: number;
  readonly onProgress?: ReadProgress;
}

/**
 * Reads an .xlsx row by row with ExcelJS's streaming reader: memory grows with the cells kept, not
 * with ExcelJS's cell objects, so a 100,000-row file fits. See STREAMING_LIMITS for what it misses.
 */
export async function readXlsxStream(path: string, name: string, options: StreamReadOptions): Promise<WorkbookSnapshot> {
  const { size, onProgress } = options;
  let bytesRead = 0;
  const input = paddedZipStream(path, options.directoryOffset, (n) => (bytesRead += n));
  const failed = new Promise<never>((_, reject) => input.on("error", reject));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit",
  }) as unknown as StreamReader;
  // ExcelJS looks up a sheet's name in workbook.xml as soon as the sheet arrives, and fails when the
  // zip holds the sheet before workbook.xml (as ExcelJS's own writer does). An empty model until
  // workbook.xml is read avoids that; names and order are taken from the real one at the end.
  (reader as { model?: object }).model = { sheets: [] };
  let sheetNo = "";
  reader.on("entry", (e) => { if (e.type === "worksheet" && e.id !== undefined) sheetNo = e.id; });

  const read: { no: string; builder: SheetBuilder }[] = [];
  const consume = async () => {
    const date1904 = () => reader.properties?.model?.date1904 === true;
    let rows = 0;
    for await (const ws of reader) {
      const builder = new SheetBuilder(ws.name);
      read.push({ no: sheetNo, builder });
      for await (const row of ws) {
        const r = row.number;
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const { value, formula } = streamCell(cell, date1904());
          builder.set(r, c, value, formula);
        });
        if (onProgress && ++rows % 2000 === 0) onProgress(bytesRead, size, rows);
      }
    }
  };
  await Promise.race([consume(), failed]);

  const ordered = read.map((s) => ({ ...s, ...sheetOrder(reader, s.no) })).sort((a, b) => a.index - b.index);
  return { name, sheets: ordered.map((s) => { if (s.name) s.builder.name = s.name; return s.builder.build(); }) };
}
