import type { Report } from "../report/report";
import { normaliseLabel } from "../text";
import { periodText } from "./period-text";
import { matchByText } from "./similarity";

export type Change = "added" | "removed" | "changed";

export interface BudgetChange {
  readonly change: Change;
  /** The line's label (the new one when both exist). */
  readonly label: string;
  /** What changed in a "changed" entry: the amount or the label's wording; null for added/removed. */
  readonly field: "amount" | "label" | null;
  readonly old: number | string | null;
  readonly new: number | string | null;
  readonly oldSheet: string | null;
  readonly oldCell: string | null;
  readonly newSheet: string | null;
  readonly newCell: string | null;
}

export interface TotalChange {
  readonly oldSheet: string;
  readonly newSheet: string;
  readonly currency: string;
  readonly old: number;
  readonly new: number;
  readonly difference: number;
}

export interface ActivityChange {
  readonly change: Change;
  readonly activity: string;
  /** "period" (re-timed), "lead" (re-assigned), "status", "activity" (its wording); null for added/removed. */
  readonly field: "period" | "lead" | "status" | "activity" | null;
  readonly old: string | null;
  readonly new: string | null;
  readonly oldSheet: string | null;
  readonly oldCell: string | null;
  readonly newSheet: string | null;
  readonly newCell: string | null;
}

export interface WorkbookDiff {
  readonly old: string;
  readonly new: string;
  readonly budget: BudgetChange[];
  /** Budget totals (sum of lines) that moved, per pair of budget tables. */
  readonly totals: TotalChange[];
  readonly activities: ActivityChange[];
}

/** Text at least this alike is the same line or activity, edited. */
const LABEL_THRESHOLD = 0.75;
const ACTIVITY_THRESHOLD = 0.7;

type Line = Report["rollups"]["budget"][number]["lines"][number] & { sheet: string; index: number };
type Row = Report["rollups"]["timeline"][number]["grid"][number] & { sheet: string; index: number };

const linesOf = (r: Report): Line[] => r.rollups.budget.flatMap((b) => b.lines.map((l) => ({ ...l, sheet: b.sheet, index: 0 }))).map((l, index) => ({ ...l, index }));
const rowsOf = (r: Report): Row[] =>
  r.rollups.timeline.flatMap((t) => t.grid.filter((g) => g.activity.trim() !== "").map((g) => ({ ...g, sheet: t.sheet, index: 0 }))).map((g, index) => ({ ...g, index }));

const same = (a: string | undefined, b: string | undefined) => normaliseLabel(a ?? "") === normaliseLabel(b ?? "");

/** The old and new sheet names are the same sheet when there is one on each side (the panel compares two sheets). */
function sheetPairs(olds: readonly string[], news: readonly string[]): (a: string, b: string) => boolean {
  const o = new Set(olds), n = new Set(news);
  if (o.size === 1 && n.size === 1) return () => true;
  return (a, b) => a === b;
}

function diffBudget(oldR: Report, newR: Report): { budget: BudgetChange[]; totals: TotalChange[] } {
  const olds = linesOf(oldR), news = linesOf(newR);
  const sameSheet = sheetPairs(olds.map((l) => l.sheet), news.map((l) => l.sheet));
  // Ties between equally worded lines go to the same sheet, then the same amount, then the nearer position.
  const pairs = matchByText(olds, news, (l) => l.label, LABEL_THRESHOLD, (a, b) =>
    (sameSheet(a.sheet, b.sheet) ? 0.01 : 0) + (a.amount === b.amount ? 0.005 : 0) - Math.abs(a.index - b.index) * 1e-6);
  const out: BudgetChange[] = [];
  const cells = (o: Line | null, n: Line | null) => ({ oldSheet: o?.sheet ?? null, oldCell: o?.cell ?? null, newSheet: n?.sheet ?? null, newCell: n?.cell ?? null });
  const matchedOld = new Set(pairs.map((p) => p.old)), matchedNew = new Set(pairs.map((p) => p.new));
  for (const p of [...pairs].sort((a, b) => a.new - b.new)) {
    const o = olds[p.old], n = news[p.new];
    if (o.label.trim() !== n.label.trim()) out.push({ change: "changed", label: n.label, field: "label", old: o.label, new: n.label, ...cells(o, n) });
    if (o.amount !== n.amount) out.push({ change: "changed", label: n.label, field: "amount", old: o.amount, new: n.amount, ...cells(o, n) });
  }
  olds.forEach((o, i) => { if (!matchedOld.has(i)) out.push({ change: "removed", label: o.label, field: null, old: o.amount, new: null, ...cells(o, null) }); });
  news.forEach((n, j) => { if (!matchedNew.has(j)) out.push({ change: "added", label: n.label, field: null, old: null, new: n.amount, ...cells(null, n) }); });

  const totals: TotalChange[] = [];
  const tablesNew = [...newR.rollups.budget];
  for (const b of oldR.rollups.budget) {
    const i = tablesNew.findIndex((x) => sameSheet(b.sheet, x.sheet));
    if (i < 0) continue;
    const n = tablesNew.splice(i, 1)[0];
    if (n.total !== b.total) totals.push({ oldSheet: b.sheet, newSheet: n.sheet, currency: n.currency, old: b.total, new: n.total, difference: Math.round((n.total - b.total) * 100) / 100 });
  }
  return { budget: out, totals };
}

