import type { Format } from "../i18n/format";
import type { Params } from "../issues";
import type { ImportCatalog, MessageCatalog } from "./catalog";
import { count, money, moneyAbs, num as n, share, str as s } from "./params";

/**
 * English messages, one per code, written for a finance officer or a coordinator. Amounts, shares and
 * counts go through the reader's Format (its grouping); dates stay ISO (2026-03-31), as the ISU's English
 * documents and the custom functions' cells have always shown them.
 */

/** "In column Budget 2025: " when a budget has several amount columns (the param is blank otherwise). */
const inColumn = (p: Params) => (s(p, "column") ? `In column ${s(p, "column")}: ` : "");

/** What was left out at a limit (see src/core/limits.ts), from its first cell on. */
function notRead(p: Params, f: Format): string {
  const limit = s(p, "limit"), max = count(f, p, "max");
  if (limit === "rows") return `Rows from here on were not read: a sheet is read up to ${max} rows`;
  if (limit === "cells") return `Rows from here on were not read: a workbook is read up to ${max} cells`;
  if (limit === "text") return `Rows from here on were not read: a workbook is read up to ${max} characters of text`;
  if (limit === "columns") return `${p.count !== undefined ? `${count(f, p, "count")} cells` : "Cells"} from this column on were not read: a sheet is read up to ${max} columns${n(p, "others") ? ` (${count(f, p, "others")} more rows are that wide)` : ""}`;
  return `The sheet was not read from here on: it passes the limit ${limit}${max ? ` of ${max}` : ""}`;
}

