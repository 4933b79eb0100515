import { toReport, validateWorkbook } from "../../core";
import type { Report, ResolvedSettings } from "../../core";
import { readSpreadsheet } from "./read-file";
import type { XlsxReaderChoice } from "./read-xlsx";

/** Reads one file and checks it: the report `consolidate` and `diff` work from. Throws FileReadError. */
export async function readReport(file: string, settings: ResolvedSettings, reader: XlsxReaderChoice): Promise<Report> {
  const { snapshot } = await readSpreadsheet(file, { reader });
  return toReport(validateWorkbook(snapshot, settings), file);
}
