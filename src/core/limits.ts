/**
 * What every reader (file, Excel, Sheets) reads at most. Far above any real work plan (a 100,000-row
 * plan of 10 columns is 1 M cells), and low enough that a hostile or broken file cannot exhaust
 * memory or time. Past a limit a reader either stops with one line naming it, or leaves the rest
 * out and records a SkippedPart, which the core reports as a finding at the first cell left out.
 * The README's "Limits" section lists them; add a row there when you add one here.
 */
export const LIMITS = {
  /** Rows per sheet: Excel's own grid. */
  rows: 1_048_576,
  /** Columns per sheet: Excel's own grid (A to XFD). */
  columns: 16_384,
  /** Non-blank cells read per workbook. */
  cells: 1_000_000,
  /** Characters of cell text read per workbook (64 M: 100,000 rows of 20 cells of 32 characters). */
  text: 64_000_000,
  /** Characters kept per cell: Excel's own cell limit; longer text is cut, its length counted. */
  cellText: 32_767,
} as const;

export type LimitName = keyof typeof LIMITS;

/** Cut text is kept to this many characters in message parameters (the cell holds the rest). */
export const PARAM_TEXT_MAX = 200;
