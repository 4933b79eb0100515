import { overdue } from "./activities/overdue";
import { datesDisagree } from "./activities/dates-disagree";
import { endBeforeStart } from "./activities/end-before-start";
import { outsideWindow } from "./activities/outside-window";
import { referenceOutOfRange } from "./activities/reference-out-of-range";
import { referenceUnreadable } from "./activities/reference-unreadable";
import { unreadablePeriod } from "./activities/unreadable-period";
import { unscheduled } from "./activities/unscheduled";
import { blankRowRule } from "./any/blank-row";
import { duplicateRow } from "./any/duplicate-row";
import { errorValue } from "./any/error-value";
import { formulaNotCalculated } from "./any/formula-not-calculated";
import { extraCells } from "./any/extra-cells";
import { mergedCells } from "./any/merged-cells";
import { moneyNotNumeric } from "./any/money-not-numeric";
import { numberAsText } from "./any/number-as-text";
import { requiredBlank } from "./any/required-blank";
import { contributionFutureDate } from "./contributions/future-date";
import { duplicateContributor } from "./contributions/duplicate-contributor";
import { receivedOverPledged } from "./contributions/received-over-pledged";
import { lineNearBudget } from "./expenditure/line-near-budget";
import { lineOverspent } from "./expenditure/line-overspent";
import { outsideYear } from "./expenditure/outside-year";
import { unknownLine } from "./expenditure/unknown-line";
import { negativeNotRefund } from "./funding/negative-amount";
import { noRate } from "./funding/no-rate";
import { invalidRate } from "./rates/invalid-rate";
import { amountNotNumeric } from "./budget/amount-not-numeric";
import { duplicateLabel } from "./budget/duplicate-label";
import { lineAfterTotal } from "./budget/line-after-total";
import { negativeAmount } from "./budget/negative-amount";
import { noTotal } from "./budget/no-total";
import { percentageMismatch } from "./budget/percentage-mismatch";
import { sumCircular } from "./budget/sum-circular";
import { sumOtherSheet } from "./budget/sum-other-sheet";
import { totalTyped } from "./budget/total-typed";
import { columnNoNeighbours } from "./budget/column-no-neighbours";
import { duplicateColumn } from "./budget/duplicate-column";
import { mergedHeaderMixed } from "./budget/merged-header-mixed";
import { percentageColumnMismatch } from "./budget/percentage-column-mismatch";
import { varianceMismatch } from "./budget/variance-mismatch";
import { subtotalEmpty } from "./budget/subtotal-empty";
import { subtotalMismatch } from "./budget/subtotal-mismatch";
import { totalDoubleCounted } from "./budget/total-double-counted";
import { totalMismatch } from "./budget/total-mismatch";
import { futureDate } from "./outreach/future-date";
import { unknownStage } from "./outreach/unknown-stage";
import { unreadableDate } from "./outreach/unreadable-date";
import { fteInvalid } from "./staffing/fte-invalid";

/** Every rule, in the order their issues are listed for a cell. */
export const RULES = [
  errorValue, formulaNotCalculated, requiredBlank, moneyNotNumeric, numberAsText, mergedCells, blankRowRule, duplicateRow, extraCells,
  subtotalMismatch, subtotalEmpty, totalMismatch, totalDoubleCounted, totalTyped, sumCircular, sumOtherSheet, percentageMismatch,
  varianceMismatch, percentageColumnMismatch, columnNoNeighbours, duplicateColumn, mergedHeaderMixed, negativeAmount, amountNotNumeric, duplicateLabel, noTotal, lineAfterTotal,
  unreadablePeriod, unscheduled, endBeforeStart, datesDisagree, outsideWindow, referenceOutOfRange, referenceUnreadable, overdue,
  unknownStage, futureDate, unreadableDate,
  fteInvalid,
  invalidRate, noRate, negativeNotRefund, receivedOverPledged, contributionFutureDate, duplicateContributor,
  unknownLine, lineOverspent, lineNearBudget, outsideYear,
] as const;

/** Findings the detector itself makes (no rule object: they concern sheets, not tables). */
export const DETECTION_CODES = {
  "table.unrecognised": { severity: "info", title: "No table recognised" },
  "sheet.empty": { severity: "info", title: "Empty sheet" },
  "table.more-issues": { severity: "info", title: "More cells with the same issue" },
  "sheet.too-large": { severity: "error", title: "Sheet too large to check" },
  "sheet.not-read": { severity: "error", title: "Part of the sheet not read (past a limit)" },
  "cell.text-cut": { severity: "warning", title: "Cell text cut (past the length limit)" },
} as const;

export type IssueCode = (typeof RULES)[number]["code"] | keyof typeof DETECTION_CODES;
