/** The core's public API: hosts import from here only. */
export { validateWorkbook } from "./validate";
export type { Validation, Rollups, TableSummary } from "./validate";
export { toReport, ReportSchema } from "./report/report";
export type { Report } from "./report/report";
export { resolveSettings, SettingsSchema, DEFAULT_MILESTONES, LAUSANNE_ACTION_PLAN } from "./settings";
export type { Settings, ResolvedSettings, ActionPlan } from "./settings";
export type { WorkbookSnapshot, SheetSnapshot, RawCell, DateCell, HostTable, MergedArea, SkippedPart } from "./snapshot";
export { LIMITS, PARAM_TEXT_MAX } from "./limits";
export type { LimitName } from "./limits";
export type { Issue, Severity } from "./issues";
export { RULES } from "./rules";
export type { IssueCode } from "./rules";
export { a1, parseA1, columnLetters, qualified } from "./a1";
export { formatMoney, formatShare } from "./format/money";
export { parsePeriod, periodFromIsoDate, monthKey, quarterKey, monthIndex } from "./parse/period";
export type { Period, MonthIndex } from "./parse/period";
export { parseAmountText, amountFromNumber, minorToUnits } from "./parse/amount";
export { excelSerialToIso, isoToExcelSerial, isoFromDate, isDateFormat, parseDateText } from "./parse/date";
