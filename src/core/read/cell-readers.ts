import { isBlank, isErrorValue } from "../cells/classify";
import { amountFromNumber, parseAmountText } from "../parse/amount";
import { excelSerialToIso, parseDateText } from "../parse/date";
import { parsePeriod, Period, periodFromIsoDate } from "../parse/period";
import type { ResolvedSettings } from "../settings";
import { memoByText } from "../memo";
import { isDateCell, RawCell } from "../snapshot";

/** Cell readers shared by all kinds: each turns one raw cell into a small tagged value, never throws. */

export type MoneyCell =
  | { readonly kind: "blank" }
  | { readonly kind: "amount"; readonly minor: number; readonly currency?: string; readonly fromText: boolean; readonly text?: string }
  | { readonly kind: "error"; readonly text: string }
  | { readonly kind: "text"; readonly text: string; readonly reason: string }
  /** A formula with no calculated value (see SheetSnapshot.formulas): unknown, never zero. */
  | { readonly kind: "uncalculated"; readonly formula: string };

const BLANK = { kind: "blank" } as const;

/** Amount text repeats (CHF 20'000 on many lines); parsing is memoised per distinct text. */
export const parseAmountMemo = memoByText((t: string) => parseAmountText(t));

export function readMoney(v: RawCell): MoneyCell {
  if (typeof v === "number") {
    const a = amountFromNumber(v);
    return a.ok ? { kind: "amount", minor: a.value.minor, fromText: false } : { kind: "text", text: String(v), reason: a.reason };
  }
  if (isBlank(v)) return BLANK;
  if (isErrorValue(v)) return { kind: "error", text: (v as string).trim() };
  if (typeof v !== "string") return { kind: "text", text: isDateCell(v) ? v.date : String(v), reason: "not an amount" };
  return moneyFromText(v);
}

const moneyFromText = memoByText((v: string): MoneyCell => {
  const a = parseAmountMemo(v);
  return a.ok
    ? { kind: "amount", minor: a.value.minor, currency: a.value.currency, fromText: true, text: v }
    : { kind: "text", text: v, reason: a.reason };
});

/** Text of a cell, trimmed; numbers and dates as written. Errors come back as their text. */
export function readText(v: RawCell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (isDateCell(v)) return v.date;
  return String(v);
}

export type PeriodCell =
  | { readonly kind: "blank" }
  | { readonly kind: "period"; readonly period: Period; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string; readonly reason: string }
  | { readonly kind: "error"; readonly text: string };

export function readPeriod(v: RawCell, settings: ResolvedSettings, dateSerials = false): PeriodCell {
  if (isBlank(v)) return BLANK;
  if (isDateCell(v)) return { kind: "period", period: periodFromIsoDate(v.date), text: v.date };
  if (typeof v === "number") {
    // A bare number in a timeline column is a year (2026) or, when the host says so, a date serial.
    if (Number.isInteger(v) && v >= 1900 && v <= 2199) return readPeriod(String(v), settings);
    const iso = dateSerials ? excelSerialToIso(v) : undefined;
    if (iso?.ok) return { kind: "period", period: periodFromIsoDate(iso.value), text: iso.value };
    return { kind: "unreadable", text: String(v), reason: "a number, not a period" };
  }
  if (typeof v !== "string") return { kind: "unreadable", text: String(v), reason: "not a period" };
  if (isErrorValue(v)) return { kind: "error", text: (v as string).trim() };
  return periodReader(settings)(v);
}

/** One memo of period cells per settings (milestones change what a text means). */
const PERIOD_READERS = new WeakMap<ResolvedSettings, (text: string) => PeriodCell>();
function periodReader(settings: ResolvedSettings): (text: string) => PeriodCell {
  let read = PERIOD_READERS.get(settings);
  if (!read) {
    const options = { milestones: settings.milestones as Record<string, string> };
    read = memoByText((v: string): PeriodCell => {
      const p = parsePeriod(v, options);
      return p.ok ? { kind: "period", period: p.value, text: v.trim() } : { kind: "unreadable", text: v.trim(), reason: p.reason };
    });
    PERIOD_READERS.set(settings, read);
  }
  return read;
}

export type DateRead =
  | { readonly kind: "blank" }
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "unreadable"; readonly text: string; readonly reason: string }
  | { readonly kind: "error"; readonly text: string };

/** A date column: real date cells, Excel serials, or written dates. */
/** Date cells repeat (a plan has a few hundred distinct days): one shared read per ISO date. */
const dateOfIso = memoByText((iso: string): DateRead => ({ kind: "date", iso }));

export function readDate(v: RawCell): DateRead {
  if (isBlank(v)) return BLANK;
  if (isDateCell(v)) return dateOfIso(v.date);
  if (typeof v === "number") {
    const iso = excelSerialToIso(v);
    return iso.ok ? { kind: "date", iso: iso.value } : { kind: "unreadable", text: String(v), reason: iso.reason };
  }
  if (typeof v !== "string") return { kind: "unreadable", text: String(v), reason: "not a date" };
  if (isErrorValue(v)) return { kind: "error", text: (v as string).trim() };
  const d = parseDateText(v);
  return d.ok ? { kind: "date", iso: d.value } : { kind: "unreadable", text: v.trim(), reason: d.reason };
}
