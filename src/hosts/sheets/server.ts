/**
 * @OnlyCurrentDoc
 *
 * Apps Script entry: glue only. Each export becomes a top-level function in Code.js (simple
 * triggers, menu items, google.script.run targets); the custom functions at the end are assigned to
 * `global` (see there). The logic lives in the modules imported here, which take the services as
 * arguments so tests can fake them. Values returned to the sidebar go through toPlain (JSON only).
 */
import type { Settings } from "../../core";
import { type Lang, makeFormat } from "../../core/i18n";
import { chooseLang, type LanguagePrefs } from "../../panel/i18n/choose-lang";
import { parseLang } from "../../core/i18n";
import { clearHighlights as clearAll } from "./clear-highlights";
import * as custom from "./custom-functions";
import { highlight as paint } from "./highlight";
import { insertTemplate as insert, type TemplateServices } from "./insert-template";
import { insertImport as insertPasted } from "./insert-import";
import { addMenu } from "./menu";
import * as actions from "./menu-actions";
import { panelView, type PanelView } from "../../panel/panel-view";
import { toPlain } from "./plain";
import { todayIn, validateForAction, validateSpreadsheet } from "./run-validation";
import { selectCell as select } from "./select-cell";
import type { GasUi, Services } from "./services";
import { loadSettings as load, loadUserLang, saveSettings as save, saveUserLang } from "./settings-store";
import { sidebarOutput } from "./sidebar-output";
import { writeRollups as write } from "./write-rollups";

function services(): Services {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    properties: PropertiesService.getDocumentProperties(),
    formatDate: (date, timeZone, pattern) => Utilities.formatDate(date, timeZone, pattern),
    documentLock: () => LockService.getDocumentLock(),
    flush: () => SpreadsheetApp.flush(),
  };
}

function templateServices(): TemplateServices {
  return {
    spreadsheet: SpreadsheetApp.getActiveSpreadsheet(),
    builders: SpreadsheetApp,
    formatDate: (date, timeZone, pattern) => Utilities.formatDate(date, timeZone, pattern),
    parseDate: (text, timeZone, pattern) => Utilities.parseDate(text, timeZone, pattern),
  };
}

/**
 * Sheets hands a custom function its date cells as Dates at the cell's wall-clock time in the
 * SCRIPT's time zone (appsscript.json), and shows a returned Date's wall-clock time in that zone
 * too; "if the spreadsheet and the script use different time zones, the custom function will need to
 * compensate" (custom-functions guide). So dates cross in the script's zone; today is the
 * spreadsheet's. The saved settings apply, as in the panel.
 */
function customContext(): custom.CustomFunctionContext {
  const scriptZone = Session.getScriptTimeZone();
  const formatDate = (date: Date, tz: string, pattern: string) => Utilities.formatDate(date, tz, pattern);
  return {
    timeZone: scriptZone,
    formatDate,
    toDate: (iso) => Utilities.parseDate(iso, scriptZone, "yyyy-MM-dd"),
    today: () => todayIn(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), formatDate),
    settings: () => load(PropertiesService.getDocumentProperties()),
  };
}

/**
 * The user's language: the choice stored in their own properties, and their Google account's locale
 * (Session.getActiveUserLocale(): "fr", "es_419", "en_GB" …; "" where Apps Script cannot tell).
 */
function userLanguage(): LanguagePrefs {
  return { hostLocale: Session.getActiveUserLocale(), chosen: loadUserLang(PropertiesService.getUserProperties()) };
}

/**
 * The user's language where Apps Script may not tell: a simple trigger (onOpen) or an add-on opened without
 * authorization cannot always read the user's properties; English then, rather than no menu.
 */
function menuLang(): Lang {
  try {
    return chooseLang(userLanguage());
  } catch {
    return "en";
  }
}

/** Adds the Workplan Check menu when the spreadsheet opens, in the user's language. */
export function onOpen(): void {
  addMenu(SpreadsheetApp.getUi(), menuLang());
}

/** Same menu right after installation as an add-on. */
export function onInstall(): void {
  onOpen();
}

/** Opens the Workplan Check panel. */
export function showSidebar(): void {
  const ui: GasUi = SpreadsheetApp.getUi();
  ui.showSidebar(sidebarOutput(HtmlService, "report", chooseLang(userLanguage())));
}

/** Opens the panel on its settings. */
export function showSettings(): void {
  const ui: GasUi = SpreadsheetApp.getUi();
  ui.showSidebar(sidebarOutput(HtmlService, "settings", chooseLang(userLanguage())));
}

/** Opens the panel on its Insert template… section. */
export function showInsertTemplate(): void {
  const ui: GasUi = SpreadsheetApp.getUi();
  ui.showSidebar(sidebarOutput(HtmlService, "insert-template", chooseLang(userLanguage())));
}

/** Menu: validate and show the counts. */
export function validateFromMenu(): void {
  actions.validateFromMenu(services(), menuLang());
}

/** Menu: validate, then colour the cells of the issues. */
export function highlightFromMenu(): void {
  actions.highlightFromMenu(services(), menuLang());
}

/** Menu: restore the fills Highlight changed. */
export function clearHighlightsFromMenu(): void {
  actions.clearHighlightsFromMenu(services(), menuLang());
}

/** Menu: validate, then write the rollup sheet. */
export function writeRollupsFromMenu(): void {
  actions.writeRollupsFromMenu(services(), menuLang());
}

