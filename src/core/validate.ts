import { a1 } from "./a1";
import { detectTables } from "./detect/detect-tables";
import { fundingContext, FundingContext } from "./funding/context";
import type { Finding, Issue, Severity } from "./issues";
import { KINDS, KindName, RecordsByKind } from "./kinds";
import { makeFormat, type Format } from "./i18n/format";
import { message } from "./messages";
import { planWindow } from "./plan-window";
import { budgetRollup, BudgetRollup } from "./rollups/budget";
import { coverageRollup, CoverageRollup } from "./rollups/coverage";
import { deliverablesRollup, DeliverableRollup } from "./rollups/deliverables";
import { executionRollups, ExecutionRollup } from "./rollups/execution";
import { fundingRollups, FundingRollup } from "./rollups/funding";
import { staffingRollup, StaffingRollup } from "./rollups/staffing";
import { timelineRollup, TimelineRollup } from "./rollups/timeline";
import { DETECTION_CODES, RULES } from "./rules";
import type { Hit, Rule, RuleContext } from "./rules/rule";
import { ResolvedSettings } from "./settings";
import { SheetView } from "./sheet-view";
import { skippedFindings } from "./skipped-findings";
import { cutParams } from "./text";
import type { WorkbookSnapshot } from "./snapshot";
import type { DetectedTable } from "./table";
import { pushAll } from "./max-of";

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
  /** Per configured action plan: the actions the activities cite, and those none cites. */
  readonly coverage: CoverageRollup[];
  readonly funding: FundingRollup[];
  readonly execution: ExecutionRollup[];
}

export interface Validation {
  readonly asOf: string;
  readonly tables: TableSummary[];
  readonly issues: Issue[];
  /** Findings by severity, including those not listed because of the per-rule cap. */
  readonly counts: Readonly<Record<Severity, number>>;
  /** Findings left out of `issues` by the cap (each capped rule has a table.more-issues summary). */
  readonly unlisted: number;
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
  const listed = new IssueList(settings.maxIssuesPerRule, makeFormat({ lang: settings.lang, grouping: settings.grouping }));
  const runs: TableRun[] = [];
  for (const snap of workbook.sheets) {
    if (snap.notRead) {
      const { cells, limit, scope } = snap.notRead;
      listed.add({ code: "sheet.too-large", sheet: snap.name, row: 1, column: 1, params: { sheet: snap.name, cells, limit, scope } }, undefined);
      continue;
    }
    const sheet = new SheetView(snap);
    const detection = detectTables(sheet);
    for (const f of detection.findings) listed.add(f, undefined);
    for (const f of skippedFindings(snap)) listed.add(f, undefined);
    for (const detected of detection.tables) {
      const kind = KINDS[detected.kind];
      const table = kind.prepare ? kind.prepare(detected, { sheet, file: workbook.name, settings }) : detected;
      const records = kind.read({ table, sheet, settings });
      runs.push({ table, sheet, kind: table.kind, records } as TableRun);
    }
  }

  const funding = fundingContext(runs, settings, workbook.name);
  for (const run of runs) {
    const w = planWindow(settings.planWindow, run.table.title, run.table.sheet, workbook.name);
    const listLimit = settings.maxIssuesPerRule > 0 ? settings.maxIssuesPerRule : Infinity;
    const ctx: RuleContext<KindName> = { table: run.table, sheet: run.sheet, records: run.records, settings, window: w, listLimit, funding };
    for (const rule of RULES as readonly Rule<KindName>[]) {
      if (rule.kinds.includes(run.kind)) listed.addHits(rule.code, rule.severity, run.table, rule.check(ctx));
    }
  }

  return {
    asOf: settings.asOf,
    tables: runs.map(({ table, records }) => ({
      sheet: table.sheet, kind: table.kind, range: table.id.slice(table.sheet.length + 1), id: table.id, title: table.title, rows: records.length, source: table.source,
    })),
    issues: listed.sorted(workbook),
    counts: listed.counts,
    unlisted: listed.unlisted,
    rollups: computeRollups(runs, settings, workbook.name, funding),
  };
}

/**
 * Collects findings as issues. A rule firing on every row of a 100,000-row table lists its first
 * `cap` cells and one table.more-issues summary: a panel or a terminal cannot show more usefully,
 * and the counts stay exact. Only listed findings become objects with messages.
 */
