import type { Report, Settings } from "../../core";
import type { TemplateKind } from "../../core/templates";
import type { HostBridge, Progress } from "../../panel/bridge";
import type { PanelView } from "../../panel/panel-view";

/** The part of google.script.run the bridge uses; each server function is a property of the runner. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** The server functions the sidebar calls (globals in Code.js). */
export type RunTarget = "validate" | "selectCell" | "highlight" | "clearHighlights" | "writeRollups" | "loadSettings" | "saveSettings" | "insertTemplate" | "insertImport";

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

  constructor(private readonly runner: () => ScriptRunner = () => google.script.run) {}

  private call<T>(target: RunTarget, ...args: unknown[]): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const runner = this.runner().withSuccessHandler((v) => resolve(v as T)).withFailureHandler((e) => reject(asError(e)));
      const fn = (runner as unknown as Record<string, unknown>)[target];
      if (typeof fn !== "function") {
        reject(new Error(`The Apps Script project has no function ${target}; push the latest build (npm run push).`));
        return;
      }
      (fn as (...a: unknown[]) => void).apply(runner, args.map(json));
    });
  }

  async validate(settings: Settings, onProgress?: Progress): Promise<PanelView> {
    // The server reads and validates in one call: progress can only say "started" and "done".
    onProgress?.(0, 1, "Reading the spreadsheet…");
    this.settings = settings;
    const report = await this.call<PanelView>("validate", settings);
    onProgress?.(1, 1, "Done");
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

  async loadSettings(): Promise<Settings> {
    return (await this.call<Settings | null>("loadSettings")) ?? {};
  }

  saveSettings(settings: Settings): Promise<void> {
    return this.call<void>("saveSettings", settings);
  }

  /** A blank template sends the kind alone: google.script.run has no `undefined` to send. */
  insertTemplate(kind: TemplateKind, prefill?: string): Promise<{ sheet: string }> {
    return prefill ? this.call("insertTemplate", kind, prefill) : this.call("insertTemplate", kind);
  }

  insertImport(text: string): Promise<{ sheet: string; rows: number }> {
    return this.call("insertImport", text);
  }
}
