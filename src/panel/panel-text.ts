import type { Report } from "../core";
import type { Locale } from "./i18n";

/** The summary line: "10 errors, 19 warnings, 0 info" / "10 erreurs, 19 avertissements, 0 info". */
export const summaryLine = (loc: Locale, counts: Report["counts"]): string =>
  [loc.text.severityCount(counts.error, "error"), loc.text.severityCount(counts.warning, "warning"), loc.text.severityCount(counts.info, "info")].join(loc.text.listJoin);

/** Report amounts are whole currency units; the Format writes them in the user's grouping. */
export const money = (loc: Locale, units: number, currency?: string): string => loc.format.units(units, currency);
export const share = (loc: Locale, fraction: number): string => loc.format.share(fraction);
/** "2026-09" → "Sep 2026" / "sept. 2026". */
export const monthName = (loc: Locale, key: string): string => loc.format.month(key);

/**
 * A readable message from whatever a bridge rejected with: an Error, an Office error
 * ({code, message, debugInfo}), a google.script.run failure, a string.
 */
export function describeError(loc: Locale, err: unknown): string {
  if (typeof err === "string" && err.trim() !== "") return err;
  if (err && typeof err === "object") {
    const m = (err as { message?: unknown }).message;
    if (typeof m === "string" && m.trim() !== "") return m;
    const code = (err as { code?: unknown }).code;
    if (typeof code === "string" && code !== "") return code;
  }
  return loc.text.noDetails;
}

export type OperationName = keyof Locale["text"]["operation"];

export const failureText = (loc: Locale, op: OperationName, err: unknown): string => loc.text.failed(loc.text.operation[op], describeError(loc, err));

export const validatedStatus = (loc: Locale, r: Report): string => loc.text.status.validated(r.tables.length, summaryLine(loc, r.counts));
