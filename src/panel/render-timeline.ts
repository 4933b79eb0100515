import { Child, el, replaceChildren, srOnly } from "./dom";
import { deliverableProgress, deliverablesOf, GanttModel, ganttModel } from "./gantt";
import type { Locale } from "./i18n";
import { monthName } from "./panel-text";
import type { DeliverableView, TimelineView } from "./panel-types";
import { shareBar } from "./render-budget";
import type { SelectCell } from "./render-issues";
import type { Omitted } from "./panel-view";

function stats(loc: Locale, t: TimelineView): HTMLElement {
  const w = loc.text.timeline;
  const stat = (n: number, label: string) => el("span", { class: "wpc-stat" }, [el("strong", {}, [String(n)]), ` ${label}`]);
  return el("p", { class: "wpc-stats" }, [stat(t.activities, w.activities(t.activities)), stat(t.ongoing, w.ongoing), stat(t.unscheduled, w.unscheduled)]);
}

/** A quarter key "2026-Q1" as the language writes it: "2026 Q1" / "T1 2026"; other keys as they are. */
function quarterName(loc: Locale, key: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? loc.text.timeline.quarter(m[1], m[2]) : key.replace("-", " ");
}

function quarters(loc: Locale, t: TimelineView): Child {
  const entries = Object.entries(t.byQuarter);
  if (entries.length === 0) return null;
  return el("ul", { class: "wpc-quarters", "aria-label": loc.text.timeline.perQuarter }, entries.map(([q, n]) =>
    el("li", { class: "wpc-quarter" }, [`${quarterName(loc, q)} `, el("strong", {}, [String(n)])])));
}

/** The Gantt: one row per activity, one narrow column per month; milestones marked above their month. */
/** Rows drawn at first: a Gantt of thousands of rows helps nobody in a task pane and costs many nodes. */
export const GANTT_ROWS = 60;

function ganttTable(loc: Locale, g: GanttModel, caption: string, limit: number): HTMLElement {
  const w = loc.text.timeline;
  const milestoneCols = new Set(g.months.flatMap((m, i) => (m.milestones.length > 0 ? [i] : [])));
  const colClass = (i: number) => [g.months[i].key.endsWith("-01") ? "wpc-g-jan" : "", milestoneCols.has(i) ? "wpc-g-milestone" : ""].filter(Boolean).join(" ");

  const yearRow = el("tr", {}, [el("th", { class: "wpc-g-corner", scope: "col", rowspan: milestoneCols.size > 0 ? 3 : 2 }, [w.corner]),
    ...g.years.map((y) => el("th", { class: "wpc-g-year", colspan: y.span, scope: "colgroup" }, [y.year]))]);
  const markRow = milestoneCols.size === 0 ? null : el("tr", { class: "wpc-g-marks" }, g.months.map((m) =>
    el("th", { class: `wpc-g-mark ${m.milestones.length ? "wpc-g-mark-on" : ""}`.trim(), title: m.milestones.length ? `${m.milestones.join(", ")} · ${m.name}` : null, "data-milestone": m.milestones.join(",") || null },
      m.milestones.length ? [el("span", { "aria-hidden": "true" }, ["◆"]), srOnly(w.milestone(m.milestones.join(", ")))] : [])));
  const monthRow = el("tr", {}, g.months.map((m, i) =>
    el("th", { class: `wpc-g-month ${colClass(i)}`.trim(), scope: "col", title: m.name, "data-month": m.key }, [el("span", { "aria-hidden": "true" }, [m.initial]), srOnly(m.name)])));

  const body = el("tbody", {}, g.rows.slice(0, limit).map((r) => {
    const label = el("span", { class: "wpc-g-label" }, [r.activity || w.noActivityText]);
    const th = el("th", { scope: "row", title: `${r.activity} — ${r.period} (${r.cell})` }, [label, srOnly(`: ${r.period}`)]);
    const cells = g.months.map((_, i) => {
      const on = r.from !== null && r.to !== null && i >= r.from && i <= r.to;
      const cls = [colClass(i), on ? "wpc-g-on" : "", on && i === r.from ? "wpc-g-first" : "", on && i === r.to ? "wpc-g-last" : ""].filter(Boolean).join(" ");
      return el("td", { class: cls || undefined, "aria-hidden": "true" });
    });
    return el("tr", { class: `wpc-g-${r.kind}`, "data-kind": r.kind }, [th, ...cells]);
  }));
  return el("table", { class: "wpc-gantt", "data-first-active": g.firstActive }, [el("caption", { class: "wpc-sr" }, [caption]), el("thead", {}, [yearRow, markRow, monthRow]), body]);
}