export const en: MessageCatalog = {
  "cell.error-value": (p) => `The cell shows the error ${s(p, "value")}; fix the formula or the reference it points to.`,
  "cell.formula-not-calculated": (p) =>
    `The formula ${s(p, "formula")} has no calculated value (the file was saved by a program that does not calculate), so this cell cannot be checked or added up; open the file in Excel or LibreOffice and save it, then check again.`,
  "cell.required-blank": (p) => `${s(p, "field")} is blank.`,
  "cell.not-a-number": (p) => `${s(p, "field")} '${s(p, "text")}' cannot be read as an amount (${s(p, "reason")}); enter a number such as 12'500.`,
  "cell.number-as-text": (p, f) => `The amount '${s(p, "text")}' is stored as text (read as ${money(f, p, "minor")}); spreadsheet SUMs skip text, so enter it as a number.`,
  "cell.merged": (p) => `Cells ${s(p, "range")} are merged inside the table; only the first cell keeps its value. Unmerge them and fill each row.`,
  "table.blank-row": () => "Blank row inside the table; delete it or fill it.",
  "table.duplicate-row": (p) => `This row repeats row ${s(p, "firstRow")} exactly.`,
  "table.extra-cells": (p) => `'${s(p, "text")}' is in a column with no header, so it is not checked; give the column a header or move the value.`,
  "budget.total-mismatch": (p, f) => {
    const d = n(p, "difference");
    const subs = n(p, "subtotals") || 0, lines = n(p, "lines");
    const what = subs > 0 ? `${subs} subtotal${subs === 1 ? "" : "s"} and ${lines - subs} line${lines - subs === 1 ? "" : "s"} it should add (${s(p, "rows")})` : `${lines} lines above`;
    return `${inColumn(p)}The stated total is ${money(f, p, "stated")} but the ${what} add up to ${money(f, p, "sum")} (the total is ${moneyAbs(f, p, "difference")} ${d > 0 ? "too high" : "too low"}).`;
  },
  "budget.total-double-counted": (p, f) =>
    `${inColumn(p)}The grand total ${money(f, p, "stated")} counts the subtotals (${s(p, "subtotals")}) and the lines inside them, so every line twice; add the subtotals only (${money(f, p, "sum")}) or the lines only.`,
  "budget.subtotal-mismatch": (p, f) => {
    const d = n(p, "difference");
    return `${inColumn(p)}${s(p, "label")} is ${money(f, p, "stated")} but ${s(p, "rows")} (${s(p, "section")}) add up to ${money(f, p, "sum")} (the subtotal is ${moneyAbs(f, p, "difference")} ${d > 0 ? "too high" : "too low"}).`;
  },
  "budget.total-typed": (p) => `The total is typed as a number; enter ${s(p, "sum")} instead so it follows the lines when one changes.`,
  "budget.sum-circular": (p) => `${s(p, "label") || "This cell"}'s formula ${s(p, "formula")} includes its own cell ${s(p, "cell")}: a circular reference, so its value cannot be trusted; sum the rows above it only.`,
  "budget.sum-other-sheet": (p) => `${s(p, "label") || "This cell"}'s formula ${s(p, "formula")} adds cells on sheet '${s(p, "sheet")}', so it cannot be checked against the lines here; sum this table's own rows, or bring the lines onto this sheet.`,
  "budget.variance-mismatch": (p, f) =>
    `${s(p, "label") || "This row"}: ${s(p, "column")} is ${money(f, p, "stated")} but ${s(p, "minuend")} minus ${s(p, "subtrahend")} is ${money(f, p, "expected")}.`,
  "budget.percentage-column-mismatch": (p, f) =>
    `${s(p, "label") || "This row"}: ${s(p, "column")} is ${share(f, p, "stated")} but ${s(p, "numerator")} divided by ${s(p, "denominator")} is ${share(f, p, "expected")}.`,
  "budget.column-no-neighbours": (p) =>
    `The ${s(p, "role")} column ${s(p, "column")} has no two budget or actuals columns to its left to compare, so it cannot be checked; move it after the columns it compares, or write it as a formula (=C5-B5).`,
  "budget.duplicate-column": (p) => `Two amount columns are headed '${s(p, "column")}' (also '${s(p, "first")}' in ${s(p, "firstCell")}); name each for what it holds (Approved 2026, Revised 2026).`,
  "budget.merged-header-mixed": (p) => `The merged header ${s(p, "range")} spans columns of different kinds (${s(p, "columns")}); split it so each column's header says what it holds.`,
  "budget.subtotal-empty": (p) => `${s(p, "label")} is a subtotal with no cost lines above it to add up; move it below its lines or delete it.`,
  "budget.percentage-mismatch": (p, f) =>
    `${inColumn(p)}${s(p, "label")} is ${money(f, p, "stated")}, but ${share(f, p, "rate")} of ${s(p, "base")} (${money(f, p, "baseAmount")}) is ${money(f, p, "expected")} (difference ${money(f, p, "difference")}).`,
  "budget.negative-amount": (p, f) => `${inColumn(p)}${s(p, "label")} is negative (${money(f, p, "amount")}).`,
  "budget.amount-not-numeric": (p) => `${inColumn(p)}The amount of ${s(p, "label") || "this line"} cannot be read as a number ('${s(p, "text")}': ${s(p, "reason")}). Only in-kind lines may have no amount.`,
  "budget.duplicate-label": (p) => `'${s(p, "label")}' is listed twice (also in row ${s(p, "firstRow")}).`,
  "budget.no-total": () => "This budget has no Total row; the computed total is shown in the rollup.",
  "budget.line-after-total": (p, f) => `${s(p, "label")} (${money(f, p, "amount")}) is below the Total row, so it is not included in the total.`,
  "period.unreadable": (p) => `The timeline '${s(p, "text")}' cannot be read (${s(p, "reason")}). Write it like 'May – June 2026', 'Q1 2026' or 'Ongoing'.`,
  "period.unscheduled": (p) => `'${s(p, "activity")}' has no timeline yet; it is counted as unscheduled.`,
  "period.end-before-start": (p) => `The timeline '${s(p, "text")}' ends (${s(p, "end")}) before it starts (${s(p, "start")}); check the months or add the year.`,
  "period.dates-disagree": (p) => `The timeline '${s(p, "text")}' runs ${s(p, "expectedStart")} to ${s(p, "expectedEnd")}, but the Start/End dates say ${s(p, "start") || "?"} to ${s(p, "end") || "?"}.`,
  "period.outside-window": (p) => `The timeline '${s(p, "text")}' falls outside the plan period ${s(p, "windowStart")} to ${s(p, "windowEnd")} (from ${s(p, "source")}).`,
  "reference.out-of-range": (p) =>
    s(p, "reversed") ? `The reference '${s(p, "text")}' runs backwards (${s(p, "reversed")}).` : `The reference '${s(p, "text")}' points outside the action plan's Actions ${s(p, "from")} to ${s(p, "to")} (${s(p, "numbers")}).`,
  "reference.unreadable": (p) => `The action-plan reference '${s(p, "text")}' cannot be read (${s(p, "reason")}); write it like 'Actions 38 to 42'.`,
  "activities.overdue": (p) => `'${s(p, "activity")}' ended on ${s(p, "end")} but its status is ${s(p, "status") ? `'${s(p, "status")}'` : "blank"} (as of ${s(p, "asOf")}).`,
  "outreach.unknown-stage": (p) => `'${s(p, "text")}' is not a follow-up stage; use one of: ${s(p, "stages")}.`,
  "sheet.too-large": (p, f) =>
    `The sheet '${s(p, "sheet")}' was not checked: it has ${count(f, p, "cells")} cells, more than the ${count(f, p, "limit")} ${s(p, "scope") === "workbook" ? "left of the limit for the whole workbook" : "a sheet may have"}. Delete unused rows and columns, or split it.`,
  "outreach.future-date": (p) => `The contact is dated ${s(p, "date")}, after today (${s(p, "asOf")}).`,
  "date.unreadable": (p) => `The date '${s(p, "text")}' cannot be read (${s(p, "reason")}).`,
  "staffing.fte-invalid": (p) => `The FTE share '${s(p, "text")}' is not valid (${s(p, "reason")}); write it like 100% or 50%.`,
  "rate.invalid": (p) => `The rate of ${s(p, "currency") || "this currency"} ${s(p, "text") ? `'${s(p, "text")}' ` : ""}is not usable (${s(p, "reason")}); enter a positive number such as 0.9412 (the value of one unit in the budget's currency).`,
  "currency.no-rate": (p, f) => `${s(p, "field")} ${money(f, p, "amount")} is in ${s(p, "currency")}, which has no rate to ${s(p, "base")}; it is left out of the totals. Add ${s(p, "currency")} to a rate table or set --rate ${s(p, "currency")}=…`,
  "amount.negative-not-refund": (p, f) => `${s(p, "field")} is negative (${money(f, p, "amount")}) but the row does not say it is a refund or a reversal.`,
  "contribution.received-over-pledged": (p, f) => `${s(p, "contributor")} has paid ${money(f, p, "received")}, more than the ${money(f, p, "pledged")} pledged.`,
  "contribution.future-date": (p) => `The contribution of ${s(p, "contributor") || "this row"} is dated ${s(p, "date")}, after today (${s(p, "asOf")}).`,
  "contribution.duplicate-contributor": (p) =>
    `${s(p, "contributor")} is listed again${s(p, "year") ? ` for ${s(p, "year")}` : ""} (first in row ${s(p, "firstRow")}); ${s(p, "reading") === "instalments" ? "the notes suggest two instalments of one pledge: check they are not counted twice." : "nothing in the notes says instalment: this looks like a duplicate that doubles the contribution."}`,
  "expenditure.unknown-line": (p) => `'${s(p, "line")}' is not a line of the budget (${s(p, "budget")})${s(p, "nearest") ? `; the nearest line is '${s(p, "nearest")}'` : ""}. It is counted in the total spent but against no line.`,
  "expenditure.line-overspent": (p, f) => `${s(p, "line")} is overspent: ${money(f, p, "spent")} against a budget of ${money(f, p, "budget")} (${share(f, p, "share")}); this payment took it over 100%.`,
  "expenditure.line-near-budget": (p, f) => `${s(p, "line")} is ${share(f, p, "share")} spent (${money(f, p, "spent")} of ${money(f, p, "budget")}); this payment took it past 90%.`,
  "expenditure.outside-year": (p) => `This payment is dated ${s(p, "date")}, outside the budget year ${s(p, "year")}; it is still counted against this budget.`,
  "table.unrecognised": (p) =>
    `No workplan, budget, staffing or outreach table was recognised${s(p, "table") ? ` in table ${s(p, "table")}` : " on this sheet"}. A table needs a header row such as Activity | Lead | Timeline or Cost | Amount in CHF.`,
  "sheet.empty": () => "The sheet is empty.",
  "sheet.not-read": (p, f) => `${notRead(p, f)}; the checks, totals and counts leave it out.`,
  "cell.text-cut": (p, f) =>
    `This cell's text is ${count(f, p, "count")} characters long; only the first ${count(f, p, "max")} are read${n(p, "others") ? ` (and ${count(f, p, "others")} more cells of this sheet are cut the same way)` : ""}.`,
  "table.more-issues": (p, f) =>
    `${n(p, "more") === 1 ? "1 more cell in this table has" : `${count(f, p, "more")} more cells in this table have`} the issue ${s(p, "code")} (${count(f, p, "total")} in all; ${n(p, "listed") === 1 ? "the first is listed" : `the first ${count(f, p, "listed")} are listed`}).`,
};

