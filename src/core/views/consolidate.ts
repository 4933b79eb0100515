import type { Report } from "../report/report";
import type { GanttRow } from "../rollups/timeline";

/** One work plan (activities table) in the consolidated view. */
export interface ConsolidatedPlan {
  /** The file it was read from ("" for the open workbook). */
  readonly file: string;
  readonly sheet: string;
  readonly table: string;
  readonly activities: number;
  /** How the plan is named in grid rows: its sheet, with the file when two plans share a sheet name. */
  readonly label: string;
}

/** A plan's Gantt row (activity, timeline cell, start, end, ongoing) with the plan, file and sheet it comes from. */
export interface ConsolidatedRow extends Pick<GanttRow, "activity" | "cell" | "start" | "end" | "ongoing"> {
  readonly plan: string;
  readonly file: string;
  readonly sheet: string;
  readonly lead: string;
}

export interface ConsolidatedCoverage {
  readonly plan: string;
  readonly from: number;
  readonly to: number;
  readonly actions: { readonly action: number; readonly activities: { readonly file: string; readonly sheet: string; readonly cell: string; readonly activity: string }[] }[];
  readonly uncovered: number[];
}

export interface Consolidated {
  readonly plans: ConsolidatedPlan[];
  /** Every month from the first to the last of all plans (their windows included). */
  readonly months: string[];
  /** Activities touching each month / quarter, summed over the plans (ongoing ones are counted apart). */
  readonly byMonth: Record<string, number>;
  readonly byQuarter: Record<string, number>;
  /** Activities per lead as written (coordinating States, the ISU); "(no lead)" for blank ones. */
  readonly byLead: Record<string, number>;
  readonly ongoing: number;
  readonly unscheduled: number;
  readonly grid: ConsolidatedRow[];
  /** The milestones from settings, with how many activities name them. */
  readonly milestones: { readonly name: string; readonly month: string; readonly activities: number }[];
  /** The months with the most activities, busiest first (at most five). */
  readonly busiest: { readonly month: string; readonly activities: number }[];
  readonly coverage: ConsolidatedCoverage[];
}

export interface ConsolidateSource {
  readonly file: string;
  readonly report: Report;
}

/** Longest span of months laid out one by one (a typo such as 2206 must not make a two-century grid). */
const MAX_MONTHS = 120;
const BUSIEST = 5;
export const NO_LEAD = "(no lead)";

const toIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const toKey = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

function addAll(into: Record<string, number>, from: Readonly<Record<string, number>>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

const sortedKeys = (r: Record<string, number>): Record<string, number> => Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * All activities tables of one workbook or of several files, rolled up together: the calendar of the
 * ISU's whole programme. Pure: reports in (each file's), one picture out. Totals per month are sums of
 * the plans' own, so one workbook or the same plans as separate files give the same figures.
 */
export function consolidate(sources: readonly ConsolidateSource[], milestones: Readonly<Record<string, string>>): Consolidated {
  const timelines = sources.flatMap((s) => s.report.rollups.timeline.map((t) => ({ file: s.file, t })));
  const sheetCount = new Map<string, number>();
  for (const { t } of timelines) sheetCount.set(t.sheet, (sheetCount.get(t.sheet) ?? 0) + 1);
  const plans: ConsolidatedPlan[] = timelines.map(({ file, t }) => ({
    file, sheet: t.sheet, table: t.table, activities: t.activities,
    label: (sheetCount.get(t.sheet) ?? 0) > 1 && file ? `${file.replace(/^.*[\\/]/, "")} · ${t.sheet}` : t.sheet,
  }));
  // Two tables on one sheet of one file: number them so rows keep their plan apart.
  const seen = new Map<string, number>();
  const labels = plans.map((p) => {
    const n = (seen.get(p.label) ?? 0) + 1;
    seen.set(p.label, n);
    return n > 1 ? `${p.label} (${p.table.slice(p.sheet.length + 1)})` : p.label;
  });
  const byMonth: Record<string, number> = {}, byQuarter: Record<string, number> = {}, byLead: Record<string, number> = {};
  const milestoneCounts = new Map<string, number>();
  const grid: ConsolidatedRow[] = [];
  let ongoing = 0, unscheduled = 0, lo = Infinity, hi = -Infinity;
  timelines.forEach(({ file, t }, i) => {
    addAll(byMonth, t.byMonth);
    addAll(byQuarter, t.byQuarter);
    ongoing += t.ongoing;
    unscheduled += t.unscheduled;
    for (const m of t.milestones) milestoneCounts.set(m.name, (milestoneCounts.get(m.name) ?? 0) + m.activities);
    if (t.months.length > 0) {
      lo = Math.min(lo, toIndex(t.months[0]));
      hi = Math.max(hi, toIndex(t.months[t.months.length - 1]));
    }
    for (const g of t.grid) {
      const lead = (g.lead ?? "").replace(/\s+/g, " ").trim() || NO_LEAD;
      byLead[lead] = (byLead[lead] ?? 0) + 1;
      grid.push({ plan: labels[i], file, sheet: t.sheet, activity: g.activity, cell: g.cell, start: g.start, end: g.end, ongoing: g.ongoing, lead });
    }
  });
  const months: string[] = [];
  if (lo <= hi && hi - lo < MAX_MONTHS) for (let m = lo; m <= hi; m++) months.push(toKey(m));
  const busiest = Object.entries(byMonth)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, BUSIEST)
    .map(([month, activities]) => ({ month, activities }));
  const milestoneList = Object.entries(milestones)
    .map(([name, month]) => ({ name, month, activities: milestoneCounts.get(name) ?? 0 }))
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  return {
    plans, months, byMonth: sortedKeys(byMonth), byQuarter: sortedKeys(byQuarter), byLead, ongoing, unscheduled, grid,
    milestones: milestoneList, busiest, coverage: mergeCoverage(sources),
  };
}

/** One coverage list per action plan across all sources: the activities citing each action, with their file. */
function mergeCoverage(sources: readonly ConsolidateSource[]): ConsolidatedCoverage[] {
  const plans = new Map<string, { from: number; to: number; cited: Map<number, ConsolidatedCoverage["actions"][number]["activities"]> }>();
  for (const s of sources) {
    for (const c of s.report.rollups.coverage ?? []) {
      const p = plans.get(c.plan) ?? { from: c.from, to: c.to, cited: new Map() };
      plans.set(c.plan, p);
      for (const a of c.actions) {
        const list = p.cited.get(a.action) ?? [];
        p.cited.set(a.action, list);
        for (const x of a.activities) list.push({ file: s.file, ...x });
      }
    }
  }
  return [...plans].map(([plan, p]) => {
    const actions: ConsolidatedCoverage["actions"][number][] = [], uncovered: number[] = [];
    for (let n = p.from; n <= p.to; n++) {
      const list = p.cited.get(n);
      if (list && list.length > 0) actions.push({ action: n, activities: list });
      else uncovered.push(n);
    }
    return { plan, from: p.from, to: p.to, actions, uncovered };
  });
}
