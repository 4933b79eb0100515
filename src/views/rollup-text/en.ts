/**
 * The rollup sheet's words in English (Excel and Sheets layouts, and the shared sections of
 * rollup-views.ts); this module defines the shape every language fills.
 */
export interface RollupText {
  /** A1 of the sheet: the add-in recognises its own sheet by it (in any language: see rollup-text/index.ts). */
  readonly title: string;
  readonly excelNote: (asOf: string, file: string | undefined, errors: number, warnings: number) => string;
  readonly asOf: string;
  readonly file: string;
  readonly issues: string;
  readonly issueCounts: (errors: number, warnings: number, info: number) => string;
  readonly sheetsNote: string;
  /** "Budget — ISU Budget 2026": a section's title, the kind's name before the sheet's. */
  readonly section: (what: string, sheet: string) => string;
  readonly budget: string;
  readonly line: string;
  readonly amountIn: (currency: string) => string;
  readonly share: string;
  readonly staffCost: string;
  readonly yes: string;
  readonly total: string;
  readonly statedTotal: string;
  readonly totalSumOfLines: string;
  readonly totalAsStated: string;
  readonly none: string;
  readonly staffCosts: string;
  readonly otherCosts: string;
  readonly staffFte: string;
  readonly fullTimeEquivalents: string;
  readonly unknown: string;
  readonly inKind: (label: string) => string;
  readonly sectionHeader: string;
  readonly sections: string;
  readonly cell: string;
  readonly sourceCell: string;
  readonly figuresFrom: (column: string) => string;
  readonly amountColumns: (sheet: string, column: string) => string;
  readonly column: string;
  readonly role: string;
  readonly roles: Readonly<Record<"budget" | "actuals" | "difference" | "percentage", string>>;
  readonly sumOfLines: (currency: string) => string;
  readonly headerCell: string;
  readonly chartTitle: (sheet: string) => string;
  readonly funding: string;
  readonly shareOfBudget: string;
  readonly source: string;
  readonly pledged: string;
  readonly received: string;
  readonly outstanding: string;
  readonly gap: string;
  readonly unpledged: string;
  readonly noBudgetTable: string;
  readonly noBudgetTableShort: string;
  readonly leftOut: (currency: string) => string;
  readonly contributor: string;
  readonly pledgedIn: (currency: string) => string;
  readonly receivedIn: (currency: string) => string;
  readonly execution: string;
  readonly asOfDate: (table: string, asOf: string) => string;
  readonly budgetIn: (currency: string) => string;
  readonly spent: string;
  readonly remaining: string;
  readonly spentShare: string;
  readonly budgetCell: string;
  readonly notABudgetLine: (label: string) => string;
  readonly spentPerMonth: string;
  readonly projectedAt: (year: number | null) => string;
  readonly monthsOfCash: string;
  readonly timeline: string;
  readonly timelineCounts: (activities: number, ongoing: number, unscheduled: number) => string;
  readonly activity: string;
  readonly period: string;
  readonly timelineCell: string;
  readonly start: string;
  readonly end: string;
  readonly ongoing: string;
  readonly unscheduled: string;
  readonly periodOngoing: (period: string) => string;
  readonly activitiesPerMonth: string;
  readonly milestones: string;
  readonly staffing: string;
  readonly position: string;
  readonly fte: string;
  readonly cost: string;
  readonly deliverablesTitle: string;
  readonly deliverables: string;
  readonly sheet: string;
  readonly expectedOutput: string;
  readonly deliverable: string;
  readonly target: string;
  readonly achieved: string;
  readonly outreachLog: string;
  readonly achievedColumn: string;
  readonly atLeast: string;
  readonly atMost: string;
  readonly allPlans: (plans: number, activities: number, ongoing: number, unscheduled: number) => string;
  readonly month: string;
  readonly activities: string;
  readonly byLead: string;
  readonly lead: string;
  readonly plans: string;
  readonly coverage: (plan: string, from: number, to: number, cited: number, notCited: number) => string;
  readonly action: string;
  readonly activitiesCiting: string;
  readonly referenceCells: string;
  readonly notCited: string;
  readonly andMore: (n: number) => string;
}