/** Messages of the work-plan importer (src/core/import): its failures and its notices, keyed by code. */
export const importEn: ImportCatalog = {
  "import.empty": () => "The document is empty: there is no text to import.",
  "import.table-only": (p) => `The document holds only ${n(p, "tables") === 1 ? "a table" : `${s(p, "tables")} tables`} and no text: import the work plan document itself, or check a spreadsheet with 'workplan-check FILE'.`,
  "import.no-timeline": () => "No timeline section was found: the document needs a 'Timeline' section, or periods such as 'February 2026' with the activities below them.",
  "import.empty-period": (p) => `The period '${s(p, "period")}' has no activity below it; it was skipped.`,
  "import.no-period": (p) => `'${s(p, "text")}' comes before any period in the timeline; it was imported with a blank timeline.`,
  "import.deliverable-unattached": (p) => `The deliverable '${s(p, "text")}' follows no activity; it is listed with the deliverables only.`,
  "import.table-skipped": (p) => `A table (${s(p, "rows")} rows) inside the timeline section was not imported as activities.`,
  "import.no-lead": () => "No 'Strategy implementers' section names a lead; the Lead column is blank.",
  "import.amount-unreadable": (p) => `The amount of ${s(p, "label")} ('${s(p, "text")}') cannot be read (${s(p, "reason")}); the line was imported without an amount.`,
  "import.total-differs": (p, f) => `The document's total (${f.units(n(p, "stated"))}) is not the sum of its lines (${f.units(n(p, "sum"))}).`,
  "import.docx-unreadable": (p) => `${s(p, "file")} cannot be read as a Word document (${s(p, "reason")}).`,
  "import.paste-too-long": (p, f) => `The pasted text is ${count(f, p, "length")} characters long; paste the timeline section only (at most ${count(f, p, "max")} characters).`,
  "import.docx-protected": (p) => `${s(p, "file")} is password-protected or encrypted: open it in Word, remove the password (File > Info > Protect Document), save, and import again.`,
};
