import type { Report } from "../../core";
import type { Styles } from "./ansi";
import { padEnd, padStart, truncate } from "./text-layout";
import { maxOf } from "../../core/max-of";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

type Timeline = Report["rollups"]["timeline"][number];
type Deliverable = Report["rollups"]["deliverables"][number];

/** Above this many months between the first and last scheduled month, the Gantt shows quarters. */
const MAX_MONTH_ROWS = 18;
const BAR_WIDTH = 40;

const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const monthKey = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** Rows of (label, count, milestones) from the first to the last scheduled month, or by quarter if long. */
function ganttRows(t: Timeline, L: CliLocale): { label: string; count: number; marks: string[] }[] {
  const months = Object.keys(t.byMonth).sort();
  if (months.length === 0) return [];
  const first = monthIndex(months[0]), last = monthIndex(months[months.length - 1]);
  const marks = new Map<string, string[]>();
  const byQuarter = last - first + 1 > MAX_MONTH_ROWS;
  for (const m of t.milestones) {
    const key = byQuarter ? quarterOf(m.month) : m.month;
    marks.set(key, [...(marks.get(key) ?? []), m.name]);
  }
  const rows: { label: string; count: number; marks: string[] }[] = [];
  if (!byQuarter) {
    for (let i = first; i <= last; i++) rows.push({ label: L.t.monthRow(monthKey(i), L.format.month(monthKey(i))), count: t.byMonth[monthKey(i)] ?? 0, marks: marks.get(monthKey(i)) ?? [] });
    return rows;
  }
  for (let i = first - (first % 3); i <= last; i += 3) {
    const q = quarterOf(monthKey(i));
    rows.push({ label: L.t.quarter(q.slice(0, 4), Number(q.slice(6))), count: t.byQuarter[q] ?? 0, marks: marks.get(q) ?? [] });
  }
  return rows;
}

/** A timeline as a compact text Gantt: one bar per month (or quarter) with the number of activities. */
export function formatTimeline(t: Timeline, s: Styles, width: number, L: CliLocale = ENGLISH_CLI): string[] {
  const x = L.t.timeline;
  const rangeOf = t.table.slice(t.sheet.length + 1);
  const window = t.months.length ? ` · ${x.window(L.month(t.months[0]), L.month(t.months[t.months.length - 1]))}` : "";
  const out = [s.bold(`${x.title} · ${truncate(t.sheet, 40)}${rangeOf ? " " + rangeOf : ""}`) + s.dim(` · ${x.activities(t.activities)}${window}`)];
  const rows = ganttRows(t, L);
  const max = maxOf(rows.map((r) => r.count), 1);
  const labelWidth = maxOf(rows.map((r) => Array.from(r.label).length), 0);
  const barWidth = Math.min(BAR_WIDTH, width - 30);
  for (const r of rows) {
    const bar = r.count === 0 ? "·" : "█".repeat(Math.max(1, Math.round((r.count / max) * barWidth)));
    const marks = r.marks.length ? "  " + s.yellow("◆ " + r.marks.join(", ")) : "";
    out.push(`  ${padEnd(r.label, labelWidth)}  ${padStart(String(r.count), 3)} ${s.cyan(bar)}${marks}`);
  }
  if (rows.length === 0) out.push("  " + s.dim(x.noMonths));
  out.push(`  ${x.ongoingUnscheduled(t.ongoing, t.unscheduled)}`);
  if (t.milestones.length > 0) out.push("  " + x.milestones + t.milestones.map((m) => `${m.name} ${L.month(m.month)} (${x.namedBy(m.activities)})`).join(" · "));
  return out;
}

/** "10", "1–2", "≥ 10", "≤ 3". */
function targetText(t: Deliverable["target"]): string {
  if (t.min !== null && t.max !== null) return t.min === t.max ? String(t.min) : `${t.min}–${t.max}`;
  if (t.min !== null) return String(t.min);
  if (t.max !== null) return `≤ ${t.max}`;
  return "?";
}

/** Deliverables with a countable target, as "7/10 documented meetings" (achieved/target), by sheet. */
export function formatDeliverables(ds: readonly Deliverable[], s: Styles, width: number, L: CliLocale = ENGLISH_CLI): string[] {
  if (ds.length === 0) return [];
  const x = L.t.deliverables;
  const out = [s.bold(x.title)];
  let sheet = "";
  for (const d of ds) {
    if (d.sheet !== sheet) out.push("  " + (sheet = d.sheet));
    const unit = d.target.unit ? " " + d.target.unit : "";
    const count = d.achieved === null ? `${x.target(targetText(d.target))}${unit}` : `${d.achieved}/${targetText(d.target)}${unit}`;
    const source = d.source === "outreach-log" ? x.fromOutreachLog : d.source === "achieved-column" ? "" : s.dim(x.notCounted);
    const met = d.achieved !== null && d.target.min !== null && d.achieved >= d.target.min;
    const head = `    ${padStart(d.cell, 5)}  ${met ? s.green(count) : count}${source}`;
    out.push(head);
    out.push("           " + s.dim(truncate(d.activity, width - 11)));
  }
  return out;
}
