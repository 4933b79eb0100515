import { parseA1 } from "../core";
import type { Locale } from "./i18n";
import { monthName } from "./panel-text";
import type { DeliverableView, TimelineView } from "./panel-types";
import { minOf } from "../core/max-of";

export interface GanttMonth {
  readonly key: string;
  /** One letter for the narrow header: "J", "F" … */
  readonly initial: string;
  readonly name: string;
  /** Milestones falling in this month ("3RC"). */
  readonly milestones: readonly string[];
}

export interface GanttRow {
  readonly activity: string;
  readonly cell: string;
  readonly kind: "scheduled" | "ongoing" | "unscheduled";
  /** Indexes into months (inclusive) of the filled cells; null when nothing is drawn. */
  readonly from: number | null;
  readonly to: number | null;
  /** Spoken and tooltip text: "Jan 2026 – Mar 2026", "ongoing", "unscheduled". */
  readonly period: string;
}

export interface GanttModel {
  readonly months: readonly GanttMonth[];
  readonly years: readonly { readonly year: string; readonly span: number }[];
  readonly rows: readonly GanttRow[];
  /** The month to scroll into view first: the earliest scheduled bar, else the first milestone, else 0. */
  readonly firstActive: number;
}


/** Pure: the grid the timeline card draws, from a timeline rollup. */
export function ganttModel(t: TimelineView, loc: Locale): GanttModel {
  const name = (key: string) => monthName(loc, key);
  const milestonesByMonth = new Map<string, string[]>();
  for (const m of t.milestones) milestonesByMonth.set(m.month, [...(milestonesByMonth.get(m.month) ?? []), m.name]);
  const months = t.months.map((key) => ({
    key,
    initial: loc.text.timeline.initials[Number(key.slice(5, 7)) - 1] ?? "?",
    name: name(key),
    milestones: milestonesByMonth.get(key) ?? [],
  }));
  const years: { year: string; span: number }[] = [];
  for (const m of t.months) {
    const y = m.slice(0, 4);
    const last = years[years.length - 1];
    if (last && last.year === y) last.span++;
    else years.push({ year: y, span: 1 });
  }
  const index = new Map(t.months.map((m, i) => [m, i]));
  const lastIdx = t.months.length - 1;
  const rows = t.grid.map((g): GanttRow => {
    const from = g.start !== null ? index.get(g.start) ?? null : null;
    const to = g.end !== null ? index.get(g.end) ?? null : null;
    if (g.ongoing) {
      // Open-ended: drawn from its start (or the first month) to the end of the chart.
      const since = g.start !== null ? loc.text.timeline.ongoingSince(name(g.start)) : loc.text.timeline.ongoing;
      return { activity: g.activity, cell: g.cell, kind: "ongoing", from: lastIdx < 0 ? null : from ?? 0, to: lastIdx < 0 ? null : to ?? lastIdx, period: since };
    }
    if (from === null || to === null || from > to) return { activity: g.activity, cell: g.cell, kind: "unscheduled", from: null, to: null, period: loc.text.timeline.unscheduled };
    const period = from === to ? name(g.start!) : `${name(g.start!)} – ${name(g.end!)}`;
    return { activity: g.activity, cell: g.cell, kind: "scheduled", from, to, period };
  });
  const starts = rows.filter((r) => r.kind === "scheduled" && r.from !== null).map((r) => r.from!);
  const marked = months.findIndex((m) => m.milestones.length > 0);
  const firstActive = starts.length > 0 ? minOf(starts, Infinity) : Math.max(marked, 0);
  return { months, years, rows, firstActive };
}

/** Rows (inclusive) of a table id "Sheet!A2:G11"; undefined when it cannot be read. */
function tableRows(tableId: string, sheet: string): { top: number; bottom: number } | undefined {
  const range = tableId.startsWith(sheet + "!") ? tableId.slice(sheet.length + 1) : tableId;
  const [a, b] = range.split(":");
  const top = parseA1(a ?? ""), bottom = parseA1(b ?? a ?? "");
  return top && bottom ? { top: top.row, bottom: bottom.row } : undefined;
}

/** The deliverables that belong to one activities table (same sheet, row inside the table). */
export function deliverablesOf(t: TimelineView, all: readonly DeliverableView[]): DeliverableView[] {
  const rows = tableRows(t.table, t.sheet);
  return all.filter((d) => {
    if (d.sheet !== t.sheet) return false;
    const at = parseA1(d.cell);
    return !rows || !at || (at.row >= rows.top && at.row <= rows.bottom);
  });
}

/** "0 / 10 documented bilateral outreach meetings", or the target alone when nothing is tracked. */
export function deliverableProgress(d: DeliverableView, loc: Locale): { text: string; fraction: number | null } {
  const { min, max, unit } = d.target;
  const target = min !== null && max !== null && min !== max ? `${min}–${max}` : min !== null ? String(min) : max !== null ? loc.text.timeline.upTo(max) : "?";
  const goal = min ?? max;
  const tail = unit ? ` ${unit}` : "";
  if (d.achieved === null) return { text: loc.text.timeline.notTracked(`${target}${tail}`), fraction: null };
  return { text: `${d.achieved} / ${target}${tail}`, fraction: goal && goal > 0 ? Math.min(d.achieved / goal, 1) : null };
}
