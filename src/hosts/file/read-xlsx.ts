import type { WorkbookSnapshot } from "../../core";
import { FileReadError } from "./file-read-error";
import type { ReadProgress } from "./read-xlsx-stream";
import { LimitError } from "./xlsx/limits";
import { NotAWorkbook, NotLeanXlsx, readXlsxLean } from "./xlsx/read-xlsx-lean";
import type { CutText, LeanRead } from "./xlsx/read-xlsx-lean";
import { DamagedZipError, readZipDirectory } from "./xlsx/zip-directory";

/**
 * Which reader reads a workbook. "auto" is this host's own lean reader, with SheetJS for .xls,
 * .xlsb, .ods and .xlsx files of an unusual layout. The others force one reader (tests, the
 * benchmark, a second opinion): "whole" and "stream" are ExcelJS's readers, "sheetjs" SheetJS.
 */
export type XlsxReaderChoice = "auto" | "whole" | "stream" | "sheetjs";
export const READER_CHOICES: readonly XlsxReaderChoice[] = ["auto", "whole", "stream", "sheetjs"];

/** The reader that was used, for the notes the CLI prints. */
export type ReaderUsed = "lean" | "sheetjs" | "whole" | "stream";

export interface XlsxReadOptions {
  readonly reader?: XlsxReaderChoice;
  readonly onProgress?: ReadProgress;
  /** Told which reader was chosen (the CLI notes what ExcelJS's streaming one cannot see). */
  readonly onReader?: (reader: ReaderUsed) => void;
}

export interface WorkbookRead {
  readonly snapshot: WorkbookSnapshot;
  /** Cells whose text was longer than Excel allows and was cut. */
  readonly cut: readonly CutText[];
}

/** Which format the sniffer saw: a zip (.xlsx/.xlsb), or a file only SheetJS reads. */
export type WorkbookFormat = "zip" | "ods" | "xls";

const FORMAT_NAME: Record<Exclude<WorkbookFormat, "zip">, string> = { ods: "an OpenDocument spreadsheet", xls: "an .xls workbook" };

/** A failure inside a reader as one line naming the file (exit 2), never a stack trace. */
function asFileReadError(e: unknown, file: string, what: string): FileReadError {
  if (e instanceof FileReadError) return e;
  if (e instanceof LimitError) return new FileReadError(file, "too-large", `${file}: ${e.message}`);
  if (e instanceof NotAWorkbook) return new FileReadError(file, "not-a-workbook", `${file} is ${e.message}, not an Excel workbook`);
  if (e instanceof DamagedZipError) {
    return /incomplete/.test(e.message)
      ? new FileReadError(file, "corrupt", `${file} is damaged (${e.message}); download or save it again`)
      : new FileReadError(file, "corrupt", `${file} cannot be read as an Excel workbook (${e.message})`);
  }
  // A library's TypeError says nothing to a user; its own messages say what is wrong with the file.
  const detail = e instanceof TypeError || e instanceof RangeError || !(e instanceof Error) || !e.message ? "its contents are damaged" : e.message.split("\n")[0].slice(0, 200);
  return new FileReadError(file, "corrupt", `${file} cannot be read as ${what} (${detail})`);
}

/** ExcelJS's readers, loaded only when asked for (ExcelJS costs ~0.4 s to load). */
async function readWithExcelJs(path: string, name: string, size: number, streaming: boolean, onProgress?: ReadProgress): Promise<LeanRead> {
  const { directoryOffset } = await readZipDirectory(path); // a truncated zip is told as such before ExcelJS sees it
  const snapshot = streaming
    ? await (await import("./read-xlsx-stream")).readXlsxStream(path, name, { size, directoryOffset, onProgress })
    : await (await import("./read-xlsx-whole")).readXlsxWhole(path, name);
  return { snapshot, cut: [] };
}

async function readSheetJs(path: string, name: string, zip: boolean): Promise<LeanRead> {
  return (await import("./read-sheetjs")).readWithSheetJs(path, name, zip);
}

/** Reads a workbook (already sniffed) into a snapshot; any failure is a FileReadError naming `file`. */
export async function readXlsx(path: string, file: string, name: string, size: number, options: XlsxReadOptions = {}, format: WorkbookFormat = "zip"): Promise<WorkbookRead> {
  const choice = options.reader ?? "auto";
  const tell = (r: ReaderUsed) => options.onReader?.(r);
  if (format !== "zip" || choice === "sheetjs") {
    tell("sheetjs");
    try {
      return await readSheetJs(path, name, format !== "xls");
    } catch (e) {
      throw asFileReadError(e, file, format === "zip" ? "an Excel workbook" : FORMAT_NAME[format]);
    }
  }
  if (choice === "whole" || choice === "stream") {
    tell(choice);
    try {
      return await readWithExcelJs(path, name, size, choice === "stream", options.onProgress);
    } catch (e) {
      throw asFileReadError(e, file, "an Excel workbook");
    }
  }
  try {
    tell("lean");
    return await readXlsxLean(path, name, options.onProgress && ((done, total, rows) => options.onProgress!(done, total, rows)));
  } catch (e) {
    if (!(e instanceof NotLeanXlsx)) throw asFileReadError(e, file, "an Excel workbook");
  }
  tell("sheetjs");
  try {
    return await readSheetJs(path, name, true);
  } catch (e) {
    throw asFileReadError(e, file, "an Excel workbook");
  }
}
