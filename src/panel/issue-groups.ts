import type { Report } from "../core";
import { ReportIssue, SEVERITY_ORDER, SeverityName } from "./panel-types";

export interface IssueGroup {
  /** The table id ("Sheet!A3:C10"), or "sheet:<name>" for issues outside any table. */
  readonly key: string;
  readonly sheet: string;
  readonly range: string | null;
  readonly kind: string | null;
  /** All issues of the group by severity, whatever the filter. */
  readonly counts: Readonly<Record<SeverityName, number>>;
  /** Shown severities that have issues, in severity order. */
  readonly sections: readonly { readonly severity: SeverityName; readonly issues: readonly ReportIssue[] }[];
}

/**
 * Issues grouped by table (sheet + range + kind), then by severity. Tables with errors come first
 * (what blocks a budget or a plan is what the reader looks for), then in the report's order (sheets
 * in workbook order, rows top-down). Groups with nothing shown are dropped.
 */
export function groupIssues(report: Report, shown: Readonly<Record<SeverityName, boolean>>): IssueGroup[] {
  const tables = new Map(report.tables.map((t) => [t.id, t]));
  const order: string[] = [];
  const byKey = new Map<string, ReportIssue[]>();
  for (const issue of report.issues) {
    const key = issue.table !== undefined && tables.has(issue.table) ? issue.table : `sheet:${issue.sheet}`;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = [])), order.push(key);
    list.push(issue);
  }
  const groups: IssueGroup[] = [];
  for (const key of order) {
    const issues = byKey.get(key)!;
    const table = tables.get(key);
    const counts = { error: 0, warning: 0, info: 0 };
    for (const i of issues) counts[i.severity]++;
    const sections = SEVERITY_ORDER.filter((s) => shown[s] && counts[s] > 0).map((severity) => ({ severity, issues: issues.filter((i) => i.severity === severity) }));
    if (sections.length === 0) continue;
    groups.push({ key, sheet: issues[0].sheet, range: table ? table.range : null, kind: table ? table.kind : null, counts, sections });
  }
  return groups.sort((a, b) => worst(a) - worst(b)); // stable: report order within a severity
}

/** Rank of the most severe issue in a group (error 0, warning 1, info 2). */
function worst(g: IssueGroup): number {
  return SEVERITY_ORDER.findIndex((s) => g.counts[s] > 0);
}
