import type { Report, Settings } from "../core";
import type { TemplateKind } from "../core/templates";
import type { Lang } from "../core/i18n";
import type { LanguagePrefs } from "./i18n/choose-lang";
import type { PanelView } from "./panel-view";

/**
 * The steps hosts report as progress labels; the panel shows each in the reader's language (render-status.ts),
 * as it does a per-sheet "Reading “Budget”". Labels are a protocol between host and panel, never shown as such.
 */
export const PROGRESS_STEPS = {
  readWorkbook: "Reading the workbook",
  readSpreadsheet: "Reading the spreadsheet…",
  check: "Checking the tables",
  done: "Done",
} as const;

/** Progress of a long read or validation, for the panel's progress bar. */
export type Progress = (done: number, total: number, label: string) => void;

/**
 * What the shared panel needs from a host. The Excel task pane implements it in the page
 * (Office.js); the Sheets sidebar through google.script.run; tests with a fake. Plain data only:
 * everything crossing it must survive JSON (google.script.run cannot carry Date).
 */
export interface HostBridge {
  readonly hostName: string;
  /**
   * Reads the workbook, runs the core, returns the report — or, where the report must cross a size
   * limit (Apps Script), its panel view (panelView: what the panel draws, with counts of the rest).
   */
  validate(settings: Settings, onProgress?: Progress): Promise<PanelView>;
  /** Selects (activates) a cell so the user sees it. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /**
   * Colours the cells of the report's issues; remembers previous fills so clear restores them.
   * `protectedSheets`: sheets left alone because their protection does not allow formatting cells.
   */
  highlight(report: Report): Promise<HighlightOutcome>;
  clearHighlights(): Promise<HighlightOutcome>;
  /** Creates or refreshes the add-in's own rollup sheet. */
  writeRollups(report: Report): Promise<{ sheet: string }>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  /**
   * Inserts a ready-made table (src/core/templates) on a new sheet with a free name, never over an
   * existing sheet; optionally pre-filled with a seed (PREFILLS); its headers and dropdowns in `lang` (the panel's).
   * Resolves with the sheet's name.
   */
  insertTemplate(kind: TemplateKind, prefill?: string, lang?: Lang): Promise<{ sheet: string }>;
  /**
   * "Import from text…": the pasted timeline of a work plan (src/core/import/paste.ts) as a new
   * activities sheet with a free name, never over an existing sheet. Resolves with its name and rows.
   */
  insertImport?(text: string): Promise<{ sheet: string; rows: number }>;
  /**
   * The user's language: the host's own (Office.context.displayLanguage, Session.getActiveUserLocale()) and the
   * choice the user stored (per user, never in the document). A host without it: English, no choice.
   */
  loadLanguage?(): Promise<LanguagePrefs>;
  /** Stores the user's choice for this user only; null goes back to the host's language. */
  saveLanguage?(chosen: Lang | null): Promise<void>;
}

export interface HighlightOutcome {
  readonly cells: number;
  readonly protectedSheets?: readonly string[];
}

/** Name of the one sheet the add-in writes rollups to (never a user sheet). */
export const ROLLUP_SHEET = "Workplan Rollups";
/** Fill colours for highlights, by severity. */
export const HIGHLIGHT_COLOURS = { error: "#FDE7E9", warning: "#FFF4CE", info: "#DEECF9" } as const;
