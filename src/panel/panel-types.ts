import type { Report } from "../core";

/** Shapes of the report as the panel reads it (the JSON contract, not the core's internals). */
export type ReportIssue = Report["issues"][number];
export type ReportTable = Report["tables"][number];
export type BudgetView = Report["rollups"]["budget"][number];
export type TimelineView = Report["rollups"]["timeline"][number];
export type DeliverableView = Report["rollups"]["deliverables"][number];
export type FundingView = Report["rollups"]["funding"][number];
export type ExecutionView = Report["rollups"]["execution"][number];
export type SeverityName = ReportIssue["severity"];

/** Display order of severities. */
export const SEVERITY_ORDER: readonly SeverityName[] = ["error", "warning", "info"];
