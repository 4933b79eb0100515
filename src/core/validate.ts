import { a1 } from "./a1";
import { detectTables } from "./detect/detect-tables";
import type { Finding, Issue, Severity } from "./issues";
import { KINDS, KindName, RecordsByKind } from "./kinds";
import { message } from "./messages/en";
import { planWindow } from "./plan-window";
import { budgetRollup, BudgetRollup } from "./rollups/budget";
import { deliverablesRollup, DeliverableRollup } from "./rollups/deliverables";
import { staffingRollup, StaffingRollup } from "./rollups/staffing";
import { timelineRollup, TimelineRollup } from "./rollups/timeline";
import { DETECTION_CODES, RULES } from "./rules";
import type { Rule, RuleContext } from "./rules/rule";
import { toFindings } from "./rules/rule";
import { ResolvedSettings } from "./settings";
import { SheetView } from "./sheet-view";
import type { WorkbookSnapshot } from "./snapshot";
import type { DetectedTable } from "./table";

export interface TableSummary {
  readonly sheet: string;
  readonly kind: KindName;
  /** A1 range of header and data rows, e.g. "A3:C11". */
  readonly range: string;
  readonly id: string;
  readonly title?: string;
  readonly rows: number;
  readonly source: "host-table" | "detected";
}

export interface Rollups {
  readonly budget: BudgetRollup[];
  readonly timeline: TimelineRollup[];
  readonly staffing: StaffingRollup[];
  readonly deliverables: DeliverableRollup[];
}

export interface Validation {
  readonly asOf: string;
  readonly tables: TableSummary[];
  readonly issues: Issue[];
  readonly counts: Readonly<Record<Severity, number>>;
  readonly rollups: Rollups;
}

type TableRun = { [K in KindName]: { table: DetectedTable; sheet: SheetView; kind: K; records: RecordsByKind[K][] } }[KindName];

const SEVERITY_OF = new Map<string, Severity>([
  ...RULES.map((r) => [r.code, r.severity] as [string, Severity]),
  ...Object.entries(DETECTION_CODES).map(([c, d]) => [c, d.severity] as [string, Severity]),
]);

/**
 * The core's one entry point: a workbook snapshot in, issues and rollups out. Pure: the clock and
 * the host are outside (settings carry the as-of date).
 */
export function validateWorkbook(workbook: WorkbookSnapshot, settings: ResolvedSettings): Validation {
  const findings: { finding: Finding; table?: string }[] = [];
  const runs: TableRun[] = [];
  for (const snap of workbook.sheets) {
    const sheet = new SheetView(snap);
    const detection = detectTables(sheet);
    for (const f of detection.findings) findings.push({ finding: f });
    for (const table of detection.tables) {
      const kind = KINDS[table.kind];
      const records = kind.read({ table, sheet, settings });
      runs.push({ table, sheet, kind: table.kind, records } as TableRun);
    }
  }

  for (const run of runs) {
    const w = planWindow(settings.planWindow, run.table.title, run.table.sheet, workbook.name);
    const ctx: RuleContext<KindName> = { table: run.table, sheet: run.sheet, records: run.records, settings, window: w };
    for (const rule of RULES as readonly Rule<KindName>[]) {
      if (!rule.kinds.includes(run.kind)) continue;
      for (const f of toFindings(rule.code, run.table, rule.check(ctx))) findings.push({ finding: f, table: run.table.id });
    }
  }

  const sheetOrder = new Map(workbook.sheets.map((s, i) => [s.name, i]));
  const ruleOrder = new Map<string, number>(RULES.map((r, i) => [r.code, i]));
  findings.sort((a, b) =>
    (sheetOrder.get(a.finding.sheet)! - sheetOrder.get(b.finding.sheet)!) || a.finding.row - b.finding.row ||
    a.finding.column - b.finding.column || (ruleOrder.get(a.finding.code) ?? -1) - (ruleOrder.get(b.finding.code) ?? -1));
  const issues: Issue[] = findings.map(({ finding, table }) => ({
    ...finding,
    severity: SEVERITY_OF.get(finding.code) ?? "error",
    cell: a1(finding.row, finding.column),
    table,
    message: message(finding.code, finding.params),
  }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;

  return {
    asOf: settings.asOf,
    tables: runs.map(({ table, records }) => ({
      sheet: table.sheet, kind: table.kind, range: table.id.slice(table.sheet.length + 1), id: table.id, title: table.title, rows: records.length, source: table.source,
    })),
    issues,
    counts,
    rollups: computeRollups(runs, settings, workbook.name),
  };
}

function computeRollups(runs: TableRun[], settings: ResolvedSettings, file: string | undefined): Rollups {
  const staffing: StaffingRollup[] = [];
  const outreach = runs.filter((r) => r.kind === "outreach").flatMap((r) => r.records as RecordsByKind["outreach"][]);
  for (const r of runs) if (r.kind === "staffing") staffing.push(staffingRollup(r.table, r.records));
  const fte = staffing.length > 0 ? staffing.reduce((s, x) => s + x.fteTotal, 0) : null;
  const budget: BudgetRollup[] = [], timeline: TimelineRollup[] = [], deliverables: DeliverableRollup[] = [];
  for (const r of runs) {
    if (r.kind === "budget") budget.push(budgetRollup(r.table, r.records, settings, fte));
    if (r.kind === "activities") {
      const w = planWindow(settings.planWindow, r.table.title, r.table.sheet, file);
      timeline.push(timelineRollup(r.table, r.records, settings, w));
      deliverables.push(...deliverablesRollup(r.table, r.records, outreach.length > 0 ? outreach : undefined, settings.asOf));
    }
  }
  return { budget, timeline, staffing, deliverables };
}
