import type { TinySheet } from "../helpers";

export const BUDGET_HEAD = ["COST", "Amount in CHF", "NOTES"];
export const budget = (...lines: (string | number | null)[][]): TinySheet => ({ name: "Budget", rows: [BUDGET_HEAD, ...lines] });
export const ACT_HEAD = ["Activity", "Lead", "Action plan reference", "Timeline", "Deliverable", "Status"];
export const acts = (...rows: (string | number | null)[][]): TinySheet => ({ name: "Plan 2026", rows: [ACT_HEAD, ...rows] });
export const LOG_HEAD = ["State", "Date", "Stage", "Lead"];
export const CONTRIB_HEAD = ["Contributor", "Pledged", "Received", "Date received", "Currency"];
export const LEDGER_HEAD = ["Date", "Budget line", "Amount", "Currency", "Description"];

/** A budget whose cell B{row} holds `formula` (the other cells hold none, as a workbook reader says). */
export const withFormula = (t: TinySheet, row: number, formula: string): TinySheet => ({ ...t, formulas: t.rows.map((_, i) => (i === row - 1 ? [null, formula] : [])) });

export const YEARS = (...lines: (string | number | null)[][]): TinySheet => ({ name: "Budget", rows: [["COST", "Budget 2025", "Budget 2026", "Variance", "NOTES"], ...lines] });

/**
 * One case per code: a tiny table that must raise it at that cell. The rules' tests check the cell; the
 * messages' tests render what each case finds, with the params a real run gives.
 */