export const en: RollupText = {
  title: "Workplan Check — rollups",
  excelNote: (asOf, file, errors, warnings) => `As of ${asOf}${file ? " · " + file : ""} · ${errors} errors, ${warnings} warnings. Rewritten by Workplan Check on each refresh: do not type here.`,
  asOf: "As of",
  file: "File",
  issues: "Issues",
  issueCounts: (e, w, i) => `${e} errors, ${w} warnings, ${i} info`,
  sheetsNote: "Written by the add-on: this sheet is replaced each time rollups are written.",
  section: (what, sheet) => `${what} — ${sheet}`,
  budget: "Budget",
  line: "Line",
  amountIn: (c) => `Amount (${c})`,
  share: "Share",
  staffCost: "Staff cost",
  yes: "yes",
  total: "Total",
  statedTotal: "Stated total",
  totalSumOfLines: "Total (sum of lines)",
  totalAsStated: "Total as stated",
  none: "none",
  staffCosts: "Staff costs",
  otherCosts: "Other costs",
  staffFte: "Staff (FTE)",
  fullTimeEquivalents: "Full-time equivalents",
  unknown: "unknown",
  inKind: (label) => `In kind: ${label}`,
  sectionHeader: "Section",
  sections: "Sections",
  cell: "Cell",
  sourceCell: "Source cell",
  figuresFrom: (column) => `Figures above from the column: ${column}`,
  amountColumns: (sheet, column) => `Amount columns — ${sheet} (figures above from: ${column})`,
  column: "Column",
  role: "Role",
  roles: { budget: "budget", actuals: "actuals", difference: "difference", percentage: "percentage" },
  sumOfLines: (c) => `Sum of lines (${c})`,
  headerCell: "Header cell",
  chartTitle: (sheet) => `Budget by line — ${sheet}`,
  funding: "Funding",
  shareOfBudget: "Share of budget",
  source: "Source",
  pledged: "Pledged",
  received: "Received",
  outstanding: "Outstanding (pledged, not received)",
  gap: "Gap (budget − received)",
  unpledged: "Unpledged (budget − pledged)",
  noBudgetTable: "no budget table in this workbook",
  noBudgetTableShort: "no budget table",
  leftOut: (c) => `Left out, no ${c} rate`,
  contributor: "Contributor",
  pledgedIn: (c) => `Pledged (${c})`,
  receivedIn: (c) => `Received (${c})`,
  execution: "Execution",
  asOfDate: (table, asOf) => `${table}, as of ${asOf}`,
  budgetIn: (c) => `Budget (${c})`,
  spent: "Spent",
  remaining: "Remaining",
  spentShare: "Spent share",
  budgetCell: "Budget cell",
  notABudgetLine: (label) => `Not a budget line: ${label}`,
  spentPerMonth: "Spent per month",
  projectedAt: (year) => `Projected at 31 December ${year ?? ""}`.trim(),
  monthsOfCash: "Months of cash (received − spent) ÷ monthly spending",
  timeline: "Timeline",
  timelineCounts: (a, o, u) => `${a} activities, ${o} ongoing, ${u} unscheduled`,
  activity: "Activity",
  period: "Period",
  timelineCell: "Timeline cell",
  start: "Start",
  end: "End",
  ongoing: "ongoing",
  unscheduled: "unscheduled",
  periodOngoing: (p) => `${p} (ongoing)`,
  activitiesPerMonth: "Activities per month",
  milestones: "Milestones",
  staffing: "Staffing",
  position: "Position",
  fte: "FTE",
  cost: "Cost",
  deliverablesTitle: "Deliverables — target and achieved",
  deliverables: "Deliverables",
  sheet: "Sheet",
  expectedOutput: "Expected output",
  deliverable: "Deliverable",
  target: "Target",
  achieved: "Achieved",
  outreachLog: "outreach log",
  achievedColumn: "achieved column",
  atLeast: "at least",
  atMost: "at most",
  allPlans: (p, a, o, u) => `All plans — ${p} plans, ${a} activities, ${o} ongoing, ${u} unscheduled`,
  month: "Month",
  activities: "Activities",
  byLead: "All plans — activities by lead",
  lead: "Lead",
  plans: "Plans",
  coverage: (plan, from, to, cited, notCited) => `Coverage — ${plan} (actions ${from}–${to}): ${cited} cited, ${notCited} not cited`,
  action: "Action",
  activitiesCiting: "Activities citing it",
  referenceCells: "Reference cells",
  notCited: "Not cited",
  andMore: (n) => ` and ${n} more`,
};
