/**
 * The words of the report to share (html-report.ts) and of its charts (charts.ts), in English. This module
 * defines the shape; French and Spanish are typed with it, so a missing key does not compile. Amounts, dates
 * and months reach these functions formatted (the shared Format); severity and kind names come from TERMS.
 */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The figures of the funding and execution rollups, shown as tables under their JSON names' labels. */
export const ROLLUP_FIELDS = [
  "sheet", "table", "currency", "budget", "pledged", "received", "outstanding", "gap", "pledgedGap", "fundedShare", "contributors",
  "byContributor", "byMonth", "budgetTable", "unconverted", "name", "cell", "spent", "remaining", "executedShare", "asOf", "lines",
  "unmatched", "burnPerMonth", "projectedYearEnd", "monthsOfCash", "year", "label", "share", "amount", "funding", "execution",
] as const;
export type RollupField = (typeof ROLLUP_FIELDS)[number];

export interface ReportText {
  readonly title: string;
  readonly titleOf: (file: string) => string;
  readonly titleAllPlans: string;
  readonly asOf: (date: string) => string;
  readonly sections: {
    readonly summary: string;
    readonly issues: string;
    readonly budget: string;
    readonly funding: string;
    readonly timelines: string;
    readonly consolidated: string;
    readonly coverage: string;
  };
  readonly summary: {
    readonly file: string;
    readonly asOf: string;
    readonly result: string;
    readonly valid: string;
    readonly hasErrors: string;
    readonly tables: string;
    readonly tablesFound: string;
    readonly sheet: string;
    readonly kind: string;
    readonly range: string;
    readonly rows: string;
  };
  readonly issues: {
    readonly none: (file: string) => string;
    readonly count: (n: number) => string;
    readonly cell: string;
    readonly severity: string;
    readonly message: string;
    readonly rule: string;
    readonly unlisted: (n: number) => string;
  };
  readonly budget: {
    readonly noTotalRow: string;
    readonly matches: (total: string) => string;
    readonly differs: (stated: string, difference: string) => string;
    readonly line: string;
    readonly amount: (currency: string) => string;
    readonly share: string;
    readonly cell: string;
    readonly staff: string;
    readonly total: string;
    readonly chart: (sheet: string) => string;
    readonly caption: (sheet: string) => string;
    readonly inKind: string;
    readonly notInTotal: string;
    readonly staffOther: (staff: string, other: string) => string;
    readonly fte: (n: string) => string;
  };
  readonly fields: Readonly<Record<RollupField, string>>;
  readonly timeline: {
    readonly chart: (sheet: string) => string;
    readonly summary: (activities: number, ongoing: number, unscheduled: number) => string;
  };
  readonly consolidated: {
    readonly chart: string;
    readonly perMonth: string;
    readonly perMonthCaption: string;
    readonly byLead: string;
    readonly plan: string;
    readonly file: string;
    readonly table: string;
    readonly activities: string;
    readonly quarter: string;
    readonly summary: (activities: number, plans: number, ongoing: number, unscheduled: number) => string;
    readonly busiest: string;
    readonly milestones: string;
    readonly milestoneActivities: (n: number) => string;
  };
  readonly coverage: {
    readonly actions: (from: number, to: number) => string;
    readonly cited: (cited: number, total: number, uncovered: number) => string;
    readonly chart: (plan: string) => string;
    readonly caption: string;
    readonly notCited: string;
    readonly actionsHead: string;
    readonly citing: string;
  };
  /** The byLead key of activities with a blank lead (the core's NO_LEAD). */
  readonly noLead: string;
  /** The default action plan's name (the settings' LAUSANNE_ACTION_PLAN), as the treaty's texts write it in the language. */
  readonly lausanne: string;
  /** A quarter in a table: "2026-Q1", "T1 2026". */
  readonly quarter: (year: string, q: number) => string;
  readonly charts: {
    /** The one-letter month initials under a chart's columns. */
    readonly initials: readonly string[];
    readonly activities: (n: number) => string;
    readonly ongoing: string;
    readonly ongoingSince: (month: string) => string;
    readonly unscheduled: string;
    readonly noActivityText: string;
    readonly actionCited: (action: number, n: number) => string;
    readonly actionNotCited: (action: number) => string;
  };
}

