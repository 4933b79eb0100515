import { LIMITS } from "../../core";
import type { SheetSnapshot, WorkbookSnapshot } from "../../core";
import { CsvTokenizer } from "./csv-tokenizer";
import type { CsvCaps, Delimiter } from "./csv-tokenizer";
import { SheetBuilder } from "./sheet-builder";
import { maxOf } from "../../core/max-of";

export type { Delimiter } from "./csv-tokenizer";
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

/** What a CSV reader keeps at most: Excel's grid, and the cells per workbook (src/core/limits.ts). */
export interface CsvLimits extends CsvCaps {
  readonly rows: number;
  readonly cells: number;
  readonly text: number;
}

export const CSV_LIMITS: CsvLimits = { rows: LIMITS.rows, columns: LIMITS.columns, cells: LIMITS.cells, text: LIMITS.text, cellText: LIMITS.cellText };

/**
 * A sheet filled from CSV text pushed chunk by chunk. Empty fields are blank (null); every other field
 * stays text, as typed: the core parses "12'500" or "May – June 2026" itself. Records are rows, so
 * cell addresses match what Excel shows. Past a limit the rest is left out and recorded as skipped.
 */
export class CsvSheetReader {
  private readonly builder: SheetBuilder;
  private readonly tokenizer: CsvTokenizer;
  private cells = 0;
  private chars = 0;
  private first = true;
  /** Rows begun so far (for progress). */
  rows = 0;

  constructor(sheetName: string, delimiter: Delimiter, private readonly limits: CsvLimits = CSV_LIMITS) {
    const builder = (this.builder = new SheetBuilder(sheetName));
    this.tokenizer = new CsvTokenizer(delimiter, limits, {
      cell: (row, column, text) => {
        builder.set(row, column, text);
        this.cells++;
        this.chars += text.length;
      },
      cut: (row, column, length) => builder.skip({ limit: "cellText", row, column, count: length }),
      wide: (row, fields) => builder.skip({ limit: "columns", row, column: limits.columns + 1, count: fields }),
      rowStart: (row) => {
        this.rows = row;
        if (row > limits.rows) builder.skip({ limit: "rows", row, column: 1 });
        else if (this.cells >= limits.cells) builder.skip({ limit: "cells", row, column: 1 });
        else if (this.chars >= limits.text) builder.skip({ limit: "text", row, column: 1 });
        else return true;
        return false;
      },
    });
  }

  /** True once a limit stopped the reading: the rest of the file need not be read. */
  get done(): boolean {
    return this.tokenizer.done;
  }

  push(text: string): void {
    if (this.first && text.length > 0) {
      this.first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    this.tokenizer.push(text);
  }

  finish(): SheetSnapshot {
    this.tokenizer.end();
    return this.builder.build({ textOnly: true });
  }
}

/** One CSV text → one text-only sheet (see CsvSheetReader). */
export function csvSheet(text: string, sheetName: string, delimiter: Delimiter = sniffDelimiter(text), limits: CsvLimits = CSV_LIMITS): SheetSnapshot {
  const reader = new CsvSheetReader(sheetName, delimiter, limits);
  reader.push(text);
  return reader.finish();
}

/** A CSV file's text → a one-sheet workbook named after the file. */
export function readCsvText(text: string, fileName: string): WorkbookSnapshot {
  return { name: fileName.replace(/^.*[\\/]/, ""), sheets: [csvSheet(text, csvSheetName(fileName))] };
}
