/** The work-plan importer: a document (see document.ts) → activities, deliverables and budgets → template sheets. */
export type { Block, DocModel, Run } from "./document";
export { blockText, normaliseDocument } from "./document";
export { parseText } from "./markdown";
export type { TextOptions } from "./markdown";
export { importPlan } from "./import-plan";
export type { ImportOptions, ImportResult, ImportedRow } from "./import-plan";
export type { ImportedDeliverable } from "./deliverables";
export type { ImportedBudget, ImportedBudgetLine } from "./budget-table";
export type { ImportNotice, ImportNoticeCode } from "./notices";
export type { DocLocation } from "./outline";
export { importedActivitiesTemplate, importedBudgetTemplate, importedTemplates, importWindow } from "./to-template";
export { MAX_PASTE_CHARS, pastedTemplate, previewPasted } from "./paste";
