import type { Report } from "../core/report/report";
import { consolidate } from "../core/views/consolidate";
import { runs } from "./number-runs";

/** A section of the rollup sheet as plain rows: both hosts' layouts place and style it their way. */
export interface RollupSection {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** Cells listed per action on the sheet before "and N more" (the panel and the report list them all). */
const MAX_CELLS = 12;

/**
 * The rollup sheet's sections across plans: the consolidated calendar (activities per month and by lead
 * over every activities table of the workbook) and the action-plan coverage. Pure, from the report.
 */
export function rollupViewSections(report: Report): RollupSection[] {
  const out: RollupSection[] = [];
  const milestones: Record<string, string> = {};
  for (const t of report.rollups.timeline) for (const m of t.milestones) milestones[m.name] = m.month;
  if (report.rollups.timeline.length > 0) {
    const c = consolidate([{ file: report.file ?? "", report }], milestones);
    const counted = Object.keys(c.byMonth);
    const marks = new Map<string, string[]>();
    for (const m of c.milestones) marks.set(m.month, [...(marks.get(m.month) ?? []), m.name]);
    const first = [counted[0], ...marks.keys()].filter(Boolean).sort()[0];
    const last = [counted[counted.length - 1], ...marks.keys()].filter(Boolean).sort().pop();
    const months = c.months.filter((m) => first !== undefined && last !== undefined && m >= first && m <= last);
    out.push({
      title: `All plans — ${c.plans.length} plans, ${c.grid.length} activities, ${c.ongoing} ongoing, ${c.unscheduled} unscheduled`,
      header: ["Month", "Activities", "Milestones"],
      rows: months.map((m) => [m, c.byMonth[m] ?? 0, (marks.get(m) ?? []).map((x) => `◆ ${x}`).join(" ")]),
    });
    out.push({
      title: "All plans — activities by lead",
      header: ["Lead", "Activities", "Plans"],
      rows: Object.entries(c.byLead).sort(([, a], [, b]) => b - a).map(([lead, n]) => [lead, n, [...new Set(c.grid.filter((g) => g.lead === lead).map((g) => g.plan))].join("; ")]),
    });
  }
  for (const cov of report.rollups.coverage ?? []) {
    const rows: (string | number)[][] = cov.actions.map((a) => {
      const cells = a.activities.map((x) => `${x.sheet}!${x.cell}`);
      return [a.action, a.activities.length, cells.slice(0, MAX_CELLS).join(", ") + (cells.length > MAX_CELLS ? ` and ${cells.length - MAX_CELLS} more` : "")];
    });
    rows.push(["Not cited", cov.uncovered.length, runs(cov.uncovered)]);
    out.push({ title: `Coverage — ${cov.plan} (actions ${cov.from}–${cov.to}): ${cov.actions.length} cited, ${cov.uncovered.length} not cited`, header: ["Action", "Activities citing it", "Reference cells"], rows });
  }
  return out;
}