export const CASES: { code: string; sheets: TinySheet[]; at: string; settings?: object; file?: string }[] = [
  { code: "budget.variance-mismatch", sheets: [YEARS(["Travel", 10, 15, 5, null], ["Salaries", 100, 120, 10, null], ["Total", 110, 135, 25, null])], at: "Budget!D3" },
  { code: "budget.percentage-column-mismatch", sheets: [{ name: "Budget", rows: [["COST", "Budget", "Actual", "% executed"], ["Travel", 100, 50, 0.5], ["Salaries", 200, 100, 0.8], ["Total", 300, 150, 0.5]] }], at: "Budget!D3" },
  { code: "budget.column-no-neighbours", sheets: [{ name: "Budget", rows: [["COST", "Variance", "Budget 2026"], ["Travel", 5, 10], ["Total", 5, 10]] }], at: "Budget!B1" },
  { code: "budget.duplicate-column", sheets: [{ name: "Budget", rows: [["COST", "2026", "2026"], ["Travel", 5, 10], ["Total", 5, 10]] }], at: "Budget!C1" },
  { code: "budget.merged-header-mixed", sheets: [{ name: "Budget", rows: [["COST", "Budget (CHF)", null, "NOTES"], [null, 2026, "Actual", null], ["Travel", 10, 5, null], ["Total", 10, 5, null]], merged: [{ top: 1, left: 2, bottom: 1, right: 3 }] }], at: "Budget!B1" },
  { code: "cell.formula-not-calculated", sheets: [withFormula(budget(["Salaries", 100, null], ["Social charges", null, null], ["Total", 120, null]), 3, "=ROUND(B2*0.2,0)")], at: "Budget!B3" },
  { code: "budget.total-typed", sheets: [withFormula(budget(["Salaries", 100, null], ["Travel", 20, null], ["Total", 120, null]), 2, "=100")], at: "Budget!B4" },
  { code: "budget.sum-circular", sheets: [withFormula(budget(["Salaries", 100, null], ["Travel", 20, null], ["Total", 120, null]), 4, "=SUM(B2:B4)")], at: "Budget!B4" },
  { code: "budget.sum-other-sheet", sheets: [withFormula(budget(["Salaries", 100, null], ["Travel", 20, null], ["Total", 120, null]), 4, "=SUM('Staff costs'!B2:B3)")], at: "Budget!B4" },
  { code: "cell.error-value", sheets: [budget(["Travel", "#REF!", null], ["Total", 0, null])], at: "Budget!B2" },
  { code: "cell.required-blank", sheets: [acts(["Meeting", "", null, "May 2026", null, null])], at: "Plan 2026!B2" },
  { code: "cell.not-a-number", sheets: [{ name: "Plan 2026", rows: [["Activity", "Lead", "Timeline", "Budget"], ["A", "L", "September 2026", "about 5k"], ["B", "L", "September 2026", "in-kind"]] }], at: "Plan 2026!D2" },
  { code: "cell.number-as-text", sheets: [budget(["Travel", "20'000", null], ["Total", 20000, null])], at: "Budget!B2" },
  { code: "cell.merged", sheets: [{ ...acts(["A", "B", null, "May 2026", null, null], ["C", null, null, "May 2026", null, null]), merged: [{ top: 2, left: 2, bottom: 3, right: 2 }] }], at: "Plan 2026!B2" },
  { code: "table.blank-row", sheets: [acts(["A", "L", null, "May 2026", null, null], [], ["B", "L", null, "June 2026", null, null])], at: "Plan 2026!A3" },
  { code: "table.duplicate-row", sheets: [acts(["A", "L", null, "May 2026", null, null], ["A", "L", null, "May 2026", null, null])], at: "Plan 2026!A3" },
  { code: "table.extra-cells", sheets: [acts(["A", "L", null, "May 2026", null, null, "stray"])], at: "Plan 2026!G2" },
  { code: "budget.total-mismatch", sheets: [budget(["Salaries", 100, null], ["Travel", 50, null], ["Total", 160, null])], at: "Budget!B4" },
  { code: "budget.subtotal-mismatch", sheets: [budget(["Staff costs", null, null], ["Salaries", 100, null], ["Total staff costs", 110, null], ["Total", 100, null])], at: "Budget!B4" },
  { code: "budget.subtotal-empty", sheets: [budget(["Subtotal", 0, null], ["Travel", 5, null], ["Total", 5, null])], at: "Budget!B2" },
  { code: "budget.total-double-counted", sheets: [budget(["Salaries", 100, null], ["Social charges", 20, null], ["Total staff costs", 120, null], ["Total", 240, null])], at: "Budget!B5" },
  { code: "budget.percentage-mismatch", sheets: [budget(["Salaries", 1000, null], ["Social charges", 250, "Estimated at 20% of salary"], ["Total", 1250, null])], at: "Budget!B3" },
  { code: "budget.negative-amount", sheets: [budget(["Travel", -5, null], ["Total", -5, null])], at: "Budget!B2" },
  { code: "budget.amount-not-numeric", sheets: [budget(["Travel", "about twenty", null], ["Total", 0, null])], at: "Budget!B2" },
  { code: "budget.duplicate-label", sheets: [budget(["Travel", 5, null], ["Travel", 5, "second trip"], ["Total", 10, null])], at: "Budget!A3" },
  { code: "budget.no-total", sheets: [budget(["Travel", 5, null])], at: "Budget!A1" },
  { code: "budget.line-after-total", sheets: [budget(["Travel", 5, null], ["Total", 5, null], ["Catering", 7, null])], at: "Budget!B4" },
  { code: "period.unreadable", sheets: [acts(["A", "L", null, "Febtember 2026", null, null])], at: "Plan 2026!D2" },
  { code: "period.unscheduled", sheets: [acts(["A", "L", null, "TBD", null, null])], at: "Plan 2026!D2" },
  { code: "period.end-before-start", sheets: [acts(["A", "L", null, "June – May 2026", null, null])], at: "Plan 2026!D2" },
  { code: "period.dates-disagree", sheets: [{ name: "Plan 2026", rows: [["Activity", "Lead", "Timeline", "Start", "End"], ["A", "L", "May – June 2026", { date: "2026-05-01" }, { date: "2026-07-31" }]] }], at: "Plan 2026!E2" },
  { code: "period.outside-window", sheets: [acts(["A", "L", null, "March 2024", null, null])], at: "Plan 2026!D2" },
  { code: "reference.out-of-range", sheets: [acts(["A", "L", "Actions 48 to 52", "May 2026", null, null])], at: "Plan 2026!C2" },
  { code: "reference.unreadable", sheets: [acts(["A", "L", "see annex", "May 2026", null, null])], at: "Plan 2026!C2" },
  { code: "activities.overdue", sheets: [acts(["A", "L", null, "January 2026", null, "In progress"])], at: "Plan 2026!F2" },
  { code: "outreach.unknown-stage", sheets: [{ name: "Log", rows: [LOG_HEAD, ["State A", { date: "2026-01-10" }, "Lunch", "Norway"]] }], at: "Log!C2" },
  { code: "outreach.future-date", sheets: [{ name: "Log", rows: [LOG_HEAD, ["State A", { date: "2026-12-10" }, "Contacted", "Norway"]] }], at: "Log!B2" },
  { code: "date.unreadable", sheets: [{ name: "Log", rows: [LOG_HEAD, ["State A", "the 40th of May", "Contacted", "Norway"]] }], at: "Log!B2" },
  { code: "staffing.fte-invalid", sheets: [{ name: "Staff", rows: [["Position", "FTE"], ["Director", "150%"]] }], at: "Staff!B2" },
  { code: "rate.invalid", sheets: [{ name: "Rates", rows: [["Currency", "Rate to CHF"], ["EUR", 0]] }], at: "Rates!B2" },
  { code: "currency.no-rate", sheets: [budget(["Travel", 100, null], ["Total", 100, null]), { name: "Funds", rows: [CONTRIB_HEAD, ["State Party A", 50, 50, null, "EUR"]] }], at: "Funds!B2" },
  { code: "amount.negative-not-refund", sheets: [budget(["Travel", 100, null], ["Total", 100, null]), { name: "Ledger", rows: [LEDGER_HEAD, [{ date: "2026-03-01" }, "Travel", -40, "CHF", "Taxi"]] }], at: "Ledger!C2" },
  { code: "contribution.received-over-pledged", sheets: [{ name: "Funds", rows: [CONTRIB_HEAD, ["State Party A", 50, 60, null, "CHF"]] }], at: "Funds!C2" },
  { code: "contribution.future-date", sheets: [{ name: "Funds", rows: [CONTRIB_HEAD, ["State Party A", 50, 50, { date: "2027-01-10" }, "CHF"]] }], at: "Funds!D2" },
  { code: "contribution.duplicate-contributor", sheets: [{ name: "Funds", rows: [CONTRIB_HEAD, ["State Party A", 50, 50, { date: "2026-01-10" }, "CHF"], ["State Party A", 50, 50, { date: "2026-02-10" }, "CHF"]] }], at: "Funds!A3" },
  { code: "expenditure.unknown-line", sheets: [budget(["Travel", 100, null], ["Total", 100, null]), { name: "Ledger", rows: [LEDGER_HEAD, [{ date: "2026-03-01" }, "Catering", 40, "CHF", "Lunch"]] }], at: "Ledger!B2" },
  { code: "expenditure.line-overspent", sheets: [budget(["Travel", 100, null], ["Total", 100, null]), { name: "Ledger", rows: [LEDGER_HEAD, [{ date: "2026-03-01" }, "Travel", 120, "CHF", "Flight"]] }], at: "Ledger!C2" },
  { code: "expenditure.line-near-budget", sheets: [budget(["Travel", 100, null], ["Total", 100, null]), { name: "Ledger", rows: [LEDGER_HEAD, [{ date: "2026-03-01" }, "Travel", 95, "CHF", "Flight"]] }], at: "Ledger!C2" },
  { code: "expenditure.outside-year", sheets: [{ ...budget(["Travel", 100, null], ["Total", 100, null]), name: "Budget 2026" }, { name: "Ledger", rows: [LEDGER_HEAD, [{ date: "2025-12-20" }, "Travel", 10, "CHF", "Flight"]] }], at: "Ledger!A2" },
  { code: "table.unrecognised", sheets: [{ name: "Notes", rows: [["Some remarks"], ["more remarks"]] }], at: "Notes!A1" },
  { code: "table.more-issues", sheets: [acts(["A", "", null, "May 2026", null, null], ["B", "", null, "May 2026", null, null])], settings: { maxIssuesPerRule: 1 }, at: "Plan 2026!B2" },
  { code: "sheet.not-read", sheets: [{ ...acts(["A", "L", null, "May 2026", null, null]), skipped: [{ limit: "cells", row: 3, column: 1 }] }], at: "Plan 2026!A3" },
  { code: "cell.text-cut", sheets: [{ ...acts(["A", "L", null, "May 2026", null, null]), skipped: [{ limit: "cellText", row: 2, column: 1, count: 10_000_000 }] }], at: "Plan 2026!A2" },
  { code: "sheet.empty", sheets: [{ name: "Empty", rows: [] }], at: "Empty!A1" },
  { code: "sheet.too-large", sheets: [{ name: "Huge", rows: [], notRead: { cells: 3_000_000, limit: 2_000_000, scope: "sheet" } }], at: "Huge!A1" },
];
