import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import type { Report, Settings, WorkbookSnapshot } from "../../../src/core";
import { pastedTemplate } from "../../../src/core/import";
import { buildTemplate, isPrefillName, templateToSnapshot } from "../../../src/core/templates";
import type { TemplateKind } from "../../../src/core/templates";
import { freeSheetName } from "../../../src/hosts/excel/free-names";
import { type HostBridge, type Progress, PROGRESS_STEPS } from "../../../src/panel/bridge";
import type { Lang } from "../../../src/core/i18n";
import type { LanguagePrefs } from "../../../src/panel/i18n/choose-lang";

/** The as-of date the harness uses when the settings give none, so runs are reproducible. */
export const HARNESS_TODAY = "2026-01-15";

export interface RecordedCall {
  readonly method: string;
  readonly args: unknown[];
}

/** Knobs a test sets on window (page.evaluate) to steer the fake. */
export interface HarnessControls {
  /** method name → message: that method rejects with an Error carrying the message. */
  fail: Record<string, string>;
  /** When true, validate() waits until release() is called: tests can look at the running state. */
  hold: boolean;
  release: () => void;
}

/**
 * A host in the page: holds a workbook snapshot, runs the real core (as the Excel task pane does),
 * records every call and keeps settings in memory. An inserted template is added to the snapshot as a
 * new sheet (with its formulas' results, as a spreadsheet shows them), so the next Validate sees it.
 */
export class FakeBridge implements HostBridge {
  hostName = "Test harness";
  readonly calls: RecordedCall[] = [];
  readonly reports: Report[] = [];
  private waiting: (() => void)[] = [];
  readonly controls: HarnessControls = { fail: {}, hold: false, release: () => this.waiting.splice(0).forEach((f) => f()) };

  constructor(private snapshot: WorkbookSnapshot, private settings: Settings = {}, private language: LanguagePrefs = {}) {}

  private record(method: string, args: unknown[]): void {
    // Copies through JSON, as a real host boundary would: tests see what crossed, not live objects.
    this.calls.push({ method, args: JSON.parse(JSON.stringify(args)) });
    const message = this.controls.fail[method];
    if (message !== undefined) throw new Error(message);
  }

  async validate(settings: Settings, onProgress?: Progress): Promise<Report> {
    this.record("validate", [settings]);
    const sheets = this.snapshot.sheets;
    for (let i = 0; i < sheets.length; i++) {
      onProgress?.(i, sheets.length, `Reading “${sheets[i].name}”`);
      await new Promise((r) => setTimeout(r, 0)); // let the page paint, as a real host's round trips would
    }
    if (this.controls.hold) await new Promise<void>((r) => this.waiting.push(r));
    onProgress?.(sheets.length, sheets.length, PROGRESS_STEPS.check);
    const report = toReport(validateWorkbook(this.snapshot, resolveSettings(settings, HARNESS_TODAY)), this.snapshot.name);
    this.reports.push(report);
    return report;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.record("selectCell", [sheet, cell]);
  }

  async highlight(report: Report): Promise<{ cells: number }> {
    this.record("highlight", [{ issues: report.issues.length }]);
    return { cells: new Set(report.issues.map((i) => `${i.sheet}!${i.cell}`)).size };
  }

  async clearHighlights(): Promise<{ cells: number }> {
    this.record("clearHighlights", []);
    const last = this.calls.filter((c) => c.method === "highlight").length > 0 ? this.reports[this.reports.length - 1] : undefined;
    return { cells: last ? new Set(last.issues.map((i) => `${i.sheet}!${i.cell}`)).size : 0 };
  }

  async writeRollups(report: Report): Promise<{ sheet: string }> {
    this.record("writeRollups", [{ budget: report.rollups.budget.length, timeline: report.rollups.timeline.length }]);
    return { sheet: "Workplan Rollups" };
  }

  /** Recorded as [kind, prefill or null, lang]: what the panel asked for, in which language. */
  async insertTemplate(kind: TemplateKind, prefill?: string, lang?: Lang): Promise<{ sheet: string }> {
    this.record("insertTemplate", [kind, prefill ?? null, lang ?? null]);
    if (prefill !== undefined && !isPrefillName(prefill)) throw new Error(`unknown prefill '${prefill}'`);
    const template = buildTemplate(kind, prefill, { today: HARNESS_TODAY, lang });
    const sheet = freeSheetName(this.snapshot.sheets.map((s) => s.name), template.sheetName);
    this.snapshot = { ...this.snapshot, sheets: [...this.snapshot.sheets, { ...templateToSnapshot(template), name: sheet }] };
    return { sheet };
  }

  async insertImport(text: string): Promise<{ sheet: string; rows: number }> {
    this.record("insertImport", [text]);
    const built = pastedTemplate(text, HARNESS_TODAY);
    if (!built.ok) throw new Error(built.reason);
    const sheet = freeSheetName(this.snapshot.sheets.map((s) => s.name), built.value.template.sheetName);
    this.snapshot = { ...this.snapshot, sheets: [...this.snapshot.sheets, { ...templateToSnapshot(built.value.template), name: sheet }] };
    return { sheet, rows: built.value.rows };
  }

  async loadSettings(): Promise<Settings> {
    this.record("loadSettings", []);
    return JSON.parse(JSON.stringify(this.settings));
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.record("saveSettings", [settings]);
    this.settings = JSON.parse(JSON.stringify(settings));
  }

  /** The host's locale and the user's stored choice, as a test set them (window.__HARNESS_LANGUAGE__). */
  async loadLanguage(): Promise<LanguagePrefs> {
    this.record("loadLanguage", []);
    return { ...this.language };
  }

  async saveLanguage(chosen: Lang | null): Promise<void> {
    this.record("saveLanguage", [chosen]);
    this.language = { ...this.language, chosen };
  }
}
