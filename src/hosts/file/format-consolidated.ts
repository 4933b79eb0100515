import { basename } from "path";
import type { Consolidated } from "../../core/views/consolidate";
import { styles } from "./ansi";
import { formatTimeline } from "./format-timeline";
import { padStart, plural, truncate } from "./text-layout";
import { runs } from "../../views/number-runs";
import { pushAll } from "../../core/max-of";

/** The consolidated calendar as text: plans, activities per month (the same bars as one plan's), leads, coverage. */
export function formatConsolidated(c: Consolidated, options: { color: boolean; width?: number }): string {
  const s = styles(options.color);
  const width = options.width ?? 100;
  const out = [s.bold(`All plans · ${plural(c.plans.length, "plan")} · ${plural(c.grid.length, "activity", "activities")}`)];
  for (const p of c.plans) out.push(`  ${padStart(String(p.activities), 4)}  ${truncate(p.label, width - 30)}${p.file && p.label === p.sheet ? s.dim(" · " + truncate(basename(p.file), 40)) : ""}`);
  out.push("");
  pushAll(out, formatTimeline({ sheet: "All plans", table: "All plans", activities: c.grid.length, byMonth: c.byMonth, byQuarter: c.byQuarter, ongoing: c.ongoing, unscheduled: c.unscheduled, months: c.months, grid: [], milestones: c.milestones }, s, width));
  if (c.busiest.length > 0) out.push("  Busiest months: " + c.busiest.map((b) => `${b.month} (${b.activities})`).join(" · "));
  out.push("", s.bold("By lead"));
  for (const [lead, n] of Object.entries(c.byLead).sort(([, a], [, b]) => b - a)) out.push(`  ${padStart(String(n), 4)}  ${truncate(lead, width - 8)}`);
  for (const cov of c.coverage) {
    out.push("", s.bold(`Coverage · ${truncate(cov.plan, 60)} (actions ${cov.from}–${cov.to})`));
    out.push(`  Cited (${cov.actions.length}): ${cov.actions.length ? runs(cov.actions.map((a) => a.action)) : "none"}`);
    out.push(`  Not cited (${cov.uncovered.length}): ${cov.uncovered.length ? runs(cov.uncovered) : "none"}`);
  }
  return out.join("\n") + "\n";
}
