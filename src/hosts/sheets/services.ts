/**
 * The small part of the Apps Script services this host uses. Modules take these interfaces, never the
 * globals, so tests can pass an in-memory fake; server.ts is the one place that hands in the real ones.
 * The type checks at the bottom prove the real services satisfy this surface.
 */

export interface GasRange {
  getValues(): unknown[][];
  getBackgrounds(): string[][];
  getMergedRanges(): GasRange[];
  getRow(): number;
  getColumn(): number;
  getLastRow(): number;
  getLastColumn(): number;
  setValues(values: unknown[][]): GasRange;
  setBackgrounds(colours: (string | null)[][]): GasRange;
  activate(): GasRange;
}

export interface GasRangeList {
  setBackground(colour: string | null): GasRangeList;
  setFontWeight(weight: "bold" | "normal" | null): GasRangeList;
  setNumberFormat(format: string): GasRangeList;
}

export interface GasSheet {
  getName(): string;
  getSheetId(): number;
  getDataRange(): GasRange;
  getRange(a1: string): GasRange;
  getRange(row: number, column: number, rows: number, columns: number): GasRange;
  getRangeList(a1s: string[]): GasRangeList;
  activate(): GasSheet;
  clear(): GasSheet;
}

export interface GasSpreadsheet {
  getName(): string;
  getSheets(): GasSheet[];
  getSheetByName(name: string): GasSheet | null;
  insertSheet(name: string): GasSheet;
  getSpreadsheetTimeZone(): string;
  toast(message: string, title: string, timeoutSeconds: number | null): void;
}

export interface GasProperties {
  getProperty(key: string): string | null;
  getProperties(): Record<string, string>;
  setProperties(properties: Record<string, string>): GasProperties;
  deleteProperty(key: string): GasProperties;
}

export interface GasHtmlOutput {
  setTitle(title: string): GasHtmlOutput;
  append(html: string): GasHtmlOutput;
}

export interface GasMenu {
  addItem(caption: string, functionName: string): GasMenu;
  addSeparator(): GasMenu;
  addToUi(): void;
}

export interface GasHtmlService {
  createHtmlOutputFromFile(filename: string): GasHtmlOutput;
}

export interface GasUi {
  createMenu(caption: string): GasMenu;
  showSidebar(html: GasHtmlOutput): void;
}

/** Utilities.formatDate: a Date in a time zone, e.g. ("yyyy-MM-dd") → "2026-05-01". */
export type FormatDate = (date: Date, timeZone: string, pattern: string) => string;
/** Utilities.parseDate: text in a time zone → the Date of that local moment. */
export type ParseDate = (text: string, timeZone: string, pattern: string) => Date;

/** What the server modules need, bundled once per call by server.ts. */
export interface Services {
  readonly spreadsheet: GasSpreadsheet;
  readonly properties: GasProperties;
  readonly formatDate: FormatDate;
}

// Compile-time proof that the real Apps Script types fit this surface (no runtime code).
type Fits<Surface, Real extends Surface> = Real;
export type RealServicesFit = [
  Fits<GasRange, GoogleAppsScript.Spreadsheet.Range>,
  Fits<GasRangeList, GoogleAppsScript.Spreadsheet.RangeList>,
  Fits<GasSheet, GoogleAppsScript.Spreadsheet.Sheet>,
  Fits<GasSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  Fits<GasProperties, GoogleAppsScript.Properties.Properties>,
  Fits<GasHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>,
  Fits<GasMenu, GoogleAppsScript.Base.Menu>,
  Fits<GasUi, GoogleAppsScript.Base.Ui>,
  Fits<GasHtmlService, GoogleAppsScript.HTML.HtmlService>,
];
