import type { WorkbookSnapshot } from "../../core";
import { FileReadError } from "./file-read-error";
import type { ReadProgress } from "./read-xlsx-stream";
import { listZipEntries } from "./zip-entries";

/**
 * When the streaming reader is used. ExcelJS's whole-file reader holds every cell as an object:
 * measured here, 1M cells (a 5.5 MB file, 42 MB of sheet XML unpacked) peak at ~700 MB against ~400 MB
 * streamed. The unpacked XML measures the cells better than the file size (shared strings compress
 * well), so either bound switches to streaming.
 */
export const STREAM_THRESHOLD_BYTES = 8 * 1024 * 1024;
export const STREAM_THRESHOLD_XML_BYTES = 16 * 1024 * 1024;

/** "auto" picks by size; "whole" and "stream" force a reader (tests, the benchmark, odd files). */
export type XlsxReaderChoice = "auto" | "whole" | "stream";

export interface XlsxReadOptions {
  readonly reader?: XlsxReaderChoice;
  readonly onProgress?: ReadProgress;
  /** Told which reader was chosen (the CLI notes what the streaming one cannot see). */
  readonly onReader?: (reader: "whole" | "stream") => void;
}

/** Which reader a file gets, from its size and its sheets' unpacked XML size (when known). */
export const usesStreaming = (size: number, choice: XlsxReaderChoice = "auto", xmlBytes = 0): boolean =>
  choice === "stream" || (choice === "auto" && (size > STREAM_THRESHOLD_BYTES || xmlBytes > STREAM_THRESHOLD_XML_BYTES));

/**
 * A zip that is not an Excel workbook: say what it is instead of reporting "no sheets". Returns
 * where the zip's central directory starts (the streaming reader needs it) and the unpacked size of
 * the sheets, when the directory could be read.
 */
async function checkIsWorkbook(path: string, file: string): Promise<{ directoryOffset: number; xmlBytes: number } | undefined> {
  const layout = await listZipEntries(path);
  if (layout === undefined) return undefined; // zip64 or a huge directory: let ExcelJS decide
  if (layout === "corrupt") throw new FileReadError(file, "corrupt", `${file} is damaged (its zip archive is incomplete); download or save it again`);
  const has = (re: RegExp) => layout.names.some((n) => re.test(n));
  if (has(/^xl\/workbook\.xml$/i)) {
    const xmlBytes = layout.names.reduce((n, name, i) => (/^xl\/(worksheets\/|sharedStrings)/i.test(name) ? n + layout.sizes[i] : n), 0);
    return { directoryOffset: layout.directoryOffset, xmlBytes };
  }
  const what = has(/^word\//i) ? "a Word document" : has(/^ppt\//i) ? "a PowerPoint presentation" : "a zip archive";
  throw new FileReadError(file, "not-a-workbook", `${file} is ${what}, not an Excel workbook`);
}

/** Reads an .xlsx (already sniffed as a zip) into a snapshot; any failure is a FileReadError naming `file`. */
export async function readXlsx(path: string, file: string, name: string, size: number, options: XlsxReadOptions = {}): Promise<WorkbookSnapshot> {
  const layout = await checkIsWorkbook(path, file);
  try {
    // ExcelJS takes most of a second to load: only when a workbook is read (not for --help or a CSV).
    const streaming = usesStreaming(size, options.reader, layout?.xmlBytes);
    options.onReader?.(streaming ? "stream" : "whole");
    return streaming
      ? await (await import("./read-xlsx-stream")).readXlsxStream(path, name, { size, directoryOffset: layout?.directoryOffset, onProgress: options.onProgress })
      : await (await import("./read-xlsx-whole")).readXlsxWhole(path, name);
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    // ExcelJS's own messages say what is wrong with the zip; a TypeError from inside it says nothing to a user.
    const detail = e instanceof TypeError || e instanceof RangeError || !(e instanceof Error) || !e.message ? "its contents are damaged" : e.message.split("\n")[0];
    throw new FileReadError(file, "corrupt", `${file} cannot be read as an Excel workbook (${detail})`);
  }
}
