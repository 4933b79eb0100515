/**
 * The small part of the Apps Script services this host uses. Modules take these interfaces, never the
 * globals, so tests can pass an in-memory fake; server.ts is the one place that hands in the real ones.
 * The type checks at the bottom prove the real services satisfy this surface.
 */

export interface GasRange {
  getValues(): unknown[][];
  /** "=SUM(B2:B6)" where a cell holds a formula, "" elsewhere. */
  getFormulas(): string[][];
  getBackgrounds(): string[][];
  getMergedRanges(): GasRange[];
  getRow(): number;
  getColumn(): number;
  getLastRow(): number;
  getLastColumn(): number;
  setValues(values: unknown[][]): GasRange;
  setBackgrounds(colours: (string | null)[][]): GasRange;
  setNumberFormats(formats: string[][]): GasRange;
  setDataValidation(rule: GasDataValidation | null): GasRange;
  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): GasRange;
  createFilter(): unknown;
  activate(): GasRange;
}

export interface GasRangeList {
  setBackground(colour: string | null): GasRangeList;
  setFontWeight(weight: "bold" | "normal" | null): GasRangeList;
  setNumberFormat(format: string): GasRangeList;
  setWrap(wrap: boolean): GasRangeList;
}

export interface GasSheet {
  getName(): string;
  getSheetId(): number;
  getDataRange(): GasRange;
  getRange(a1: string): GasRange;
  getRange(row: number, column: number, rows: number, columns: number): GasRange;
  getRangeList(a1s: string[]): GasRangeList;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet;
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet;
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet;
  setFrozenRows(rows: number): void;
  setFrozenColumns(columns: number): void;
  getConditionalFormatRules(): GasConditionalFormatRule[];
  setConditionalFormatRules(rules: GasConditionalFormatRule[]): void;
  activate(): GasSheet;
  clear(): GasSheet;
}

export interface GasNamedRange {
  getName(): string;
}

/** A built rule: opaque here, passed from a builder to setDataValidation. */
export interface GasDataValidation {
  getAllowInvalid(): boolean;
  getHelpText(): string;
}

export interface GasDataValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): GasDataValidationBuilder;
  requireNumberBetween(start: number, end: number): GasDataValidationBuilder;
  requireDate(): GasDataValidationBuilder;
  setAllowInvalid(allowInvalid: boolean): GasDataValidationBuilder;
  setHelpText(helpText: string): GasDataValidationBuilder;
  build(): GasDataValidation;
}

/** A built rule: opaque here, passed from a builder to setConditionalFormatRules. */
export interface GasConditionalFormatRule {
  getRanges(): GasRange[];
}

export interface GasConditionalFormatRuleBuilder {
  whenFormulaSatisfied(formula: string): GasConditionalFormatRuleBuilder;
  setBackground(colour: string | null): GasConditionalFormatRuleBuilder;
  setRanges(ranges: GasRange[]): GasConditionalFormatRuleBuilder;
  build(): GasConditionalFormatRule;
}

/** SpreadsheetApp's rule builders (validation, conditional formats). */
export interface GasRuleBuilders {
  newDataValidation(): GasDataValidationBuilder;
  newConditionalFormatRule(): GasConditionalFormatRuleBuilder;
}

export interface GasSpreadsheet {
  getName(): string;
  getSheets(): GasSheet[];
  getSheetByName(name: string): GasSheet | null;
  insertSheet(name: string): GasSheet;
  deleteSheet(sheet: GasSheet): void;
  getNamedRanges(): GasNamedRange[];
  setNamedRange(name: string, range: GasRange): void;
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

/** LockService's document lock: one editor at a time changes what Highlight/Clear remember. */
export interface GasLock {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** What the server modules need, bundled once per call by server.ts. */
export interface Services {
  readonly spreadsheet: GasSpreadsheet;
  readonly properties: GasProperties;
  readonly formatDate: FormatDate;
  /** LockService.getDocumentLock(), asked only by the actions that need it (null outside a document). */
  readonly documentLock: () => GasLock | null;
  /** SpreadsheetApp.flush(): applies pending changes before a lock is released. */
  readonly flush: () => void;
}

// Compile-time proof that the real Apps Script types fit this surface (no runtime code).
type Fits<Surface, Real extends Surface> = Real;
export type RealServicesFit = [
  Fits<GasRange, GoogleAppsScript.Spreadsheet.Range>,
  Fits<GasRangeList, GoogleAppsScript.Spreadsheet.RangeList>,
  Fits<GasSheet, GoogleAppsScript.Spreadsheet.Sheet>,
  Fits<GasSpreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet>,
  Fits<GasNamedRange, GoogleAppsScript.Spreadsheet.NamedRange>,
  Fits<GasDataValidation, GoogleAppsScript.Spreadsheet.DataValidation>,
  Fits<GasDataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>,
  Fits<GasConditionalFormatRule, GoogleAppsScript.Spreadsheet.ConditionalFormatRule>,
  Fits<GasConditionalFormatRuleBuilder, GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder>,
  Fits<GasRuleBuilders, GoogleAppsScript.Spreadsheet.SpreadsheetApp>,
  Fits<GasProperties, GoogleAppsScript.Properties.Properties>,
  Fits<GasLock, GoogleAppsScript.Lock.Lock>,
  Fits<GasHtmlOutput, GoogleAppsScript.HTML.HtmlOutput>,
  Fits<GasMenu, GoogleAppsScript.Base.Menu>,
  Fits<GasUi, GoogleAppsScript.Base.Ui>,
  Fits<GasHtmlService, GoogleAppsScript.HTML.HtmlService>,
];
