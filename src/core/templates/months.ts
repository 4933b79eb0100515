import { TemplateError } from "./template";
import type { MonthWindow } from "./template";

const MONTH_KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A Gantt wider than this is a typo in the window, not a plan. */
export const MAX_GANTT_MONTHS = 120;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const split = (key: string): [number, number] => [Number(key.slice(0, 4)), Number(key.slice(5, 7))];

/** "2025-01" → "2025-01-01". */
export const firstDay = (key: string): string => `${key}-01`;

/** "2024-02" → "2024-02-29". */
export function lastDay(key: string): string {
  const [y, m] = split(key);
  return `${key}-${pad2(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}

/** Every month of the window, "YYYY-MM", in order; throws TemplateError for a malformed or reversed window. */
export function windowMonths(w: MonthWindow): string[] {
  if (!MONTH_KEY.test(w.start) || !MONTH_KEY.test(w.end)) throw new TemplateError(`plan window must be YYYY-MM to YYYY-MM, not ${w.start} to ${w.end}`);
  const [ys, ms] = split(w.start), [ye, me] = split(w.end);
  const count = (ye - ys) * 12 + (me - ms) + 1;
  if (count < 1) throw new TemplateError(`plan window starts after it ends (${w.start} to ${w.end})`);
  if (count > MAX_GANTT_MONTHS) throw new TemplateError(`plan window is longer than ${MAX_GANTT_MONTHS} months (${w.start} to ${w.end})`);
  return Array.from({ length: count }, (_, i) => {
    const m = ms - 1 + i;
    return `${ys + Math.floor(m / 12)}-${pad2((m % 12) + 1)}`;
  });
}

/** The default window of a blank plan: this year and the next (work plans run two years). */
export function defaultWindow(todayIso: string): MonthWindow {
  const y = Number(todayIso.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso)) throw new TemplateError(`today must be YYYY-MM-DD, not ${todayIso}`);
  return { start: `${y}-01`, end: `${y + 1}-12` };
}

/** "2025-2026", or "2026" for a one-year window: what the core reads back from a title. */
export function windowYears(w: MonthWindow): string {
  const a = w.start.slice(0, 4), b = w.end.slice(0, 4);
  return a === b ? a : `${a}-${b}`;
}
