import type { IssueCode } from "../../../src/core";
import type { ImportCode } from "../../../src/core/messages";

type P = Readonly<Record<string, string | number>>;

/**
 * Parameters as the rules put them in the JSON, for every code: several sets where a message has
 * branches (a blank label, several columns, a reversed range…). Typed by code, so a new code without
 * samples does not compile.
 */
export const SAMPLE_PARAMS: { readonly [C in IssueCode]: readonly P[] } = {
  "cell.error-value": [{ value: "#REF!" }],
  "cell.formula-not-calculated": [{ formula: "=SUM(B2:B6)" }],
  "cell.required-blank": [{ field: "Lead" }],
  "cell.not-a-number": [{ field: "Amount in CHF", text: "12 500 francs", reason: "contains text" }, { field: "Montant", text: "1.2.3", reason: "misplaced separator" }],
  "cell.number-as-text": [{ text: "12'500", field: "Amount", minor: 1250000, currency: "CHF" }, { text: "12'500", field: "Amount", minor: 1250000, currency: "" }],
  "cell.merged": [{ range: "A5:A6" }],
  "table.blank-row": [{}],
  "table.duplicate-row": [{ firstRow: 4 }],
  "table.extra-cells": [{ text: "see note" }],
  "budget.total-mismatch": [
    { stated: 51475300, sum: 51375300, difference: 100000, lines: 5, subtotals: 0, rows: "B4:B8", column: "", currency: "CHF" },
    { stated: 51375300, sum: 51475300, difference: -100000, lines: 4, subtotals: 2, rows: "C7, C12, C13:C14", column: "Budget 2026", currency: "CHF" },
    { stated: 51375300, sum: 51475300, difference: -100000, lines: 2, subtotals: 1, rows: "C7, C12", column: "", currency: "CHF" },
  ],
  "budget.total-double-counted": [{ stated: 102950600, sum: 51475300, subtotals: "Staff costs, Operational costs", column: "", currency: "CHF" }],
  "budget.subtotal-mismatch": [
    { label: "Staff costs", section: "Staff costs", stated: 45475300, sum: 45375300, difference: 100000, rows: "C5:C6", column: "", currency: "CHF" },
    { label: "Operational costs", section: "Operational costs", stated: 5900000, sum: 6000000, difference: -100000, rows: "C9:C11", column: "Budget 2025", currency: "CHF" },
  ],
  "budget.total-typed": [{ sum: "=SUM(B4:B8)" }, { sum: "=SUM(B4,B6,B8)" }],
  "budget.sum-circular": [{ label: "Total", formula: "=SUM(B2:B9)", cell: "B9" }, { label: "", formula: "=SUM(B2:B9)", cell: "B9" }],
  "budget.sum-other-sheet": [{ label: "Total", formula: "=SUM(Other!B2:B9)", sheet: "Other" }, { label: "", formula: "=Other!B9", sheet: "Other" }],
  "budget.variance-mismatch": [
    { label: "Travel", column: "Variance", stated: 500000, expected: 400000, minuend: "Budget 2026", subtrahend: "Budget 2025", currency: "CHF" },
    { label: "", column: "Variance", stated: 500000, expected: 400000, minuend: "Budget 2026", subtrahend: "Budget 2025", currency: "CHF" },
  ],
  "budget.percentage-column-mismatch": [{ label: "Travel", column: "% spent", stated: 0.5, expected: 0.4375, numerator: "Actuals 2026", denominator: "Budget 2026" }],
  "budget.column-no-neighbours": [{ column: "Variance", role: "variance" }, { column: "% spent", role: "percentage" }],
  "budget.duplicate-column": [{ column: "Budget 2026", first: "Budget 2026", firstCell: "B3" }],
  "budget.merged-header-mixed": [{ range: "B2:D2", columns: "Budget 2025 (budget), Actuals 2025 (actuals), Variance (difference), % (percentage)" }],
  "budget.subtotal-empty": [{ label: "Staff costs" }],
  "budget.percentage-mismatch": [
    { label: "Social charges", stated: 7579200, rate: 0.2, base: "Salaries", baseAmount: 37896100, expected: 7579220, difference: -20, currency: "CHF", baseRow: 4, column: "" },
    { label: "Social charges", stated: 8000000, rate: 0.2, base: "Salaries (B4:B5)", baseAmount: 37896100, expected: 7579220, difference: 420780, currency: "CHF", baseRow: 4, column: "Budget 2026" },
  ],
  "budget.negative-amount": [{ label: "Travel", amount: -200000, currency: "CHF", column: "" }],
  "budget.amount-not-numeric": [
    { label: "Travel", text: "about 500", reason: "contains text", column: "" },
    { label: "", text: "1,2,3", reason: "misplaced thousands separator", column: "Budget 2026" },
    { label: "Social charges", text: "20 %", reason: "not a percentage", column: "" },
  ],
  "budget.duplicate-label": [{ label: "Travel", firstRow: 5 }],
  "budget.no-total": [{}],
  "budget.line-after-total": [{ label: "Late line", amount: 100000, currency: "CHF" }],
  "period.unreadable": [
    { text: "Febtember 2026", reason: "unrecognised words in the period" },
    { text: "TBD", reason: "to be determined" },
    { text: "13/2026", reason: "month must be 1 to 12" },
  ],
  "period.unscheduled": [{ activity: "Regional workshop" }],
  "period.end-before-start": [{ text: "June – March 2026", start: "2026-06", end: "2026-03" }],
  "period.dates-disagree": [
    { text: "May – June 2026", start: "2026-04", end: "2026-06", expectedStart: "2026-05", expectedEnd: "2026-06" },
    { text: "May – June 2026", start: "", end: "", expectedStart: "2026-05", expectedEnd: "2026-06" },
  ],
  "period.outside-window": [
    { text: "March 2027", windowStart: "2025-01", windowEnd: "2026-12", source: "title 'Workplan 2025-2026'" },
    { text: "March 2027", windowStart: "2025-01", windowEnd: "2026-12", source: "settings" },
    { text: "March 2027", windowStart: "2025-01", windowEnd: "2026-12", source: "sheet name 'Art6 Workplan 2025-2026'" },
    { text: "March 2027", windowStart: "2025-01", windowEnd: "2026-12", source: "file name 'plan-2025-2026.xlsx'" },
  ],
  "reference.out-of-range": [
    { text: "Actions 48 to 55", numbers: "55", from: 1, to: 50, reversed: "" },
    { text: "Actions 42 to 38", numbers: "", from: 1, to: 50, reversed: "42 to 38" },
  ],
  "reference.unreadable": [{ text: "Action 4x", reason: 'unexpected "4x"' }, { text: "Actions", reason: "no action number" }],
  "activities.overdue": [{ activity: "Regional workshop", end: "2026-03-31", asOf: "2026-05-01", status: "In progress" }, { activity: "Regional workshop", end: "2026-03-31", asOf: "2026-05-01", status: "" }],
  "outreach.unknown-stage": [{ text: "Phoned", stages: "Contacted, Meeting held, Next step agreed" }],
  "sheet.too-large": [
    { sheet: "Huge import", cells: 2000020, limit: 2000000, scope: "sheet" },
    { sheet: "Three", cells: 1500000, limit: 1000000, scope: "workbook" },
  ],
  "outreach.future-date": [{ date: "2026-03-02", asOf: "2026-03-01" }],
  "date.unreadable": [{ text: "31/13/2026", reason: "13 is not a month (dates are read day first)" }, { text: "soon", reason: "not a date" }],
  "staffing.fte-invalid": [{ text: "150%", reason: "more than 100%" }, { text: "half", reason: "not a share" }],
  "rate.invalid": [
    { currency: "EUR", text: "abc", reason: "not a number" },
    { currency: "EUR", text: "", reason: "blank" },
    { currency: "", text: "0", reason: "zero" },
    { currency: "USD", text: "0.1234567890123", reason: "more than 12 decimal places" },
  ],
  "currency.no-rate": [{ currency: "EUR", amount: 300000, field: "Pledged", base: "CHF" }],
  "amount.negative-not-refund": [{ field: "Amount", amount: -50000, currency: "CHF" }, { field: "Amount", amount: -50000, currency: "" }],
  "contribution.received-over-pledged": [{ contributor: "Norway", pledged: 5000000, received: 6000000, currency: "CHF" }],
  "contribution.future-date": [{ contributor: "Norway", date: "2026-12-01", asOf: "2026-10-01" }, { contributor: "", date: "2026-12-01", asOf: "2026-10-01" }],
  "contribution.duplicate-contributor": [
    { contributor: "Norway", year: 2026, firstRow: 3, reading: "instalments" },
    { contributor: "Norway", year: "", firstRow: 3, reading: "duplicate" },
  ],
  "expenditure.unknown-line": [{ line: "Catering", nearest: "Communication", budget: "ISU Budget 2026" }, { line: "Catering", nearest: "", budget: "ISU Budget 2026" }],
  "expenditure.line-overspent": [{ line: "Travel", spent: 2100000, budget: 2000000, share: 1.05, currency: "CHF" }],
  "expenditure.line-near-budget": [{ line: "Travel", spent: 1850000, budget: 2000000, share: 0.925, currency: "CHF" }],
  "expenditure.outside-year": [{ date: "2025-12-15", year: 2026 }],
  "table.unrecognised": [{ table: "Table1" }, { table: "" }],
  "sheet.empty": [{}],
  "sheet.not-read": [
    { limit: "rows", max: 1048576 },
    { limit: "cells", max: 1000000 },
    { limit: "text", max: 64000000 },
    { limit: "columns", max: 16384, count: 120, others: 3 },
    { limit: "columns", max: 16384 },
  ],
  "cell.text-cut": [{ limit: "cellText", max: 32767, count: 10000000, others: 2 }, { limit: "cellText", max: 32767, count: 40000 }],
  "table.more-issues": [{ code: "cell.required-blank", listed: 50, more: 1950, total: 2000 }],
};

export const SAMPLE_IMPORT_PARAMS: { readonly [C in ImportCode]: readonly P[] } = {
  "import.empty": [{}],
  "import.table-only": [{ tables: 1 }, { tables: 3 }],
  "import.no-timeline": [{}],
  "import.empty-period": [{ period: "February 2026" }],
  "import.no-period": [{ text: "Regional workshop" }],
  "import.deliverable-unattached": [{ text: "Deliverable: report" }],
  "import.table-skipped": [{ rows: 4 }],
  "import.no-lead": [{}],
  "import.amount-unreadable": [{ label: "Travel", text: "about 500", reason: "contains text" }],
  "import.total-differs": [{ stated: 514753, sum: 513753 }],
  "import.docx-unreadable": [{ file: "plan.doc", reason: "it is an old Word 97-2003 .doc file; save it as .docx in Word" }, { file: "plan.docx", reason: "it is not a .docx (zip) file" }],
  "import.paste-too-long": [{ length: 250000, max: 200000 }],
  "import.docx-protected": [{ file: "plan.docx" }],
};
