/** Templates: host-agnostic tables the validator understands by construction (see template.ts for the conventions). */
export type {
  TemplateKind, TemplateValue, TemplateCell, TemplateColumn, TemplateTable, ValidationRule, TemplateValidation,
  TemplateConditionalFormat, TemplateNamedRange, MonthWindow, TemplateSheet,
} from "./template";
export { TemplateError } from "./template";
export { buildTemplate, TEMPLATE_KINDS, templateKinds, PREFILLS, PREFILL_NAMES, prefillTitle, isTemplateKind, isPrefillName, prefillsOf } from "./catalog";
export type { PrefillName, TemplateOptions, TemplateKindInfo } from "./catalog";
export { templateToSnapshot } from "./snapshot";
export type { TemplateSnapshotOptions } from "./snapshot";
export { templateCells } from "./cells";
export type { PlacedCell } from "./cells";
export { ACTIVITY_HEADERS, ACTIVITY_STATUSES, activityHeaders, activityStatuses, statusIn, monthFormatOf, startEndOf } from "./activities";
export { BUDGET_HEADERS, budgetHeaders, SOCIAL_CHARGES_RATE_NAME, DEFAULT_SOCIAL_CHARGES_RATE } from "./budget";
export { STAFFING_HEADERS, staffingHeaders } from "./staffing";
export { OUTREACH_HEADERS, outreachHeaders, outreachStages } from "./outreach";
export { contributionHeaders } from "./contributions";
export { expenditureHeaders } from "./expenditure";
export { rateHeaders } from "./rates";
export { ACTIVITIES_TEXT, BUDGET_TEXT, CATALOG_TEXT, LEDGERS_TEXT, OUTREACH_TEXT, STAFFING_TEXT } from "./text";
export type { ActivitiesText, BudgetText, CatalogText, LedgersText, OutreachText, StaffingText } from "./text";
export { MONEY_FORMAT, DATE_FORMAT, MONTH_FORMAT, SHARE_FORMAT, FTE_TOTAL_FORMAT, TEXT_FORMAT, PLAIN_MONEY_FORMAT, RATE_FORMAT } from "./formats";
export { defaultWindow, windowMonths } from "./months";
export { renameNames } from "./names";
