import type { Report } from "../core";
import { Child, el, srOnly } from "./dom";
import { groupIssues, IssueGroup } from "./issue-groups";
import type { Locale } from "./i18n";
import { ReportIssue, SEVERITY_ORDER, SeverityName } from "./panel-types";

export type SelectCell = (sheet: string, cell: string) => void;

/** Long lists render this many per severity first; the rest on request, so a huge workbook stays responsive. */
export const ISSUE_PAGE = 100;

/** "error" → "Error": the severity as the first word of a spoken phrase. */
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** One issue: a button (Enter/Space/click) that selects its cell in the sheet. */
function issueButton(loc: Locale, issue: ReportIssue, onSelect: SelectCell): HTMLElement {
  const button = el("button", { class: `wpc-issue wpc-issue-${issue.severity}`, type: "button", "data-sheet": issue.sheet, "data-cell": issue.cell, "data-code": issue.code }, [
    el("span", { class: "wpc-issue-cell" }, [srOnly(loc.text.issues.inCell(capital(loc.terms.severity[issue.severity]))), issue.cell]),
    el("span", { class: "wpc-issue-message" }, [issue.message]),
    el("span", { class: "wpc-issue-code" }, [issue.code]),
  ]);
  button.title = loc.text.issues.goTo(`${issue.sheet}!${issue.cell}`);
  button.addEventListener("click", () => onSelect(issue.sheet, issue.cell));
  return el("li", {}, [button]);
}

function issueList(loc: Locale, issues: readonly ReportIssue[], onSelect: SelectCell): HTMLElement {
  const list = el("ul", { class: "wpc-issue-list" });
  const first = issues.slice(0, ISSUE_PAGE);
  for (const i of first) list.appendChild(issueButton(loc, i, onSelect));
  if (issues.length > first.length) {
    const more = el("button", { class: "wpc-btn wpc-btn-small wpc-more", type: "button" }, [loc.text.issues.showMore(issues.length - first.length)]);
    const item = el("li", {}, [more]);
    more.addEventListener("click", () => {
      item.remove();
      const rest = issues.slice(ISSUE_PAGE).map((i) => issueButton(loc, i, onSelect));
      for (const li of rest) list.appendChild(li);
      (rest[0]?.querySelector("button") as HTMLButtonElement | null)?.focus();
    });
    list.appendChild(item);
  }
  return list;
}

/** Above this many issues shown, only the first group starts open: the page stays scannable. */
export const OPEN_ALL_UP_TO = 15;

function groupView(loc: Locale, g: IssueGroup, index: number, open: boolean, onSelect: SelectCell): HTMLElement {
  const titles = loc.terms.severityTitle;
  const headId = `wpc-group-${index}`;
  const meta = [g.range, g.kind ? (loc.terms.kind as Readonly<Record<string, string>>)[g.kind] ?? g.kind : loc.text.issues.outsideTable].filter(Boolean).join(" · ");
  const counts = el("span", { class: "wpc-counts" }, SEVERITY_ORDER.filter((s) => g.counts[s] > 0).map((s) =>
    el("span", { class: `wpc-count wpc-count-${s}`, title: loc.text.severityCount(g.counts[s], s) }, [String(g.counts[s]), srOnly(` ${loc.text.severityCount(g.counts[s], s).slice(String(g.counts[s]).length + 1)}`)])));
  const summary = el("summary", {}, [
    el("span", { class: "wpc-chevron", "aria-hidden": "true" }),
    el("span", { class: "wpc-group-head", id: headId }, [el("span", { class: "wpc-group-name" }, [g.sheet]), el("span", { class: "wpc-group-meta" }, [meta])]),
    counts,
  ]);
  const sections: Child[] = g.sections.map((s) => el("div", { class: "wpc-severity", "data-severity": s.severity }, [
    el("div", { class: "wpc-severity-title" }, [el("span", { class: `wpc-dot wpc-dot-${s.severity}`, "aria-hidden": "true" }), loc.text.issues.sectionTitle(titles[s.severity], s.issues.length)]),
    issueList(loc, s.issues, onSelect),
  ]));
  return el("details", { class: "wpc-group", open, "data-table": g.key }, [summary, ...sections]);
}

/** The issues section's content: one collapsible group per table, severities inside. */
export function renderIssues(loc: Locale, report: Report | null, shown: Readonly<Record<SeverityName, boolean>>, onSelect: SelectCell): Child[] {
  const t = loc.text.issues;
  if (report === null) return [];
  if (report.issues.length === 0) return [el("p", { class: "wpc-empty" }, [report.tables.length === 0 ? t.noTables : t.allPassed])];
  const groups = groupIssues(report, shown);
  if (groups.length === 0) return [el("p", { class: "wpc-empty" }, [t.allFiltered])];
  const shownCount = groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.issues.length, 0), 0);
  return groups.map((g, i) => groupView(loc, g, i, i === 0 || shownCount <= OPEN_ALL_UP_TO, onSelect));
}
