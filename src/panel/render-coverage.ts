import type { Report } from "../core";
import { coverageGrid } from "../views/charts";
import { LAUSANNE_ACTION_PLAN } from "../core";
import { el } from "./dom";
import type { Locale } from "./i18n";
import { runs } from "../views/number-runs";
import type { SelectCell } from "./render-issues";
import { svgToDom } from "./svg-dom";
import type { Omitted } from "./panel-view";

type Coverage = Report["rollups"]["coverage"][number];

/** One card per action plan: which actions the activities cite (click one to see them) and which none does. */
export function renderCoverage(loc: Locale, c: Coverage, index: number, onSelect: SelectCell, omitted?: Omitted): HTMLElement {
  const w = loc.text.coverage;
  const plan = c.plan === LAUSANNE_ACTION_PLAN.name ? w.lausanne : c.plan;
  const titleId = `wpc-coverage-${index}`;
  const total = c.to - c.from + 1;
  // Citations the host did not send (panel-view.ts) still count.
  const cited = (a: Coverage["actions"][number]): number => a.activities.length + (omitted?.citations[c.plan]?.[String(a.action)] ?? 0);
  const grid = svgToDom(coverageGrid(c.from, c.to, new Map(c.actions.map((a) => [a.action, cited(a)])), w.chart(plan), loc.lang));
  const list = el("ul", { class: "wpc-coverage-list" }, c.actions.map((a) => {
    const first = a.activities[0];
    const b = el("button", { class: "wpc-deliverable", type: "button", title: a.activities.map((x) => `${x.sheet}!${x.cell}: ${x.activity}`).join("\n") }, [
      el("span", { class: "wpc-deliverable-figure" }, [w.action(a.action)]),
      el("span", { class: "wpc-deliverable-activity" }, [w.cited(cited(a), [...new Set(a.activities.map((x) => x.sheet))].join(", "))]),
    ]);
    b.addEventListener("click", () => onSelect(first.sheet, first.cell));
    return el("li", {}, [b]);
  }));
  return el("section", { class: "wpc-card wpc-coverage", "aria-labelledby": titleId, "data-plan": c.plan }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [plan]),
    el("p", { class: "wpc-card-sub" }, [w.sub(c.actions.length, total, c.uncovered.length)]),
    el("div", { class: "wpc-chart-scroll" }, [grid]),
    el("p", { class: "wpc-hint", "data-uncovered": c.uncovered.join(",") }, [c.uncovered.length ? w.notCited(runs(c.uncovered)) : w.allCited]),
    el("details", { class: "wpc-coverage-details" }, [el("summary", {}, [w.perAction]), list]),
  ]);
}