class IssueList {
  readonly counts = { error: 0, warning: 0, info: 0 };
  unlisted = 0;
  private readonly issues: Issue[] = [];
  /** `format`: the reader's language and grouping, in which every message is written. */
  constructor(private readonly cap: number, private readonly format: Format) {}

  add(f: Finding, table: string | undefined): void {
    const severity = SEVERITY_OF.get(f.code) ?? "error";
    this.counts[severity]++;
    this.issues.push(toIssue(f, severity, table, this.format));
  }

  addHits(code: string, severity: Severity, table: DetectedTable, hits: readonly Hit[]): void {
    if (hits.length === 0) return;
    this.counts[severity] += hits.length;
    const shown = this.cap > 0 ? Math.min(hits.length, this.cap) : hits.length;
    for (let i = 0; i < shown; i++) {
      const h = hits[i];
      this.issues.push(toIssue({ code, sheet: table.sheet, row: h.row, column: h.column, field: h.field, params: h.params }, severity, table.id, this.format));
    }
    if (shown < hits.length) {
      this.unlisted += hits.length - shown;
      const first = hits[0];
      this.issues.push(toIssue({ code: "table.more-issues", sheet: table.sheet, row: first.row, column: first.column, params: { code, listed: shown, more: hits.length - shown, total: hits.length } }, "info", table.id, this.format));
    }
  }

  /** Sheet order, then row, column and rule order. */
  sorted(workbook: WorkbookSnapshot): Issue[] {
    const sheetIndex = new Map(workbook.sheets.map((s, i) => [s.name, i]));
    const keyed = this.issues.map((i) => ({ i, key: sortKey(sheetIndex.get(i.sheet) ?? 0, i) }));
    keyed.sort((a, b) => a.key - b.key);
    return keyed.map((k) => k.i);
  }
}

/** Sort key: sheet, row, column, rule order, packed in one number (12+21+14+6 bits) so sorting is cheap. */
const RULE_INDEX = new Map<string, number>(RULES.map((r, i) => [r.code, i + 1]));
const sortKey = (sheetIndex: number, f: Finding) =>
  ((sheetIndex * 2 ** 21 + Math.min(f.row, 2 ** 21 - 1)) * 2 ** 14 + Math.min(f.column, 2 ** 14 - 1)) * 64 + (RULE_INDEX.get(f.code) ?? 0);

const toIssue = (found: Finding, severity: Severity, table: string | undefined, format: Format): Issue => {
  const finding = { ...found, params: cutParams(found.params) };
  return {
  ...finding,
  severity,
  cell: a1(finding.row, finding.column),
  table,
  message: message(finding.code, finding.params, format),
  };
};

function computeRollups(runs: TableRun[], settings: ResolvedSettings, file: string | undefined, funding: FundingContext): Rollups {
  const staffing: StaffingRollup[] = [];
  const outreach = runs.filter((r) => r.kind === "outreach").flatMap((r) => r.records as RecordsByKind["outreach"][]);
  for (const r of runs) if (r.kind === "staffing") staffing.push(staffingRollup(r.table, r.records));
  const fte = staffing.length > 0 ? staffing.reduce((s, x) => s + x.fteTotal, 0) : null;
  const budget: BudgetRollup[] = [], timeline: TimelineRollup[] = [], deliverables: DeliverableRollup[] = [];
  for (const r of runs) {
    if (r.kind === "budget") budget.push(budgetRollup(r.table, r.sheet, r.records, settings, fte));
    if (r.kind === "activities") {
      const w = planWindow(settings.planWindow, r.table.title, r.table.sheet, file);
      timeline.push(timelineRollup(r.table, r.records, settings, w));
      pushAll(deliverables, deliverablesRollup(r.table, r.records, outreach.length > 0 ? outreach : undefined, settings.asOf));
    }
  }
  const activities = runs.flatMap((r) => (r.kind === "activities" ? [{ table: r.table, records: r.records }] : []));
  const coverage = activities.length > 0 ? coverageRollup(activities, settings.actionPlans) : [];
  const fundingRows = fundingRollups(runs, funding);
  return { budget, timeline, staffing, deliverables, coverage, funding: fundingRows, execution: executionRollups(runs, funding, settings, fundingRows) };
}

