import { resolveSettings } from "../core";
import type { Settings } from "../core";
import type { PanelView } from "./panel-view";
import { consolidate } from "../core/views/consolidate";
import { htmlReport } from "../views/html-report";
import { el, replaceChildren } from "./dom";
import { downloadHtml, openHtml, reportFileName } from "./export-report";
import { renderAllPlans } from "./render-all-plans";
import { createCompare } from "./render-compare";
import { renderCoverage } from "./render-coverage";
import type { SelectCell } from "./render-issues";

function section(title: string, content: HTMLElement, id: string): HTMLElement {
  return el("section", { class: "wpc-section", "aria-labelledby": id }, [el("h2", { class: "wpc-section-title", id }, [title]), content]);
}

export interface Views {
  /** Sections in panel order: All plans, coverage, compare, export. */
  readonly sections: readonly HTMLElement[];
  update(report: PanelView | null, settings: Settings): void;
  setDisabled(disabled: boolean): void;
}

/**
 * The views across a workbook's plans: the consolidated calendar ("All plans"), action-plan coverage,
 * comparing two sheets, and exporting the report to share. Everything is computed here from the report
 * (the core's pure functions): no extra host call.
 */
export function createViews(onSelect: SelectCell, hostName: string, n: number): Views {
  const allPlans = el("div", { "data-region": "all-plans" });
  const coverage = el("div", { class: "wpc-section", "data-region": "coverage" });
  const compare = createCompare(onSelect);
  const download = el("button", { class: "wpc-btn", type: "button", "data-action": "export" }, ["Export report"]);
  const open = el("button", { class: "wpc-btn", type: "button", "data-action": "export-window" }, ["Open in a new window"]);
  const exportCard = el("div", { class: "wpc-card" }, [
    el("p", { class: "wpc-card-sub" }, ["One HTML page to circulate or print to PDF: summary, issues, budget, timelines, all plans and coverage."]),
    el("div", { class: "wpc-actions" }, [download, open]),
  ]);
  const sections = [
    section("All plans", allPlans, `wpc-all-plans-${n}`),
    section("Action-plan coverage", coverage, `wpc-coverage-${n}`),
    section("Compare two sheets", compare.root, `wpc-compare-${n}`),
    section("Report to share", exportCard, `wpc-export-${n}`),
  ];
  let html = (): string | null => null;
  let asOf = "";
  download.addEventListener("click", () => { const h = html(); if (h) downloadHtml(download.ownerDocument, h, reportFileName(asOf)); });
  open.addEventListener("click", () => { const h = html(); const w = open.ownerDocument.defaultView; if (h && w) openHtml(w, h); });
  return {
    sections,
    update(report, settings) {
      const timelines = report?.rollups.timeline.length ?? 0;
      sections[0].hidden = !report || timelines === 0;
      sections[1].hidden = !report || (report.rollups.coverage ?? []).length === 0;
      sections[2].hidden = !report;
      sections[3].hidden = !report;
      compare.update(report);
      if (!report) { replaceChildren(allPlans, []); replaceChildren(coverage, []); html = () => null; return; }
      asOf = report.asOf;
      const sources = [{ file: report.file ?? "", report }];
      const c = consolidate(sources, resolveSettings(settings, report.asOf).milestones);
      replaceChildren(allPlans, timelines > 0 ? [renderAllPlans(c, report.omitted)] : []);
      replaceChildren(coverage, (report.rollups.coverage ?? []).map((x, i) => renderCoverage(x, i, onSelect, report.omitted)));
      // Built on demand: most sessions never export.
      html = () => htmlReport({ title: `Workplan Check report${report.file ? ` — ${report.file}` : ""}`, reports: sources, consolidated: c, generator: `Workplan Check for ${hostName}` });
    },
    setDisabled(disabled) {
      download.disabled = disabled;
      open.disabled = disabled;
    },
  };
}
