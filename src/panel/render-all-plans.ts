import type { Consolidated } from "../core/views/consolidate";
import { barChart, ganttChart, groupColours, monthColumns } from "../views/charts";
import { el, srOnly } from "./dom";
import { monthName, plural } from "./panel-text";
import { svgToDom } from "./svg-dom";
import type { Omitted } from "./panel-view";

/** Rows the consolidated Gantt draws in a task pane; the HTML report and the rollup sheet have them all. */
export const ALL_PLANS_ROWS = 150;

const scroll = (label: string, child: Node) => el("div", { class: "wpc-chart-scroll", role: "region", tabindex: 0, "aria-label": label }, [child]);

/** The months from the first to the last that has an activity or a milestone: a task pane has no room for empty years. */
export function activeMonths(c: Consolidated): string[] {
  const marked = new Set(c.milestones.map((m) => m.month));
  const on = c.months.map((m, i) => ((c.byMonth[m] ?? 0) > 0 || marked.has(m) ? i : -1)).filter((i) => i >= 0);
  return on.length === 0 ? c.months : c.months.slice(on[0], on[on.length - 1] + 1);
}

/** The "All plans" card: every activities table of the workbook as one calendar. */
export function renderAllPlans(c: Consolidated, omitted?: Omitted): HTMLElement {
  const titleId = "wpc-all-plans-title";
  if (c.grid.length === 0) return el("p", { class: "wpc-empty" }, ["No activities table to put on a calendar."]);
  const rows = c.grid.slice(0, ALL_PLANS_ROWS);
  const months = activeMonths(c);
  const gantt = ganttChart(rows.map((g) => ({ label: g.activity, group: g.plan, start: g.start, end: g.end, ongoing: g.ongoing, cell: `${g.sheet}!${g.cell}` })), months, c.milestones, "Gantt chart of all plans", { labelWidth: 150 });
  const perMonth = monthColumns(months, c.byMonth, c.milestones, "Activities per month across all plans");
  // Rows the host did not send (panel-view.ts) still count, in the totals and by lead.
  const unsent = Object.values(omitted?.rows ?? {}).reduce((n, k) => n + k, 0);
  const activities = c.grid.length + unsent;
  const byLeadAll: Record<string, number> = { ...c.byLead };
  for (const [lead, n] of Object.entries(omitted?.leads ?? {})) byLeadAll[lead] = (byLeadAll[lead] ?? 0) + n;
  const leads = Object.entries(byLeadAll).sort(([, a], [, b]) => b - a);
  const byLead = barChart(leads.map(([lead, n]) => ({ label: lead, value: n, valueText: String(n) })), "Activities by lead", { width: 300, colour: "#8764B8" });
  return el("section", { class: "wpc-card wpc-all-plans", "aria-labelledby": titleId }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [months.length ? `Calendar ${monthName(months[0])} – ${monthName(months[months.length - 1])}` : "Calendar"]),
    el("p", { class: "wpc-card-sub" }, [`${plural(c.plans.length, "plan", "plans")} · ${plural(activities, "activity", "activities")} · ${c.ongoing} ongoing · ${c.unscheduled} unscheduled`]),
    c.busiest.length ? el("p", { class: "wpc-hint" }, [`Busiest: ${c.busiest.slice(0, 3).map((b) => `${monthName(b.month)} (${b.activities})`).join(", ")}`]) : null,
    scroll("Activities per month, scrolls sideways", svgToDom(perMonth)),
    el("ul", { class: "wpc-legend", "aria-label": "Plans" }, groupColours(rows.map((g) => g.plan)).map((g) => {
      const sw = el("span", { class: "wpc-swatch", "aria-hidden": "true" });
      sw.style.background = g.colour;
      return el("li", { class: "wpc-legend-item" }, [sw, g.group]);
    })),
    scroll("Gantt chart of all plans, scrolls sideways", svgToDom(gantt)),
    activities > rows.length ? el("p", { class: "wpc-hint", "data-more": activities - rows.length }, [`First ${rows.length} of ${activities} activities; ${unsent > 0 ? "the rollup sheet has" : "the rollup sheet and the exported report have"} them all.`]) : null,
    el("p", { class: "wpc-card-sub" }, ["By lead"]),
    svgToDom(byLead),
    srOnly(c.milestones.map((m) => `${m.name} ${monthName(m.month)}`).join(", ")),
  ]);
}
