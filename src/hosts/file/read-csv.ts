import { parse } from "csv-parse/sync";
import type { SheetSnapshot, WorkbookSnapshot } from "../../core";
import { SheetBuilder } from "./sheet-builder";
import { maxOf } from "../../core/max-of";

export type Delimiter = "," | ";" | "\t";
const CANDIDATES: readonly Delimiter[] = [",", ";", "\t"];
/** Lines looked at to guess the delimiter. */
const SAMPLE_LINES = 50;

/** Counts `d` outside double quotes on each of the first lines (a quoted "12,5" is not a separator). */
function countsPerLine(sample: string, d: Delimiter): number[] {
  const counts: number[] = [];
  let n = 0, quoted = false;
  for (let i = 0; i < sample.length; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === d) n++;
    else if (!quoted && ch === "\n") {
      counts.push(n);
      n = 0;
      if (counts.length >= SAMPLE_LINES) return counts;
    }
  }
  counts.push(n);
  return counts;
}

/**
 * Guesses the delimiter: the candidate found on the most lines with the same non-zero count (a
 * table's rows have the same number of fields). Swiss and German Excel write ";", others "," or tab.
 */
export function sniffDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: Delimiter = ",", bestScore = -1;
  for (const d of CANDIDATES) {
    const counts = countsPerLine(sample, d).filter((c) => c > 0);
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    const score = maxOf(freq.values(), 0);
    if (score > bestScore) { best = d; bestScore = score; }
  }
  return best;
}

/** The sheet name for a CSV: the file name without folder and extension. */
export const csvSheetName = (fileName: string): string => fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "") || "Sheet1";

/**
 * One CSV text → one text-only sheet. Empty fields are blank (null); every other field stays text,
 * as typed: the core parses "12'500" or "May – June 2026" itself. Records are rows, so cell addresses
 * match what Excel shows when it opens the file.
 */
export function csvSheet(text: string, sheetName: string, delimiter: Delimiter = sniffDelimiter(text)): SheetSnapshot {
  const records = parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, {
    delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: false, record_delimiter: ["\r\n", "\n", "\r"],
  }) as string[][];
  const builder = new SheetBuilder(sheetName);
  records.forEach((fields, i) => fields.forEach((v, j) => builder.set(i + 1, j + 1, v === "" ? null : v)));
  return builder.build({ textOnly: true });
}

/** A CSV file's text → a one-sheet workbook named after the file. */
export function readCsvText(text: string, fileName: string): WorkbookSnapshot {
  return { name: fileName.replace(/^.*[\\/]/, ""), sheets: [csvSheet(text, csvSheetName(fileName))] };
}
