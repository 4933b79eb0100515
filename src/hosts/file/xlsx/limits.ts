/**
 * What the file reader accepts from a workbook (issue #16). Each is far above any real work plan
 * (a 100,000-row × 10-column sheet is 1M cells and ~50 MB of sheet XML) and low enough that a
 * crafted file ends in seconds under 1 GB. Decompressed sizes are counted while inflating: the sizes
 * a zip declares are never trusted.
 */
export const LIMITS = {
  /** Decompressed bytes of one zip entry (a sheet, the shared strings). */
  entryBytes: 256 * 1024 * 1024,
  /** Decompressed bytes of a part read whole (workbook, relationships, styles, a table). */
  partBytes: 64 * 1024 * 1024,
  /** Decompressed bytes of every entry read, in all. */
  workbookBytes: 1024 * 1024 * 1024,
  /** Cells holding a value or a formula, per sheet and per workbook. */
  sheetCells: 2_000_000,
  workbookCells: 4_000_000,
  /** Merged areas per sheet. */
  mergedAreas: 50_000,
  /** Size of a file read whole by SheetJS (.xls, .xlsb, .ods): its memory grows with the file. */
  legacyFileBytes: 64 * 1024 * 1024,
  /** Sheets per workbook. */
  sheets: 5_000,
  /** Entries in the zip's directory. */
  zipEntries: 100_000,
  /**
   * Characters kept per cell: Excel's own maximum (32,767). Longer text cannot come from Excel; it
   * is cut and the rest counted, and the report says which cells were cut.
   */
  cellChars: 32_767,
  /** One XML element (a cell, a shared string) larger than this is refused: no real cell is. */
  elementChars: 64 * 1024 * 1024,
} as const;

export type LimitName = keyof typeof LIMITS;

const fmt = (n: number): string => (n >= 1024 * 1024 && n % (1024 * 1024) === 0 ? `${n / 1024 / 1024} MB` : n.toLocaleString("en"));

/** A limit was passed: the CLI prints one line that names the limit and where (exit 2). */
export class LimitError extends Error {
  override readonly name = "LimitError";
  constructor(readonly limit: LimitName, readonly where: string) {
    super(`${where} is over the reader's limit of ${fmt(LIMITS[limit])} ${LIMIT_WHAT[limit]}`);
  }
}

const LIMIT_WHAT: Record<LimitName, string> = {
  entryBytes: "unpacked bytes per part",
  partBytes: "unpacked bytes per workbook, styles or relationships part",
  workbookBytes: "unpacked bytes per workbook",
  sheetCells: "cells per sheet",
  workbookCells: "cells per workbook",
  mergedAreas: "merged areas per sheet",
  sheets: "sheets per workbook",
  legacyFileBytes: "bytes for an .xls, .xlsb or .ods file",
  zipEntries: "parts in the zip archive",
  cellChars: "characters per cell",
  elementChars: "characters in one XML element",
};
