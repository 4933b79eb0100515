import { resolveSettings } from "../core";
import type { Settings } from "../core";
import type { PanelView } from "./panel-view";
import { consolidate } from "../core/views/consolidate";
import { htmlReport } from "../views/html-report";
import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { downloadHtml, openHtml } from "./export-report";
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
export function createViews(loc: Locale, onSelect: SelectCell, hostName: string, n: number): Views {
  const w = loc.text.share, s = loc.text.sections;
  const allPlans = el("div", { "data-region": "all-plans" });
  const coverage = el("div", { class: "wpc-section", "data-region": "coverage" });
  const compare = createCompare(loc, onSelect);
  const download = el("button", { class: "wpc-btn", type: "button", "data-action": "export" }, [w.download]);
  const open = el("button", { class: "wpc-btn", type: "button", "data-action": "export-window" }, [w.window]);
  const exportCard = el("div", { class: "wpc-card" }, [
    el("p", { class: "wpc-card-sub" }, [w.intro]),
    el("div", { class: "wpc-actions" }, [download, open]),
  ]);
  const sections = [
    section(s.allPlans, allPlans, `wpc-all-plans-${n}`),
    section(s.coverage, coverage, `wpc-coverage-${n}`),
    section(s.compare, compare.root, `wpc-compare-${n}`),
    section(s.share, exportCard, `wpc-export-${n}`),
  ];
  let html = (): string | null => null;
  let asOf = "";
  download.addEventListener("click", () => { const h = html(); if (h) downloadHtml(download.ownerDocument, h, w.fileName(asOf)); });
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
      replaceChildren(allPlans, timelines > 0 ? [renderAllPlans(loc, c, report.omitted)] : []);
      replaceChildren(coverage, (report.rollups.coverage ?? []).map((x, i) => renderCoverage(loc, x, i, onSelect, report.omitted)));
      // Built on demand: most sessions never export.
      html = () => htmlReport({ title: w.reportTitle(report.file ?? null), reports: sources, consolidated: c, generator: w.generator(hostName), lang: loc.lang, grouping: loc.format.grouping });
    },
    setDisabled(disabled) {
      download.disabled = disabled;
      open.disabled = disabled;
    },
  };
}
