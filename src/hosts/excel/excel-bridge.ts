import { type Report, resolveSettings, type Settings, SettingsSchema, toReport, validateWorkbook } from "../../core";
import { isoFromDate } from "../../core/parse/date";
import { buildTemplate, isPrefillName, TemplateError, type TemplateKind } from "../../core/templates";
import { type Lang, makeFormat } from "../../core/i18n";
import { type HighlightOutcome, type HostBridge, type Progress, PROGRESS_STEPS } from "../../panel/bridge";
import { chooseLang, type LanguagePrefs } from "../../panel/i18n/choose-lang";
import { documentSettings, type SettingsBag } from "./document-settings";
import { clearHighlights, highlightIssues } from "./highlight";
import { insertTemplate } from "./insert-template";
import { pastedTemplate } from "../../core/import";
import { explainOfficeError, type Operation } from "./office-errors";
import { readWorkbook } from "./read-workbook";
import { selectCell } from "./select-cell";
import { loadLang, loadSettings, saveLang, saveSettings, type UserStore } from "./settings-store";
import { writeRollups } from "./write-rollups";

/** Runs one batch against the workbook: Excel.run in the add-in, a mock's context in tests. */
export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelBridgeOptions {
  readonly run?: Run;
  readonly settings?: () => SettingsBag;
  /** Today's date "YYYY-MM-DD" (the core never reads the clock). */
  readonly today?: () => string;
  readonly documentName?: () => string | undefined;
  /** Whether merged areas can be read (Range.getMergedAreasOrNullObject, ExcelApi 1.13). */
  readonly mergedAreas?: () => boolean;
  /** Office's UI language, a BCP 47 tag ("fr-FR"): Office.context.displayLanguage. */
  readonly displayLanguage?: () => string | undefined;
  /** The user's own store (the pane's localStorage); undefined where the browser blocks it. */
  readonly userStore?: () => UserStore | undefined;
}

/** The pane's localStorage, or undefined where reading the property itself throws (storage blocked). */
const localUserStore = (): UserStore | undefined => {
  try {
    return window.localStorage ?? undefined;
  } catch {
    return undefined;
  }
};

const localToday = (): string => {
  const d = isoFromDate(new Date());
  return d.ok ? d.value : new Date().toISOString().slice(0, 10);
};

/** "https://…/Shared%20Documents/ISU%20Workplan%202026.xlsx?web=1" → "ISU Workplan 2026.xlsx". */
export function fileNameOf(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[?#]/)[0].split(/[\\/]/).filter((p) => p !== "").pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The shared panel's HostBridge for Excel: the only place that calls Excel.run. */
export class ExcelBridge implements HostBridge {
  readonly hostName = "Excel";
  private readonly run: Run;
  private readonly bag: () => SettingsBag;
  private readonly today: () => string;
  private readonly documentName: () => string | undefined;
  private readonly mergedAreas: () => boolean;
  private readonly displayLanguage: () => string | undefined;
  private readonly userStore: () => UserStore | undefined;
  /** The panel's language, for the messages this bridge writes (Office errors explained). */
  private lang: Lang = "en";

  constructor(options: ExcelBridgeOptions = {}) {
    // delayForCellEdit: while the user is typing in a cell, Excel waits for the edit to end instead of failing the
    // request with InvalidOperationInCellEditMode (hosts that predate the option ignore it; office-errors.ts explains).
    this.run = options.run ?? ((batch) => Excel.run({ delayForCellEdit: true }, batch));
    this.bag = options.settings ?? documentSettings;
    this.today = options.today ?? localToday;
    this.documentName = options.documentName ?? (() => fileNameOf(Office.context.document.url));
    this.mergedAreas = options.mergedAreas ?? (() => Office.context.requirements.isSetSupported("ExcelApi", "1.13"));
    this.displayLanguage = options.displayLanguage ?? (() => Office.context.displayLanguage);
    this.userStore = options.userStore ?? localUserStore;
  }

  /** One batch, its Office errors turned into messages a user can act on. */
  private runAs<T>(op: Operation, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    return this.run(batch).catch((e: unknown) => {
      throw explainOfficeError(e, op, this.lang);
    });
  }

  async validate(settings: Settings, onProgress?: Progress): Promise<Report> {
    const resolved = resolveSettings(SettingsSchema.parse(settings), this.today());
    this.lang = resolved.lang;
    const name = this.documentName();
    const snapshot = await this.runAs("read", (context) => readWorkbook(context, { name, mergedAreas: this.mergedAreas(), onProgress }));
    onProgress?.(0, 1, PROGRESS_STEPS.check);
    const report = toReport(validateWorkbook(snapshot, resolved), name);
    onProgress?.(1, 1, PROGRESS_STEPS.check);
    return report;
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.runAs("select", (context) => selectCell(context, sheet, cell));
  }

  highlight(report: Report): Promise<HighlightOutcome> {
    return this.runAs("highlight", (context) => highlightIssues(context, this.bag(), report));
  }

  clearHighlights(): Promise<HighlightOutcome> {
    return this.runAs("clear", (context) => clearHighlights(context, this.bag()));
  }

  writeRollups(report: Report): Promise<{ sheet: string }> {
    return this.runAs("rollups", (context) => writeRollups(context, report, this.lang));
  }

  /** The core's template (a blank plan's Gantt spans this year and the next), on a new sheet with a free name. */
  async insertTemplate(kind: TemplateKind, prefill?: string, lang: Lang = this.lang): Promise<{ sheet: string }> {
    if (prefill !== undefined && !isPrefillName(prefill)) throw new TemplateError(`unknown prefill '${prefill}'`);
    const template = buildTemplate(kind, prefill, { today: this.today(), lang });
    return this.runAs("template", (context) => insertTemplate(context, template));
  }

  /** "Import from text…": the pasted timeline as a new activities sheet (a free name; no sheet is changed). */
  async insertImport(text: string): Promise<{ sheet: string; rows: number }> {
    const built = pastedTemplate(text, this.today(), makeFormat({ lang: this.lang }));
    if (!built.ok) throw new Error(built.reason);
    const { sheet } = await this.runAs("template", (context) => insertTemplate(context, built.value.template));
    return { sheet, rows: built.value.rows };
  }

  async loadSettings(): Promise<Settings> {
    return loadSettings(this.bag());
  }

  saveSettings(settings: Settings): Promise<void> {
    return saveSettings(this.bag(), settings);
  }

  /** Office's language and the user's stored choice: both at hand in the pane, no request to Excel. */
  async loadLanguage(): Promise<LanguagePrefs> {
    const prefs = { hostLocale: this.displayLanguage() ?? null, chosen: loadLang(this.userStore()) };
    this.lang = chooseLang(prefs);
    return prefs;
  }

  async saveLanguage(chosen: Lang | null): Promise<void> {
    saveLang(this.userStore(), chosen);
    this.lang = chooseLang({ hostLocale: this.displayLanguage() ?? null, chosen });
  }
}
