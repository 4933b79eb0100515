import { basename } from "path";
import type { WorkbookSnapshot } from "../../core";
import { readCsvFile } from "./read-csv-file";
import { readXlsx } from "./read-xlsx";
import type { ReaderUsed, XlsxReadOptions } from "./read-xlsx";
import type { CutText } from "./xlsx/read-xlsx-lean";
import { sniffFile } from "./sniff";

export interface ReadFileOptions extends XlsxReadOptions {
  /** The name to use in messages; defaults to the path as given. */
  readonly display?: string;
}

/** What was read, and how (the CLI shows a progress bar only for big files). */
export interface ReadResult {
  readonly snapshot: WorkbookSnapshot;
  readonly kind: "xlsx" | "text";
  readonly size: number;
  /** For a workbook: which reader read it. */
  readonly reader?: ReaderUsed;
  /** Cells whose text was longer than Excel allows (32,767 characters) and was cut. */
  readonly cut?: readonly CutText[];
}

/**
 * Reads a spreadsheet file by what it is, not what it is called: .xlsx (.xlsm), .xlsb, .xls, .ods or
 * CSV/text. Anything else,
 * and any failure, is a FileReadError whose message is one line naming the file.
 */
export async function readSpreadsheet(path: string, options: ReadFileOptions = {}): Promise<ReadResult> {
  const file = options.display ?? path;
  const sniffed = await sniffFile(path, file);
  const name = basename(path);
  if (sniffed.kind !== "text") {
    let reader: ReaderUsed | undefined;
    const format = sniffed.kind === "xlsx" ? "zip" : sniffed.kind;
    const { snapshot, cut } = await readXlsx(path, file, name, sniffed.size, { ...options, onReader: (r) => (reader = r) }, format);
    return { snapshot, kind: "xlsx", size: sniffed.size, reader, ...(cut.length ? { cut } : {}) };
  }
  const snapshot = await readCsvFile(path, file, name, sniffed.size, { onProgress: options.onProgress });
  return { snapshot, kind: "text", size: sniffed.size };
}
