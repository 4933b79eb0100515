/** Templates: host-agnostic tables the validator understands by construction (see template.ts for the conventions). */
export type {
  TemplateKind, TemplateValue, TemplateCell, TemplateColumn, TemplateTable, ValidationRule, TemplateValidation,
  TemplateConditionalFormat, TemplateNamedRange, MonthWindow, TemplateSheet,
} from "./template";
export { TemplateError } from "./template";
export { buildTemplate, TEMPLATE_KINDS, PREFILLS, PREFILL_NAMES, isTemplateKind, isPrefillName, prefillsOf } from "./catalog";
export type { PrefillName, TemplateOptions } from "./catalog";
export { templateToSnapshot } from "./snapshot";
export type { TemplateSnapshotOptions } from "./snapshot";
export { templateCells } from "./cells";
export type { PlacedCell } from "./cells";
export { ACTIVITY_HEADERS, ACTIVITY_STATUSES, startEndOf } from "./activities";
export { BUDGET_HEADERS, SOCIAL_CHARGES_RATE_NAME, DEFAULT_SOCIAL_CHARGES_RATE } from "./budget";
export { STAFFING_HEADERS } from "./staffing";
export { OUTREACH_HEADERS } from "./outreach";
export { MONEY_FORMAT, DATE_FORMAT, MONTH_FORMAT, SHARE_FORMAT, FTE_TOTAL_FORMAT, TEXT_FORMAT, PLAIN_MONEY_FORMAT, RATE_FORMAT } from "./formats";
export { defaultWindow, windowMonths } from "./months";
export { renameNames } from "./names";