function milestones(loc: Locale, t: TimelineView): Child {
  if (t.milestones.length === 0) return null;
  return el("ul", { class: "wpc-milestones", "aria-label": loc.text.timeline.milestones }, t.milestones.map((m) =>
    el("li", {}, [el("span", { class: "wpc-milestone-glyph", "aria-hidden": "true" }, ["◆ "]), `${m.name} ${monthName(loc, m.month)}`,
      m.activities > 0 ? loc.text.timeline.milestoneActivities(m.activities) : ""])));
}

function deliverables(loc: Locale, list: readonly DeliverableView[], onSelect: SelectCell, more: number): Child {
  const w = loc.text.timeline;
  if (list.length === 0) return null;
  return el("div", { class: "wpc-deliverables" }, [
    el("p", { class: "wpc-card-sub" }, [w.deliverables]),
    el("ul", {}, list.map((d) => {
      const p = deliverableProgress(d, loc);
      const button = el("button", { class: "wpc-deliverable", type: "button", "data-cell": d.cell, title: `${d.deliverable} (${d.sheet}!${d.cell})` }, [
        el("span", { class: "wpc-deliverable-figure" }, [p.text]),
        p.fraction !== null ? shareBar(p.fraction) : null,
        el("span", { class: "wpc-deliverable-activity" }, [d.activity || d.deliverable]),
        d.source === "outreach-log" ? el("span", { class: "wpc-hint" }, [w.fromOutreachLog]) : null,
      ]);
      button.addEventListener("click", () => onSelect(d.sheet, d.cell));
      return el("li", {}, [button]);
    })),
    more > 0 ? el("p", { class: "wpc-hint", "data-more": more }, [w.moreDeliverables(more)]) : null,
  ]);
}

/** One timeline card per activities table. */
export function renderTimeline(loc: Locale, t: TimelineView, all: readonly DeliverableView[], index: number, onSelect: SelectCell, omitted?: Omitted): HTMLElement {
  const w = loc.text.timeline;
  const titleId = `wpc-timeline-${index}`;
  const g = ganttModel(t, loc);
  const span = t.months.length > 0 ? `${monthName(loc, t.months[0])} – ${monthName(loc, t.months[t.months.length - 1])}` : w.noDates;
  let grid: HTMLElement;
  if (g.months.length === 0 || g.rows.length === 0) grid = el("p", { class: "wpc-empty" }, [w.nothingToChart]);
  else {
    const caption = w.caption(t.sheet, span);
    const scroll = el("div", { class: "wpc-gantt-scroll", role: "region", tabindex: 0, "aria-label": w.scrolls(t.sheet) }, [ganttTable(loc, g, caption, GANTT_ROWS)]);
    grid = el("div", { class: "wpc-gantt-wrap" }, [scroll]);
    // Rows the host did not send (panel-view.ts): counted, never dropped silently.
    const unsent = omitted?.rows[t.table] ?? 0;
    const total = g.rows.length + unsent;
    const tail = unsent > 0 ? el("p", { class: "wpc-hint", "data-more": unsent }, [w.notSent(unsent)]) : null;
    if (g.rows.length > GANTT_ROWS) {
      const more = el("button", { class: "wpc-btn wpc-btn-small", type: "button" }, [w.showRows(g.rows.length, unsent === 0)]);
      const note = el("p", { class: "wpc-hint wpc-gantt-more" }, [w.firstRows(GANTT_ROWS, total), more]);
      more.addEventListener("click", () => {
        const left = scroll.scrollLeft;
        replaceChildren(scroll, [ganttTable(loc, g, caption, g.rows.length)]);
        scroll.scrollLeft = left;
        note.remove();
        scroll.focus();
      });
      grid.appendChild(note);
    }
    if (tail) grid.appendChild(tail);
  }
  return el("section", { class: "wpc-card wpc-timeline", "aria-labelledby": titleId, "data-table": t.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly(w.spokenTitle), t.sheet]),
    el("p", { class: "wpc-card-sub" }, [`${w.title} · ${span}`]),
    stats(loc, t),
    quarters(loc, t),
    grid,
    milestones(loc, t),
    deliverables(loc, deliverablesOf(t, all), onSelect, omitted?.deliverables[t.table] ?? 0),
  ]);
}

/**
 * Scrolls each Gantt so its first bar is in view (the plan window may start a year before the
 * first activity). Call once the cards are in the document: it needs layout.
 */
export function revealFirstBars(container: HTMLElement): void {
  for (const scroll of Array.from(container.querySelectorAll<HTMLElement>(".wpc-gantt-scroll"))) {
    const table = scroll.querySelector("table");
    const index = Number(table?.getAttribute("data-first-active") ?? 0);
    const month = scroll.querySelectorAll<HTMLElement>("th.wpc-g-month")[index];
    const corner = scroll.querySelector<HTMLElement>(".wpc-g-corner");
    if (!month || !corner || index === 0) continue;
    scroll.scrollLeft = Math.max(0, month.offsetLeft - corner.offsetWidth - month.offsetWidth);
  }
}