export const en: ReportText = {
  title: "Workplan Check report",
  titleOf: (file) => `Workplan Check report — ${file}`,
  titleAllPlans: "Workplan Check report — all plans",
  asOf: (date) => `As of ${date}`,
  sections: {
    summary: "Summary",
    issues: "Issues by sheet",
    budget: "Budget",
    funding: "Funding and execution",
    timelines: "Each plan's timeline",
    consolidated: "All plans: the consolidated calendar",
    coverage: "Action-plan coverage",
  },
  summary: {
    file: "File", asOf: "As of", result: "Result", valid: "valid", hasErrors: "has errors", tables: "Tables",
    tablesFound: "Tables found", sheet: "Sheet", kind: "Kind", range: "Range", rows: "Rows",
  },
  issues: {
    none: (file) => `${file}: no issues.`,
    count: (n) => plural(n, "issue", "issues"),
    cell: "Cell", severity: "Severity", message: "Message", rule: "Rule",
    unlisted: (n) => `${plural(n, "further finding is", "further findings are")} counted but not listed (see the summaries above).`,
  },
  budget: {
    noTotalRow: "No Total row to compare with.",
    matches: (total) => `✓ Matches the stated total ${total}.`,
    differs: (stated, diff) => `✗ The stated total ${stated} differs from the sum of the lines by ${diff}.`,
    line: "Line", amount: (c) => `Amount (${c})`, share: "Share", cell: "Cell", staff: "staff", total: "Total",
    chart: (sheet) => `Budget by line, ${sheet}`,
    caption: (sheet) => `Budget lines of ${sheet}`,
    inKind: "In kind", notInTotal: "(not in the total):",
    staffOther: (staff, other) => `Staff costs ${staff} · other costs ${other}`,
    fte: (n) => `${n} FTE`,
  },
  fields: {
    sheet: "sheet", table: "table", currency: "currency", budget: "budget", pledged: "pledged", received: "received", outstanding: "outstanding",
    gap: "gap", pledgedGap: "unpledged", fundedShare: "funded share", contributors: "contributors", byContributor: "By contributor",
    byMonth: "By month", budgetTable: "budget table", unconverted: "Left out (no rate)", name: "name", cell: "cell", spent: "spent",
    remaining: "remaining", executedShare: "executed share", asOf: "as of", lines: "Lines", unmatched: "Not budget lines",
    burnPerMonth: "per month", projectedYearEnd: "projected year-end", monthsOfCash: "months of cash", year: "year", label: "line",
    share: "share", amount: "amount", funding: "Funding", execution: "Execution",
  },
  timeline: {
    chart: (sheet) => `Gantt chart of ${sheet}`,
    summary: (a, o, u) => `${plural(a, "activity", "activities")} · ${o} ongoing · ${u} unscheduled`,
  },
  consolidated: {
    chart: "Gantt chart of all plans",
    perMonth: "Activities per month across all plans",
    perMonthCaption: "Activities per month (ongoing activities are counted apart)",
    byLead: "Activities by lead",
    plan: "Plan", file: "File", table: "Table", activities: "Activities", quarter: "Quarter",
    summary: (a, p, o, u) => `${plural(a, "activity", "activities")} in ${plural(p, "plan", "plans")} · ${o} ongoing · ${u} unscheduled`,
    busiest: "Busiest months:",
    milestones: "Milestones:",
    milestoneActivities: (n) => `named by ${plural(n, "activity", "activities")}`, // timelines that name it, not its month's
  },
  coverage: {
    actions: (from, to) => `Actions ${from}–${to}`,
    cited: (c, total, u) => `${c} of ${total} actions cited by at least one activity; ${u} not cited.`,
    chart: (plan) => `Coverage of the ${plan}`,
    caption: "Filled: cited by an activity · dashed: not cited",
    notCited: "Not cited:",
    actionsHead: "Actions",
    citing: "Activities citing them",
  },
  noLead: "(no lead)",
  lausanne: "Lausanne Action Plan",
  quarter: (year, q) => `${year}-Q${q}`,
  charts: {
    initials: ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"],
    activities: (n) => plural(n, "activity", "activities"),
    ongoing: "ongoing",
    ongoingSince: (m) => `ongoing since ${m}`,
    unscheduled: "unscheduled",
    noActivityText: "(no activity text)",
    actionCited: (a, n) => `Action ${a}: cited by ${plural(n, "activity", "activities")}`,
    actionNotCited: (a) => `Action ${a}: not cited`,
  },
};