function diffActivities(oldR: Report, newR: Report): ActivityChange[] {
  const olds = rowsOf(oldR), news = rowsOf(newR);
  const sameSheet = sheetPairs(olds.map((r) => r.sheet), news.map((r) => r.sheet));
  // A plan repeats an activity in several periods ("Preparation of … section" each quarter): the same
  // period, lead and sheet decide between equally worded rows before position does.
  const pairs = matchByText(olds, news, (r) => r.activity, ACTIVITY_THRESHOLD, (a, b) =>
    (sameSheet(a.sheet, b.sheet) ? 0.02 : 0) + (periodText(a) === periodText(b) ? 0.01 : 0) + (same(a.lead, b.lead) ? 0.004 : 0) + (same(a.status, b.status) ? 0.002 : 0) - Math.abs(a.index - b.index) * 1e-7);
  const out: ActivityChange[] = [];
  const at = (o: Row | null, n: Row | null, field: ActivityChange["field"]) => {
    const cell = (r: Row | null) => (r === null ? null : field === "period" ? r.cell : r.activityCell ?? r.cell);
    return { oldSheet: o?.sheet ?? null, oldCell: cell(o), newSheet: n?.sheet ?? null, newCell: cell(n) };
  };
  const matchedOld = new Set(pairs.map((p) => p.old)), matchedNew = new Set(pairs.map((p) => p.new));
  for (const p of [...pairs].sort((a, b) => a.new - b.new)) {
    const o = olds[p.old], n = news[p.new];
    const push = (field: NonNullable<ActivityChange["field"]>, a: string, b: string) => out.push({ change: "changed", activity: n.activity, field, old: a, new: b, ...at(o, n, field) });
    if (o.activity.trim() !== n.activity.trim()) push("activity", o.activity, n.activity);
    if (periodText(o) !== periodText(n)) push("period", periodText(o), periodText(n));
    if (!same(o.lead, n.lead)) push("lead", o.lead ?? "", n.lead ?? "");
    if (!same(o.status, n.status)) push("status", o.status ?? "", n.status ?? "");
  }
  olds.forEach((o, i) => { if (!matchedOld.has(i)) out.push({ change: "removed", activity: o.activity, field: null, old: periodText(o), new: null, ...at(o, null, null) }); });
  news.forEach((n, j) => { if (!matchedNew.has(j)) out.push({ change: "added", activity: n.activity, field: null, old: null, new: periodText(n), ...at(null, n, null) }); });
  return out;
}

/**
 * What changed between two versions of a workbook (or two sheets): budget lines and activities matched by
 * their text, tolerant of small edits and of re-ordered rows, each change with its cell on both sides.
 */
export function diffReports(oldR: Report, newR: Report, names: { old: string; new: string }): WorkbookDiff {
  const { budget, totals } = diffBudget(oldR, newR);
  return { old: names.old, new: names.new, budget, totals, activities: diffActivities(oldR, newR) };
}

export const hasChanges = (d: WorkbookDiff): boolean => d.budget.length > 0 || d.totals.length > 0 || d.activities.length > 0;

/** The report narrowed to one sheet's rollups: what the panel compares when a user picks two sheets. */
export function reportOfSheet(r: Report, sheet: string): Report {
  const on = <T extends { sheet: string }>(xs: readonly T[]) => xs.filter((x) => x.sheet === sheet);
  return {
    ...r,
    tables: on(r.tables),
    issues: on(r.issues),
    rollups: { ...r.rollups, budget: on(r.rollups.budget), timeline: on(r.rollups.timeline), staffing: on(r.rollups.staffing), deliverables: on(r.rollups.deliverables) },
  };
}
