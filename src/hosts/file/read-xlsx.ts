import type { WorkbookSnapshot } from "../../core";
import { FileReadError } from "./file-read-error";
import type { ReadProgress } from "./read-xlsx-stream";
import { listZipEntries } from "./zip-entries";

/**
 * Above this size the streaming reader is used: ExcelJS's whole-file reader needs about 1 KB of
 * memory per cell (100,000 rows × 10 columns ≈ 1.2 GB), the streaming one a fraction of that.
 */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;

/** "auto" picks by size; "whole" and "stream" force a reader (tests, the benchmark, odd files). */
export type XlsxReaderChoice = "auto" | "whole" | "stream";

export interface XlsxReadOptions {
  readonly reader?: XlsxReaderChoice;
  readonly onProgress?: ReadProgress;
}

/** Which reader a file of `size` bytes gets. */
export const usesStreaming = (size: number, choice: XlsxReaderChoice = "auto"): boolean =>
  choice === "stream" || (choice === "auto" && size > STREAM_THRESHOLD_BYTES);

/**
 * A zip that is not an Excel workbook: say what it is instead of reporting "no sheets". Returns
 * where the zip's central directory starts, when known (the streaming reader needs it).
 */
async function checkIsWorkbook(path: string, file: string): Promise<number | undefined> {
  const layout = await listZipEntries(path);
  if (layout === undefined) return undefined; // zip64 or a huge directory: let ExcelJS decide
  if (layout === "corrupt") throw new FileReadError(file, "corrupt", `${file} is damaged (its zip archive is incomplete); download or save it again`);
  const has = (re: RegExp) => layout.names.some((n) => re.test(n));
  if (has(/^xl\/workbook\.xml$/i)) return layout.directoryOffset;
  const what = has(/^word\//i) ? "a Word document" : has(/^ppt\//i) ? "a PowerPoint presentation" : "a zip archive";
  throw new FileReadError(file, "not-a-workbook", `${file} is ${what}, not an Excel workbook`);
}

/** Reads an .xlsx (already sniffed as a zip) into a snapshot; any failure is a FileReadError naming `file`. */
export async function readXlsx(path: string, file: string, name: string, size: number, options: XlsxReadOptions = {}): Promise<WorkbookSnapshot> {
  const directoryOffset = await checkIsWorkbook(path, file);
  try {
    // ExcelJS takes most of a second to load: only when a workbook is read (not for --help or a CSV).
    return usesStreaming(size, options.reader)
      ? await (await import("./read-xlsx-stream")).readXlsxStream(path, name, { size, directoryOffset, onProgress: options.onProgress })
      : await (await import("./read-xlsx-whole")).readXlsxWhole(path, name);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    const detail = e instanceof Error && e.message ? e.message.split("\n")[0] : String(e);
    throw new FileReadError(file, "corrupt", `${file} cannot be read as an Excel workbook (${detail})`);
  }
}
