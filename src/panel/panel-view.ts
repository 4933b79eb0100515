import { z } from "zod";
import { ReportSchema } from "../core";
import type { Report } from "../core";
import { deliverablesOf } from "./gantt";

/**
 * What a host sends its panel: the report trimmed to what the panel draws, with counts of what was
 * left out so the panel says "and N more" instead of dropping it silently. A 50,000-row plan's full
 * report is ~27 MB of Gantt rows, deliverables and coverage citations; the panel draws 60 Gantt rows
 * (150 on the All plans calendar), so sending them all only costs the host's response limit. The
 * issues (already capped per rule by the core, with exact counts), the tables and every total stay
 * whole; Highlight and Write rollups re-read the workbook, so nothing is lost for them.
 */
export const VIEW_LIMITS = {
  /** Gantt rows kept per activities table: covers the card's 60 and the All plans calendar's 150. */
  rows: 150,
  /** Deliverables kept per activities table. */
  deliverables: 100,
  /** Citing activities kept per action of an action plan (the count stays exact). */
  citations: 10,
} as const;

const counts = z.record(z.string(), z.number().int());

export const OmittedSchema = z.object({
  /** Gantt rows left out, by table id. */
  rows: counts,
  /** Leads of the rows left out, counted as the All plans card counts them. */
  leads: counts,
  /** Deliverables left out, by table id. */
  deliverables: counts,
  /** Citing activities left out, by plan, then by action number. */
  citations: z.record(z.string(), counts),
});
export type Omitted = z.infer<typeof OmittedSchema>;

export const PanelViewSchema = ReportSchema.extend({ omitted: OmittedSchema.optional() });
/** A report as the panel holds it; `omitted` is absent when nothing was left out. */
export type PanelView = z.infer<typeof PanelViewSchema>;

const NO_LEAD = "(no lead)";
const add = (into: Record<string, number>, key: string, n: number): void => {
  if (n > 0) into[key] = (into[key] ?? 0) + n;
};

/** Pure: the panel's view of a report (see above). Returns the report itself when nothing is too long. */
export function panelView(report: Report, limits: typeof VIEW_LIMITS = VIEW_LIMITS): PanelView {
  const omitted: Omitted = { rows: {}, leads: {}, deliverables: {}, citations: {} };
  let cut = false;
  const timeline = report.rollups.timeline.map((t) => {
    if (t.grid.length <= limits.rows) return t;
    cut = true;
    const rest = t.grid.slice(limits.rows);
    add(omitted.rows, t.table, rest.length);
    for (const g of rest) add(omitted.leads, (g.lead ?? "").replace(/\s+/g, " ").trim() || NO_LEAD, 1);
    return { ...t, grid: t.grid.slice(0, limits.rows) };
  });
  const dropped = new Set<object>();
  for (const t of report.rollups.timeline) {
    const mine = deliverablesOf(t, report.rollups.deliverables);
    if (mine.length <= limits.deliverables) continue;
    cut = true;
    add(omitted.deliverables, t.table, mine.length - limits.deliverables);
    for (const d of mine.slice(limits.deliverables)) dropped.add(d);
  }
  const coverage = report.rollups.coverage.map((c) => ({
    ...c,
    actions: c.actions.map((a) => {
      if (a.activities.length <= limits.citations) return a;
      cut = true;
      (omitted.citations[c.plan] ??= {})[String(a.action)] = a.activities.length - limits.citations;
      return { ...a, activities: a.activities.slice(0, limits.citations) };
    }),
  }));
  if (!cut) return report;
  const deliverables = report.rollups.deliverables.filter((d) => !dropped.has(d));
  return { ...report, rollups: { ...report.rollups, timeline, deliverables, coverage }, omitted };
}
