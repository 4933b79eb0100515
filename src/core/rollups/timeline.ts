import { a1 } from "../a1";
import type { ActivityRecord } from "../kinds/activities";
import { MonthIndex, monthIndex, monthKey, quarterKey } from "../parse/period";
import type { ResolvedSettings } from "../settings";
import type { DetectedTable } from "../table";

export interface GanttRow {
  readonly activity: string;
  readonly cell: string;
  /** First and last month ("2026-01"), or null when unscheduled. */
  readonly start: string | null;
  readonly end: string | null;
  readonly ongoing: boolean;
  /** The activity's lead, status and the cell of its text: what the consolidated view and diff compare. */
  readonly lead: string;
  readonly status: string;
  readonly activityCell: string;
}

export interface TimelineRollup {
  readonly sheet: string;
  readonly table: string;
  readonly activities: number;
  /** Activities whose period touches each month / quarter (open-ended "ongoing" ones are counted apart). */
  readonly byMonth: Record<string, number>;
  readonly byQuarter: Record<string, number>;
  readonly ongoing: number;
  readonly unscheduled: number;
  /** The month-by-activity grid for a Gantt view: the months shown, then one row per activity. */
  readonly months: string[];
  readonly grid: GanttRow[];
  readonly milestones: { readonly name: string; readonly month: string; readonly activities: number }[];
}

/** The typed-array span of months counted around the plan window's start. */
const SPAN_BEFORE = 120, SPAN_AFTER = 240;

/** Months above this span are not expanded one by one (a typo like 2026–2206 must not allocate centuries). */
const MAX_SPAN_MONTHS = 120;

export function timelineRollup(table: DetectedTable, records: readonly ActivityRecord[], settings: ResolvedSettings, window?: { start: MonthIndex; end: MonthIndex }): TimelineRollup {
  // Counts live in typed arrays over a span of months around the plan (quarter index = month / 3);
  // a period beyond it (a typo such as 2206) falls back to a map.
  const base = (window?.start ?? monthIndex(2000, 1)) - SPAN_BEFORE, span = SPAN_BEFORE + SPAN_AFTER;
  const monthArr = new Int32Array(span), quarterArr = new Int32Array(Math.ceil(span / 3) + 2);
  const monthCounts = new Map<number, number>();
  const quarterCounts = new Map<number, number>();
  const milestoneCounts = new Map<string, number>();
  let ongoing = 0, unscheduled = 0, lo = Infinity, hi = -Infinity;
  const grid: GanttRow[] = [];
  const timelineCol = table.columns.timeline ?? table.columns.activity;
  for (const r of records) {
    if (r.activity === "" && r.deliverable === "") continue;
    const cell = a1(r.row, timelineCol);
    const who = { lead: r.lead, status: r.status, activityCell: a1(r.row, table.columns.activity) };
    if (r.timeline.kind !== "period") {
      unscheduled++;
      grid.push({ activity: r.activity, cell, start: null, end: null, ongoing: false, ...who });
      continue;
    }
    const p = r.timeline.period;
    for (const m of p.milestones) milestoneCounts.set(m, (milestoneCounts.get(m) ?? 0) + 1);
    if (p.ongoing) ongoing++;
    if (p.start === undefined || p.end === undefined || p.start > p.end || p.end - p.start > MAX_SPAN_MONTHS) {
      grid.push({ activity: r.activity, cell, start: p.start !== undefined ? monthKey(p.start) : null, end: p.end !== undefined ? monthKey(p.end) : null, ongoing: p.ongoing, ...who });
      if (!p.ongoing) unscheduled++;
      continue;
    }
    grid.push({ activity: r.activity, cell, start: monthKey(p.start), end: monthKey(p.end), ongoing: p.ongoing, ...who });
    lo = Math.min(lo, p.start);
    hi = Math.max(hi, p.end);
    if (p.start >= base && p.end < base + span) {
      for (let m = p.start; m <= p.end; m++) monthArr[m - base]++;
      const qb = Math.floor(base / 3);
      for (let q = Math.floor(p.start / 3); q <= Math.floor(p.end / 3); q++) quarterArr[q - qb]++;
    } else {
      for (let m = p.start; m <= p.end; m++) monthCounts.set(m, (monthCounts.get(m) ?? 0) + 1);
      for (let q = Math.floor(p.start / 3); q <= Math.floor(p.end / 3); q++) quarterCounts.set(q, (quarterCounts.get(q) ?? 0) + 1);
    }
  }
  for (let i = 0; i < span; i++) if (monthArr[i]) monthCounts.set(base + i, (monthCounts.get(base + i) ?? 0) + monthArr[i]);
  for (let i = 0; i < quarterArr.length; i++) if (quarterArr[i]) quarterCounts.set(Math.floor(base / 3) + i, (quarterCounts.get(Math.floor(base / 3) + i) ?? 0) + quarterArr[i]);
  if (window) { lo = Math.min(lo, window.start); hi = Math.max(hi, window.end); }
  const months: string[] = [];
  if (lo <= hi && hi - lo <= MAX_SPAN_MONTHS) for (let m = lo; m <= hi; m++) months.push(monthKey(m));
  const byMonth: Record<string, number> = {};
  for (const m of [...monthCounts.keys()].sort((a, b) => a - b)) byMonth[monthKey(m)] = monthCounts.get(m)!;
  const byQuarter: Record<string, number> = {};
  for (const q of [...quarterCounts.keys()].sort((a, b) => a - b)) byQuarter[quarterKey(q * 3)] = quarterCounts.get(q)!;
  const milestones = Object.entries(settings.milestones)
    .filter(([name, month]) => milestoneCounts.has(name) || months.includes(month))
    .map(([name, month]) => ({ name, month, activities: milestoneCounts.get(name) ?? 0 }));
  return { sheet: table.sheet, table: table.id, activities: grid.length, byMonth, byQuarter, ongoing, unscheduled, months, grid, milestones };
}
