import type { Report, Settings } from "../../core";
import type { TemplateKind } from "../../core/templates";
import type { Lang } from "../../core/i18n";
import { type HostBridge, type Progress, PROGRESS_STEPS } from "../../panel/bridge";
import { panelText } from "../../panel/i18n";
import { chooseLang, type LanguagePrefs } from "../../panel/i18n/choose-lang";
import type { PanelView } from "../../panel/panel-view";

/** The part of google.script.run the bridge uses; each server function is a property of the runner. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** The server functions the sidebar calls (globals in Code.js). */
export type RunTarget = "validate" | "selectCell" | "highlight" | "clearHighlights" | "writeRollups" | "loadPanel" | "saveSettings" | "saveLanguage" | "insertTemplate" | "insertImport";

/** What the server's loadPanel returns: the first call carries the user's language with the settings. */
export interface PanelStart {
  readonly settings: Settings | null;
  readonly language: LanguagePrefs | null;
}

declare const google: { script: { run: ScriptRunner } };

/** google.script.run carries JSON-like data only: no Date, no undefined fields, no functions. */
const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

const asError = (e: unknown): Error =>
  e instanceof Error ? e : new Error(typeof e === "object" && e !== null && "message" in e ? String((e as { message: unknown }).message) : String(e));

/**
 * HostBridge for the Sheets sidebar: each call is one google.script.run round trip, as a promise.
 * The runner is fetched per call because google.script.run hands out a fresh runner each time, so
 * handlers of concurrent calls never mix. The sidebar keeps the report it shows and never sends it
 * back (14 MB for 50,000 rows): Highlight and Write rollups send the settings of the last
 * validation, and the server reads the spreadsheet again.
 */
export class SheetsBridge implements HostBridge {
  readonly hostName = "Google Sheets";
  private settings: Settings = {};
  /** The panel's language, for the few messages the bridge writes itself. */
  private lang: Lang = "en";
  private start: Promise<PanelStart> | null = null;
  private hostLocale: string | null = null;

  constructor(private readonly runner: () => ScriptRunner = () => google.script.run) {}

  private call<T>(target: RunTarget, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = this.runner().withSuccessHandler((v) => resolve(v as T)).withFailureHandler((e) => reject(asError(e)));
      const fn = (runner as unknown as Record<string, unknown>)[target];
      if (typeof fn !== "function") {
        reject(new Error(panelText(this.lang).host.missingFunction(target)));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args.map(json));
    });
  }

  async validate(settings: Settings, onProgress?: Progress): Promise<PanelView> {
    // The server reads and validates in one call: progress can only say "started" and "done".
    onProgress?.(0, 1, PROGRESS_STEPS.readSpreadsheet);
    this.settings = settings;
    if (settings.lang) this.lang = settings.lang;
    const report = await this.call<PanelView>("validate", settings);
    onProgress?.(1, 1, PROGRESS_STEPS.done);
    return report;
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.call<void>("selectCell", sheet, cell);
  }

  highlight(_shown: Report): Promise<{ cells: number }> {
    return this.call("highlight", this.settings);
  }

  clearHighlights(): Promise<{ cells: number }> {
    return this.call("clearHighlights");
  }

  writeRollups(_shown: Report): Promise<{ sheet: string }> {
    return this.call("writeRollups", this.settings);
  }

  /** One round trip for the settings and the language, however many of the two the panel asks for. */
  private panelStart(): Promise<PanelStart> {
    this.start ??= this.call<PanelStart | null>("loadPanel").then((s) => s ?? { settings: null, language: null });
    return this.start;
  }

  async loadSettings(): Promise<Settings> {
    return (await this.panelStart()).settings ?? {};
  }

  async loadLanguage(): Promise<LanguagePrefs> {
    const prefs = (await this.panelStart()).language ?? {};
    this.hostLocale = prefs.hostLocale ?? null;
    this.lang = chooseLang(prefs);
    return prefs;
  }

  async saveLanguage(chosen: Lang | null): Promise<void> {
    await this.call<void>("saveLanguage", chosen);
    this.lang = chooseLang({ hostLocale: this.hostLocale, chosen });
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.call<void>("saveSettings", settings);
  }

  /** A blank template sends "" for its prefill: google.script.run has no `undefined` to send. In `lang`, else the panel's. */
  insertTemplate(kind: TemplateKind, prefill?: string, lang: Lang = this.lang): Promise<{ sheet: string }> {
    return this.call("insertTemplate", kind, prefill ?? "", lang);
  }

  insertImport(text: string): Promise<{ sheet: string; rows: number }> {
    return this.call("insertImport", text);
  }
}
