import { formatMoney, formatShare } from "../core";
import type { Report } from "../core";
import type { SeverityName } from "./panel-types";

/** "1 error", "2 errors", "0 info" (info has no plural). */
export function countLabel(n: number, severity: SeverityName): string {
  if (severity === "info") return `${n} info`;
  return `${n} ${severity}${n === 1 ? "" : "s"}`;
}

export const SEVERITY_TITLE: Readonly<Record<SeverityName, string>> = { error: "Errors", warning: "Warnings", info: "Info" };

export const plural = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;

/** The summary line: "10 errors, 19 warnings, 0 info". */
export const summaryLine = (counts: Report["counts"]): string =>
  [countLabel(counts.error, "error"), countLabel(counts.warning, "warning"), countLabel(counts.info, "info")].join(", ");

/** Report amounts are currency units; formatMoney takes minor units. */
export const money = (units: number, currency?: string): string => formatMoney(Math.round(units * 100), currency);

export const share = (fraction: number): string => formatShare(fraction);

/**
 * A readable message from whatever a bridge rejected with: an Error, an Office error
 * ({code, message, debugInfo}), a google.script.run failure, a string.
 */
export function describeError(err: unknown): string {
  if (typeof err === "string" && err.trim() !== "") return err;
  if (err && typeof err === "object") {
    const m = (err as { message?: unknown }).message;
    if (typeof m === "string" && m.trim() !== "") return m;
    const code = (err as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return "Something went wrong (no details were given).";
}

export const OPERATION_NAME = {
  validate: "Validation",
  highlight: "Highlighting issues",
  clear: "Clearing highlights",
  rollups: "Writing rollups",
  save: "Saving settings",
  insert: "Inserting the template",
  load: "Loading settings",
  select: "Selecting the cell",
} as const;

export const failureText = (op: keyof typeof OPERATION_NAME, err: unknown): string => `${OPERATION_NAME[op]} failed: ${describeError(err)}`;

export const validatedStatus = (r: Report): string =>
  `Checked ${plural(r.tables.length, "table")}: ${summaryLine(r.counts)}.`;
/** " The sheet “Budget” is protected against formatting cells: left as it is. Unprotect (…)" after a highlight or clear. */
function protectedNote(sheets: readonly string[] | undefined): string {
  if (!sheets || sheets.length === 0) return "";
  const names = sheets.map((s) => `“${s}”`).join(", ");
  const which = sheets.length === 1 ? `The sheet ${names} is` : `The sheets ${names} are`;
  return ` ${which} protected against formatting cells: left as ${sheets.length === 1 ? "it is" : "they are"}. Unprotect (Review › Unprotect Sheet) or allow “Format cells”, then try again.`;
}
export const highlightStatus = (cells: number, protectedSheets?: readonly string[]): string => `Highlighted ${plural(cells, "cell")}.${protectedNote(protectedSheets)}`;
export const clearStatus = (cells: number, protectedSheets?: readonly string[]): string =>
  (cells === 0 ? "No highlights to clear." : `Cleared highlights from ${plural(cells, "cell")}.`) + protectedNote(protectedSheets);
export const rollupsStatus = (sheet: string): string => `Rollups written to the sheet “${sheet}”.`;
export const SAVED_STATUS = "Settings saved.";
export const insertedStatus = (sheet: string): string => `Template inserted on the new sheet “${sheet}”. Fill it in, then Validate.`;
export const importedStatus = (sheet: string, rows: number): string => `${rows} ${rows === 1 ? "activity" : "activities"} imported on the new sheet “${sheet}”. Validate to check them.`;

/** "2026-09" → "Sep 2026". */
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export function monthName(key: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return key;
  const i = Number(m[2]) - 1;
  return i >= 0 && i < 12 ? `${MONTH_NAMES[i]} ${m[1]}` : key;
}
