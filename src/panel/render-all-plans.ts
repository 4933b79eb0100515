import type { Consolidated } from "../core/views/consolidate";
import { barChart, ganttChart, groupColours, monthColumns } from "../views/charts";
import { el, srOnly } from "./dom";
import type { Locale } from "./i18n";
import { monthName } from "./panel-text";
import { NO_LEAD } from "../core/views/consolidate";
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
export function renderAllPlans(loc: Locale, c: Consolidated, omitted?: Omitted): HTMLElement {
  const w = loc.text.allPlans;
  const month = (key: string) => monthName(loc, key);
  const titleId = "wpc-all-plans-title";
  if (c.grid.length === 0) return el("p", { class: "wpc-empty" }, [w.none]);
  const rows = c.grid.slice(0, ALL_PLANS_ROWS);
  const months = activeMonths(c);
  const gantt = ganttChart(rows.map((g) => ({ label: g.activity, group: g.plan, start: g.start, end: g.end, ongoing: g.ongoing, cell: `${g.sheet}!${g.cell}` })), months, c.milestones, w.gantt, { labelWidth: 150, lang: loc.lang });
  const perMonth = monthColumns(months, c.byMonth, c.milestones, w.perMonth, loc.lang);
  // Rows the host did not send (panel-view.ts) still count, in the totals and by lead.
  const unsent = Object.values(omitted?.rows ?? {}).reduce((n, k) => n + k, 0);
  const activities = c.grid.length + unsent;
  const byLeadAll: Record<string, number> = { ...c.byLead };
  for (const [lead, n] of Object.entries(omitted?.leads ?? {})) byLeadAll[lead] = (byLeadAll[lead] ?? 0) + n;
  const leads = Object.entries(byLeadAll).sort(([, a], [, b]) => b - a);
  const byLead = barChart(leads.map(([lead, n]) => ({ label: lead === NO_LEAD ? w.noLead : lead, value: n, valueText: String(n) })), w.byLeadChart, { width: 300, colour: "#8764B8" });
  return el("section", { class: "wpc-card wpc-all-plans", "aria-labelledby": titleId }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [months.length ? w.calendar(month(months[0]), month(months[months.length - 1])) : w.calendarEmpty]),
    el("p", { class: "wpc-card-sub" }, [w.sub(c.plans.length, activities, c.ongoing, c.unscheduled)]),
    c.busiest.length ? el("p", { class: "wpc-hint" }, [w.busiest(c.busiest.slice(0, 3).map((b) => `${month(b.month)} (${b.activities})`).join(", "))]) : null,
    scroll(w.perMonthScroll, svgToDom(perMonth)),
    el("ul", { class: "wpc-legend", "aria-label": w.plans }, groupColours(rows.map((g) => g.plan)).map((g) => {
      const sw = el("span", { class: "wpc-swatch", "aria-hidden": "true" });
      sw.style.background = g.colour;
      return el("li", { class: "wpc-legend-item" }, [sw, g.group]);
    })),
    scroll(w.ganttScroll, svgToDom(gantt)),
    activities > rows.length ? el("p", { class: "wpc-hint", "data-more": activities - rows.length }, [w.firstRows(rows.length, activities, unsent > 0)]) : null,
    el("p", { class: "wpc-card-sub" }, [w.byLead]),
    svgToDom(byLead),
    srOnly(c.milestones.map((m) => `${m.name} ${month(m.month)}`).join(", ")),
  ]);
}
