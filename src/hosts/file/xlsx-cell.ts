import type { RawCell } from "../../core";

/** A cell as the core wants it: the value shown, and the formula behind it ("=SUM(B4:B8)") if any. */
export interface ConvertedCell {
  readonly value: RawCell;
  readonly formula: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * ExcelJS gives date-formatted cells as JS Dates at UTC midnight of the spreadsheet's date (it has no
 * time zone), so the UTC fields are the date the user typed.
 */
export function isoDate(d: Date): string | null {
  if (Number.isNaN(d.getTime())) return null;
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The text of a rich-text run list: formatting is dropped, the words are kept. */
function richText(v: { richText?: unknown }): string | null {
  if (!Array.isArray(v.richText)) return null;
  let s = "";
  for (const run of v.richText) if (run && typeof (run as { text?: unknown }).text === "string") s += (run as { text: string }).text;
  return s;
}

/** A plain value (no formula): number, text, boolean, date, rich text, hyperlink or error. */
export function plainValue(v: unknown): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string") return v === "" ? null : v;
  if (typeof v === "boolean") return v;
  if (v instanceof Date) {
    const iso = isoDate(v);
    return iso === null ? null : { date: iso };
  }
  if (typeof v === "object") {
    const o = v as { richText?: unknown; text?: unknown; hyperlink?: unknown; error?: unknown };
    if (typeof o.error === "string") return o.error;
    const rich = richText(o);
    if (rich !== null) return rich === "" ? null : rich;
    // A hyperlink's text may itself be rich text; the address is not what the user reads.
    if (o.hyperlink !== undefined || o.text !== undefined) return plainValue(o.text);
  }
  return null;
}

/**
 * Converts an ExcelJS cell value. Formulas (`{formula, result}`, or `{sharedFormula, result}` with
 * the translated text passed as `formulaText`) become their cached result, and the formula is kept
 * as "=…" for the core's formula checks.
 */
export function convertCell(v: unknown, formulaText?: string): ConvertedCell {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    const o = v as { formula?: unknown; sharedFormula?: unknown; result?: unknown };
    if (o.formula !== undefined || o.sharedFormula !== undefined) {
      const text = formulaText ?? (typeof o.formula === "string" ? o.formula : "");
      // No cached result (a file written by a script) stays null: the core reports it as not calculated.
      // A result of empty text is calculated: it stays "" (blank, but known).
      return { value: o.result === "" ? "" : plainValue(o.result), formula: text ? "=" + text : null };
    }
  }
  return { value: plainValue(v), formula: null };
}

/** Excel's date serial → {date}; `date1904` for workbooks made on old Macs. */
export function serialToDate(serial: number, date1904 = false): RawCell {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  const iso = isoDate(new Date(ms));
  return iso === null ? serial : { date: iso };
}

/** True for number formats that show a date (Excel's own test: y, m, d, h or s outside quotes and brackets). */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[ymdhs]/i.test(bare.replace(/General/gi, ""));
}
