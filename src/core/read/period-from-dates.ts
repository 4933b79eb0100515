import { monthIndex, Period } from "../parse/period";
import type { DateRead, PeriodCell } from "./cell-readers";

const monthOf = (iso: string) => monthIndex(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));

/** A period from Start/End date cells (either may be missing: a single date is that day). */
export function periodFromDates(start: DateRead, end: DateRead): PeriodCell {
  const s = start.kind === "date" ? start.iso : undefined;
  const e = end.kind === "date" ? end.iso : undefined;
  if (!s && !e) return { kind: "blank" };
  const from = s ?? e!, to = e ?? s!;
  const period: Period = { kind: from === to ? "date" : "range", start: monthOf(from), end: monthOf(to), startDate: from, endDate: to, ongoing: false, milestones: [] };
  return { kind: "period", period, text: from === to ? from : `${from} – ${to}` };
}
