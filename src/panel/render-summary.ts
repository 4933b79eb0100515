import type { Report } from "../core";
import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { summaryLine } from "./panel-text";
import { SEVERITY_ORDER, SeverityName } from "./panel-types";

export interface SummaryView {
  readonly root: HTMLElement;
  update(report: Report | null, shown: Readonly<Record<SeverityName, boolean>>): void;
}

/**
 * The counts line and the severity filter chips. The chips are built once and updated in place so
 * keyboard focus stays on a chip while the user toggles it.
 */
export function createSummary(loc: Locale, onToggle: (s: SeverityName) => void): SummaryView {
  const t = loc.text.summary;
  const line = el("p", { class: "wpc-summary-line" });
  const meta = el("p", { class: "wpc-summary-meta" });
  const chips = new Map<SeverityName, { button: HTMLButtonElement; count: HTMLSpanElement }>();
  const chipRow = el("div", { class: "wpc-chips", role: "group", "aria-label": t.chips });
  for (const s of SEVERITY_ORDER) {
    const count = el("span", { class: "wpc-chip-count" });
    const button = el("button", { class: "wpc-chip", type: "button", "aria-pressed": "true", "data-severity": s }, [
      el("span", { class: `wpc-dot wpc-dot-${s}`, "aria-hidden": "true" }),
      loc.terms.severityTitle[s],
      count,
    ]);
    button.addEventListener("click", () => onToggle(s));
    chips.set(s, { button, count });
    chipRow.appendChild(button);
  }
  const root = el("div", { class: "wpc-summary" }, [el("div", {}, [line, meta]), chipRow]);
  return {
    root,
    update(report, shown) {
      chipRow.hidden = report === null || report.issues.length === 0;
      if (report === null) {
        line.textContent = t.notChecked;
        meta.textContent = t.pressValidate;
        return;
      }
      line.textContent = report.issues.length === 0 ? t.noIssues : summaryLine(loc, report.counts);
      // Counts are exact; the core lists a capped number per rule and summarises the rest.
      replaceChildren(meta, [t.checked(report.tables.length, loc.format.date(report.asOf), report.unlisted)]);
      for (const s of SEVERITY_ORDER) {
        const chip = chips.get(s)!;
        chip.button.setAttribute("aria-pressed", String(shown[s]));
        chip.count.textContent = String(report.counts[s]);
      }
    },
  };
}
