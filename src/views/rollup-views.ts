import type { Lang } from "../core/i18n/lang";
import type { Report } from "../core/report/report";
import { consolidate } from "../core/views/consolidate";
import { runs } from "./number-runs";
import { rollupMonth, rollupText } from "./rollup-text";

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
export function rollupViewSections(report: Report, lang: Lang = "en"): RollupSection[] {
  const tx = rollupText(lang);
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
      title: tx.allPlans(c.plans.length, c.grid.length, c.ongoing, c.unscheduled),
      header: [tx.month, tx.activities, tx.milestones],
      rows: months.map((m) => [rollupMonth(lang, m), c.byMonth[m] ?? 0, (marks.get(m) ?? []).map((x) => `◆ ${x}`).join(" ")]),
    });
    out.push({
      title: tx.byLead,
      header: [tx.lead, tx.activities, tx.plans],
      rows: Object.entries(c.byLead).sort(([, a], [, b]) => b - a).map(([lead, n]) => [lead, n, [...new Set(c.grid.filter((g) => g.lead === lead).map((g) => g.plan))].join("; ")]),
    });
  }
  for (const cov of report.rollups.coverage ?? []) {
    const rows: (string | number)[][] = cov.actions.map((a) => {
      const cells = a.activities.map((x) => `${x.sheet}!${x.cell}`);
      return [a.action, a.activities.length, cells.slice(0, MAX_CELLS).join(", ") + (cells.length > MAX_CELLS ? tx.andMore(cells.length - MAX_CELLS) : "")];
    });
    rows.push([tx.notCited, cov.uncovered.length, runs(cov.uncovered)]);
    out.push({ title: tx.coverage(cov.plan, cov.from, cov.to, cov.actions.length, cov.uncovered.length), header: [tx.action, tx.activitiesCiting, tx.referenceCells], rows });
  }
  return out;
}