/**
 * Sidebar: reads the spreadsheet and returns what the panel draws of the report (plain JSON):
 * panelView keeps the issues, tables and totals whole, trims the Gantt rows, deliverables and
 * coverage citations to what the panel shows and counts the rest (0.6 MB instead of 27 MB for
 * 50,000 rows). Highlight and Write rollups read the spreadsheet again, so nothing is lost for them.
 */
export function validate(settings?: Settings): PanelView {
  return toPlain(panelView(validateSpreadsheet(services(), settings)));
}

/** Sidebar: shows a cell. */
export function selectCell(sheet: string, cell: string): void {
  select(services().spreadsheet, sheet, cell);
}

/**
 * Sidebar: colours the cells of every issue. The sidebar sends only its settings (not the report it
 * shows, 14 MB for 50,000 rows): the server reads the spreadsheet again, so what it colours is
 * what the sheet holds now, every finding included (not only the ones listed in the panel).
 */
export function highlight(settings?: Settings): { cells: number } {
  const s = services();
  return toPlain(paint(s, validateForAction(s, settings, "highlight")));
}

/** Sidebar: restores the fills Highlight changed. */
export function clearHighlights(): { cells: number } {
  return toPlain(clearAll(services()));
}

/** Sidebar: writes the rollup sheet, from a fresh read (the sidebar sends its settings only). */
export function writeRollups(settings?: Settings): { sheet: string } {
  const s = services();
  return toPlain(write(s, validateForAction(s, settings, "rollups"), parseLang(settings?.lang) ?? chooseLang(userLanguage())));
}

/**
 * Sidebar: inserts a template (kind: activities, budget, staffing, outreach; prefill: one of the core's
 * PREFILLS, or none) on a new sheet with a free name, and returns that name.
 */
export function insertTemplate(kind: string, prefill?: string | null, lang?: string | null): { sheet: string } {
  return toPlain(insert(templateServices(), kind, prefill, lang ?? chooseLang(userLanguage())));
}

/** Sidebar: the pasted timeline of a work plan as a new activities sheet with a free name. */
export function insertImport(text: string): { sheet: string; rows: number } {
  return toPlain(insertPasted(templateServices(), text, makeFormat({ lang: chooseLang(userLanguage()) })));
}

/** Sidebar: the settings saved in this document. */
export function loadSettings(): Settings {
  return toPlain(load(PropertiesService.getDocumentProperties()));
}

/** Sidebar: saves the settings in this document (the language is not among them: it is each user's). */
export function saveSettings(settings: Settings): void {
  save(PropertiesService.getDocumentProperties(), settings, chooseLang(userLanguage()));
}

/** Sidebar, its first call: the document's settings and the user's language, in one round trip. */
export function loadPanel(): { settings: Settings; language: LanguagePrefs } {
  return toPlain({ settings: load(PropertiesService.getDocumentProperties()), language: userLanguage() });
}

/** Sidebar: stores the user's panel language in their own properties (null: back to their account's). */
export function saveLanguage(lang: unknown): void {
  saveUserLang(PropertiesService.getUserProperties(), lang);
}

/*
 * Custom functions are assigned to `global` rather than exported: gas-entry-generator copies a JSDoc
 * comment (and the parameter names) into the top-level stub only for such assignments, and Sheets
 * reads @customfunction from that stub for its autocomplete.
 */
declare const global: Record<string, unknown>;

/**
 * The first day of a workplan timeline.
 * Example: =WORKPLAN_PERIOD_START("May – June 2026") gives 1 May 2026.
 *
 * @param {string} timeline Timeline text such as "Q1 2026", "May – June 2026" or "3RC", or a range of them.
 * @return {Date} The first day of the period.
 * @customfunction
 */
global.WORKPLAN_PERIOD_START = function (timeline: unknown): unknown {
  return custom.periodStart(timeline, customContext());
};

/**
 * The last day of a workplan timeline.
 * Example: =WORKPLAN_PERIOD_END("May – June 2026") gives 30 June 2026.
 *
 * @param {string} timeline Timeline text such as "Q1 2026", "May – June 2026" or "3RC", or a range of them.
 * @return {Date} The last day of the period.
 * @customfunction
 */
global.WORKPLAN_PERIOD_END = function (timeline: unknown): unknown {
  return custom.periodEnd(timeline, customContext());
};

/**
 * An amount written as text, as a number.
 * Example: =WORKPLAN_AMOUNT("514'753") gives 514753.
 *
 * @param {string} text Amount text such as "514'753" or "CHF 20'000.-", or a range of them.
 * @return {number} The amount in currency units.
 * @customfunction
 */
global.WORKPLAN_AMOUNT = function (text: unknown): unknown {
  return custom.amount(text);
};

/**
 * Checks a table (its header row and data rows) with the saved settings and returns its first problem, or "OK".
 * Example: =WORKPLAN_CHECK(A3:C10, TODAY())
 *
 * @param {A3:C10} table The table's range, header row included.
 * @param {TODAY()} as_of Optional: the date to check against. Pass TODAY() so the answer is recalculated each day; without it, the saved as-of date, else the day of the last recalculation.
 * @return {string} The first error (else warning) message, or "OK".
 * @customfunction
 */
global.WORKPLAN_CHECK = function (table: unknown, as_of?: unknown): string {
  return custom.check(table, customContext(), as_of);
};
