import { basename } from "path";
import { NO_LEAD } from "../../core/views/consolidate";
import type { Consolidated } from "../../core/views/consolidate";
import { styles } from "./ansi";
import { formatTimeline } from "./format-timeline";
import { padStart, truncate } from "./text-layout";
import { runs } from "../../views/number-runs";
import { pushAll } from "../../core/max-of";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

/** The consolidated calendar as text: plans, activities per month (the same bars as one plan's), leads, coverage. */
export function formatConsolidated(c: Consolidated, options: { color: boolean; width?: number; locale?: CliLocale }): string {
  const s = styles(options.color);
  const width = options.width ?? 100;
  const L = options.locale ?? ENGLISH_CLI, t = L.t.consolidated;
  const out = [s.bold(t.title(c.plans.length, c.grid.length))];
  for (const p of c.plans) out.push(`  ${padStart(String(p.activities), 4)}  ${truncate(p.label, width - 30)}${p.file && p.label === p.sheet ? s.dim(" · " + truncate(basename(p.file), 40)) : ""}`);
  out.push("");
  pushAll(out, formatTimeline({ sheet: t.allPlans, table: t.allPlans, activities: c.grid.length, byMonth: c.byMonth, byQuarter: c.byQuarter, ongoing: c.ongoing, unscheduled: c.unscheduled, months: c.months, grid: [], milestones: c.milestones }, s, width, L));
  if (c.busiest.length > 0) out.push("  " + t.busiest + c.busiest.map((b) => `${L.month(b.month)} (${b.activities})`).join(" · "));
  out.push("", s.bold(t.byLead));
  for (const [lead, n] of Object.entries(c.byLead).sort(([, a], [, b]) => b - a)) out.push(`  ${padStart(String(n), 4)}  ${truncate(lead === NO_LEAD ? L.t.noLead : lead, width - 8)}`);
  for (const cov of c.coverage) {
    out.push("", s.bold(t.coverage(truncate(L.plan(cov.plan), 60), cov.from, cov.to)));
    out.push(`  ${t.cited(cov.actions.length, cov.actions.length ? runs(cov.actions.map((a) => a.action)) : t.none)}`);
    out.push(`  ${t.notCited(cov.uncovered.length, cov.uncovered.length ? runs(cov.uncovered) : t.none)}`);
  }
  return out.join("\n") + "\n";
}
