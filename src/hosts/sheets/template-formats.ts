import { a1Range } from "../../core/a1";
import type { TemplateSheet } from "../../core/templates";

/** What Sheets calls its automatic format: cells the template leaves unformatted keep it. */
export const AUTOMATIC_FORMAT = "General";

/**
 * An Excel number format code as Sheets takes it. Sections, conditions (`[>=1000]`), quoted text,
 * `0 # % , .` and the date codes (`d mmm yyyy`, `mmm yy`) mean the same in both. Two differences:
 * Excel's locale and currency tags (`[$-409]`, `[$CHF-100C]`) do not exist in Sheets (the locale tag is
 * dropped, the symbol quoted), and a bare literal character such as the Swiss grouping apostrophe in
 * `#'##0` is escaped (`#\'##0`), the form Sheets documents for literals.
 */
export function sheetsNumberFormat(code: string): string {
  const tagged = code
    .replace(/\[\$-[0-9A-Fa-f]+\]/g, "")
    .replace(/\[\$([^\]-]+)(?:-[0-9A-Fa-f]+)?\]/g, (_, symbol: string) => `"${symbol}"`);
  let out = "";
  for (let i = 0; i < tagged.length; i++) {
    const ch = tagged[i];
    if (ch === "\\") {
      out += ch + (tagged[++i] ?? "");
    } else if (ch === '"' || ch === "[") {
      const end = tagged.indexOf(ch === '"' ? '"' : "]", i + 1);
      const stop = end < 0 ? tagged.length : end + 1;
      out += tagged.slice(i, stop);
      i = stop - 1;
    } else out += ch === "'" ? "\\'" : ch;
  }
  return out;
}

/** Every cell's format over the rectangle, for a single setNumberFormats(). */
export function templateNumberFormats(t: TemplateSheet, width: number): string[][] {
  return t.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const code = row[c]?.numberFormat;
      return code ? sheetsNumberFormat(code) : AUTOMATIC_FORMAT;
    }));
}

/** Bold cells as A1 ranges, adjacent cells of a row joined ("A3:K3"): one RangeList makes them bold. */
export function boldRanges(t: TemplateSheet): string[] {
  const out: string[] = [];
  t.rows.forEach((row, r) => {
    let start = -1;
    for (let c = 0; c <= row.length; c++) {
      const bold = c < row.length && row[c]?.bold === true;
      if (bold && start < 0) start = c;
      if (!bold && start >= 0) {
        out.push(a1Range(r + 1, start + 1, r + 1, c));
        start = -1;
      }
    }
  });
  return out;
}

/** Excel's character width in Sheets pixels: about 7 px a character plus 5 px padding. */
export const widthInPixels = (characters: number): number => Math.round(7 * characters + 5);

/** Column widths as runs of equal widths (the Gantt's month columns are one run): one setColumnWidths each. */
export function widthRuns(t: TemplateSheet): { start: number; count: number; pixels: number }[] {
  const runs: { start: number; count: number; pixels: number }[] = [];
  t.columns.forEach((col, i) => {
    const pixels = widthInPixels(col.width);
    const last = runs[runs.length - 1];
    if (last && last.pixels === pixels && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, pixels });
  });
  return runs;
}

/** The table's header row and its wrapping columns' data cells, which wrap long text. */
export function wrapRanges(t: TemplateSheet): string[] {
  const { table } = t;
  const out = [a1Range(table.headerRow, table.firstColumn, table.headerRow, table.lastColumn)];
  if (table.lastDataRow < table.firstDataRow) return out;
  for (let c = table.firstColumn; c <= table.lastColumn; c++) {
    if (t.columns[c - 1]?.wrap) out.push(a1Range(table.firstDataRow, c, table.lastDataRow, c));
  }
  return out;
}
