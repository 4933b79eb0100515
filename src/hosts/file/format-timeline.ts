import type { Report } from "../../core";
import type { Styles } from "./ansi";
import { padStart, plural, truncate } from "./text-layout";
import { maxOf } from "../../core/max-of";

type Timeline = Report["rollups"]["timeline"][number];
type Deliverable = Report["rollups"]["deliverables"][number];

/** Above this many months between the first and last scheduled month, the Gantt shows quarters. */
const MAX_MONTH_ROWS = 18;
const BAR_WIDTH = 40;

const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
const monthKey = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** Rows of (label, count, milestones) from the first to the last scheduled month, or by quarter if long. */
function ganttRows(t: Timeline): { label: string; count: number; marks: string[] }[] {
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
    for (let i = first; i <= last; i++) rows.push({ label: monthKey(i), count: t.byMonth[monthKey(i)] ?? 0, marks: marks.get(monthKey(i)) ?? [] });
    return rows;
  }
  for (let i = first - (first % 3); i <= last; i += 3) {
    const q = quarterOf(monthKey(i));
    rows.push({ label: q, count: t.byQuarter[q] ?? 0, marks: marks.get(q) ?? [] });
  }
  return rows;
}

/** A timeline as a compact text Gantt: one bar per month (or quarter) with the number of activities. */
export function formatTimeline(t: Timeline, s: Styles, width: number): string[] {
  const rangeOf = t.table.slice(t.sheet.length + 1);
  const window = t.months.length ? ` · window ${t.months[0]} – ${t.months[t.months.length - 1]}` : "";
  const out = [s.bold(`Timeline · ${truncate(t.sheet, 40)} ${rangeOf}`) + s.dim(` · ${plural(t.activities, "activity", "activities")}${window}`)];
  const rows = ganttRows(t);
  const max = maxOf(rows.map((r) => r.count), 1);
  const barWidth = Math.min(BAR_WIDTH, width - 30);
  for (const r of rows) {
    const bar = r.count === 0 ? "·" : "█".repeat(Math.max(1, Math.round((r.count / max) * barWidth)));
    const marks = r.marks.length ? "  " + s.yellow("◆ " + r.marks.join(", ")) : "";
    out.push(`  ${r.label}  ${padStart(String(r.count), 3)} ${s.cyan(bar)}${marks}`);
  }
  if (rows.length === 0) out.push("  " + s.dim("no scheduled months"));
  out.push(`  Ongoing: ${t.ongoing} · Unscheduled: ${t.unscheduled}`);
  if (t.milestones.length > 0) out.push("  Milestones: " + t.milestones.map((m) => `${m.name} ${m.month} (${plural(m.activities, "activity", "activities")})`).join(" · "));
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
export function formatDeliverables(ds: readonly Deliverable[], s: Styles, width: number): string[] {
  if (ds.length === 0) return [];
  const out = [s.bold("Deliverables · target vs achieved")];
  let sheet = "";
  for (const d of ds) {
    if (d.sheet !== sheet) out.push("  " + (sheet = d.sheet));
    const unit = d.target.unit ? " " + d.target.unit : "";
    const count = d.achieved === null ? `target ${targetText(d.target)}${unit}` : `${d.achieved}/${targetText(d.target)}${unit}`;
    const source = d.source === "outreach-log" ? " (outreach log)" : d.source === "achieved-column" ? "" : s.dim(" (not counted)");
    const met = d.achieved !== null && d.target.min !== null && d.achieved >= d.target.min;
    const head = `    ${padStart(d.cell, 5)}  ${met ? s.green(count) : count}${source}`;
    out.push(head);
    out.push("           " + s.dim(truncate(d.activity, width - 11)));
  }
  return out;
}
