/**
 * An in-memory fake of the Apps Script services the Sheets host uses: SpreadsheetApp (spreadsheet,
 * sheets, ranges, range lists, Ui), HtmlService, PropertiesService, LockService, Session and
 * Utilities. It records every call (method, sheet, A1 area) so tests can count round trips, and it
 * keeps the limits that matter: 9 KB per property value and 500 KB for all of them; setValues /
 * setBackgrounds dimensions must match the range; a document lock held by another editor.
 * The script's time zone (appsscript.json) differs from a spreadsheet's unless a test says otherwise.
 *
 * `globals` is what a test puts into a Node vm context next to the built Code.js.
 */

export interface Call {
  /** "Range.getValues", "RangeList.setBackground", "Properties.setProperties" … */
  readonly method: string;
  readonly sheet?: string;
  /** A1 area(s) the call covered. */
  readonly a1?: string;
  readonly args?: readonly unknown[];
}

export interface SeedSheet {
  readonly name: string;
  /** Rows from A1; "" or null is blank. Dates as JS Date objects, like getValues() returns them. */
  readonly values: readonly (readonly unknown[])[];
  /** A1 → fill colour, for cells with a custom background. */
  readonly backgrounds?: Readonly<Record<string, string>>;
  /** Merged areas as A1 ranges ("A2:A4"). */
  readonly merged?: readonly string[];
  /** A data range at least this large, as if filled, without holding the cells (for size limits). */
  readonly filledTo?: { readonly rows: number; readonly columns: number };
  /** Formula text by position ("=SUM(B4:B8)"), same shape as values; the value stays what `values` says. */
  readonly formulas?: readonly (readonly (string | null)[])[];
}

export interface SeedSpreadsheet {
  readonly name: string;
  readonly timeZone: string;
  readonly sheets: readonly SeedSheet[];
  readonly properties?: Readonly<Record<string, string>>;
  /** The user's own properties (PropertiesService.getUserProperties()), separate from the document's. */
  readonly userProperties?: Readonly<Record<string, string>>;
  /** Session.getActiveUserLocale(): the Google account's language, "en" unless given ("fr", "es_419", "pt_BR" …). */
  readonly userLocale?: string;
  /** "en_US" unless given; "de_DE", "fr_CH" … write ";" between arguments and "," for decimals. */
  readonly locale?: string;
  /** The script's zone (appsscript.json's timeZone); custom functions see dates in it. */
  readonly scriptTimeZone?: string;
}

const WHITE = "#ffffff";
/** The real limit is 9 KB per value (UTF-8). */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
/** …and 500 KB for all of a store's keys and values. */
export const PROPERTY_TOTAL_LIMIT = 500 * 1024;
/** Locales whose formulas separate arguments with ";" (they use "," for decimals). */
const SEMICOLON_LOCALES = new Set(["de_DE", "de_CH", "fr_FR", "fr_CH", "es_ES", "it_IT", "pt_BR", "nl_NL", "ru_RU", "tr_TR"]);

/**
 * The stricter reading of how Sheets takes a formula from a script in such a locale (reports
 * disagree; see src/hosts/sheets/sheets-formula.ts): a "," outside text is a parse error.
 */
export function checkFormulaLocale(formula: string, locale: string): void {
  if (SEMICOLON_LOCALES.has(locale) && /[,;]/.test(formula.replace(/"(?:[^"]|"")*"/g, '""'))) throw new Error(`Formula parse error in ${formula} (spreadsheet locale ${locale}).`);
}

/** appsscript.json's zone. */
export const SCRIPT_TIME_ZONE = "Europe/Zurich";

// --- A1 (independent of the code under test) ---------------------------------------------------

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function colLetters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const toA1 = (row: number, col: number): string => `${colLetters(col)}${row}`;

interface Area { top: number; left: number; bottom: number; right: number }

export function parseArea(a1: string): Area {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a1.trim());
  if (!m) throw new Error(`fake: bad A1 "${a1}"`);
  const top = Number(m[2]), left = colNumber(m[1]);
  const bottom = m[3] ? Number(m[4]) : top, right = m[3] ? colNumber(m[3]) : left;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

const areaA1 = (a: Area): string => (a.top === a.bottom && a.left === a.right ? toA1(a.top, a.left) : `${toA1(a.top, a.left)}:${toA1(a.bottom, a.right)}`);

// --- Time zones (Utilities.formatDate / parseDate for "yyyy-MM-dd") -----------------------------

function partsIn(date: Date, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const p: Record<string, number> = {};
  for (const x of f.formatToParts(date)) if (x.type !== "literal") p[x.type] = Number(x.value);
  return { y: p.year, m: p.month, d: p.day, h: p.hour, mi: p.minute, s: p.second };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (Object.prototype.toString.call(date) !== "[object Date]" || Number.isNaN(date.getTime())) throw new Error("fake Utilities.formatDate: not a valid Date");
  const p = partsIn(date, timeZone);
  return pattern
    .replace("yyyy", String(p.y)).replace("MM", pad(p.m)).replace("dd", pad(p.d))
    .replace("HH", pad(p.h)).replace("mm", pad(p.mi)).replace("ss", pad(p.s));
}

/** Midnight of an ISO day in a time zone, as a Date (what Utilities.parseDate(iso, tz, "yyyy-MM-dd") gives). */
export function midnightIn(iso: string, timeZone: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const p = partsIn(new Date(guess), timeZone);
  const offset = Date.UTC(p.y, p.m - 1, p.d, p.h, p.mi, p.s) - guess;
  const first = new Date(guess - offset);
  // Recheck across a DST change.
  const q = partsIn(first, timeZone);
  const offset2 = Date.UTC(q.y, q.m - 1, q.d, q.h, q.mi, q.s) - first.getTime();
  return offset2 === offset ? first : new Date(guess - offset2);
}

export function parseDate(text: string, timeZone: string, pattern: string): Date {
  if (pattern !== "yyyy-MM-dd" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new Error(`fake Utilities.parseDate: unsupported ${text} / ${pattern}`);
  return midnightIn(text, timeZone);
}

// --- Spreadsheet model ---------------------------------------------------------------------------

interface CellState {
  value: unknown;
  background: string;
  fontWeight: string;
  numberFormat: string;
  formula?: string;
  validation?: FakeDataValidation;
  wrap?: boolean;
  verticalAlignment?: string;
}

/** A new sheet's grid: 1000 rows, columns A–Z. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

export class FakeAppsScript {
  readonly calls: Call[] = [];
  readonly toasts: { message: string; title: string; seconds: number | null }[] = [];
  readonly menus: { caption: string; items: ({ caption: string; functionName: string } | "separator")[] }[] = [];
  readonly sidebars: FakeHtmlOutput[] = [];
  readonly properties = new Map<string, string>();
  /** The user's properties: the same limits as the document's, another store. */
  readonly userProperties = new Map<string, string>();
  readonly userLocale: string;
  readonly spreadsheet: FakeSpreadsheet;
  readonly scriptTimeZone: string;
  /** Another editor's run holds the document lock: tryLock fails. */
  lockHeldByOther = false;
  /** This script holds the document lock. */
  lockHeld = false;
  /** A run without the user's authorization (a simple trigger, an add-on in AuthMode.NONE): no user properties. */
  withoutUserAccess = false;

  constructor(seed: SeedSpreadsheet) {
    this.spreadsheet = new FakeSpreadsheet(this, seed);
    this.scriptTimeZone = seed.scriptTimeZone ?? SCRIPT_TIME_ZONE;
    for (const [k, v] of Object.entries(seed.properties ?? {})) this.properties.set(k, v);
    for (const [k, v] of Object.entries(seed.userProperties ?? {})) this.userProperties.set(k, v);
    this.userLocale = seed.userLocale ?? "en";
  }

  /** Every call the host made to a service (what Apps Script's quotas and latency count). */
  serviceCalls(): number {
    return this.calls.length;
  }

  /** Bytes the document properties hold (keys and values, UTF-8). */
  propertyBytes(): number {
    let n = 0;
    for (const [k, v] of this.properties) n += Buffer.byteLength(k, "utf8") + Buffer.byteLength(v, "utf8");
    return n;
  }

  log(call: Call): void {
    this.calls.push(call);
  }

  count(method: string, sheet?: string): number {
    return this.calls.filter((c) => c.method === method && (sheet === undefined || c.sheet === sheet)).length;
  }

  /** Calls that changed a sheet (values, fills, formats, clear, insert). */
  writes(): Call[] {
    return this.calls.filter((c) => /\.(set\w+|clear|insertSheet|deleteSheet|insert\w+After|createFilter)$/.test(c.method) && c.sheet !== undefined);
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  /** The four globals of Apps Script this host uses, for a vm context. */
  get globals(): Record<string, unknown> {
    const fake = this;
    const ui = new FakeUi(fake);
    const documentProperties = new FakeProperties(fake);
    const userProperties = new FakeProperties(fake, fake.userProperties);
    const lock = new FakeLock(fake);
    return {
      SpreadsheetApp: {
        getActiveSpreadsheet: () => (fake.log({ method: "SpreadsheetApp.getActiveSpreadsheet" }), fake.spreadsheet),
        getUi: () => (fake.log({ method: "SpreadsheetApp.getUi" }), ui),
        flush: () => fake.log({ method: "SpreadsheetApp.flush" }),
        newDataValidation: () => (fake.log({ method: "SpreadsheetApp.newDataValidation" }), new FakeDataValidationBuilder()),
        newConditionalFormatRule: () => (fake.log({ method: "SpreadsheetApp.newConditionalFormatRule" }), new FakeConditionalFormatRuleBuilder(fake.spreadsheet.locale)),
      },
      PropertiesService: {
        getDocumentProperties: () => (fake.log({ method: "PropertiesService.getDocumentProperties" }), documentProperties),
        getUserProperties: () => {
          fake.log({ method: "PropertiesService.getUserProperties" });
          if (fake.withoutUserAccess) throw new Error("You do not have permission to call PropertiesService.getUserProperties");
          return userProperties;
        },
      },
      LockService: { getDocumentLock: () => (fake.log({ method: "LockService.getDocumentLock" }), lock) },
      Session: {
        getScriptTimeZone: () => (fake.log({ method: "Session.getScriptTimeZone" }), fake.scriptTimeZone),
        getActiveUserLocale: () => (fake.log({ method: "Session.getActiveUserLocale" }), fake.userLocale),
      },
      HtmlService: {
        createHtmlOutputFromFile: (file: string) => {
          fake.log({ method: "HtmlService.createHtmlOutputFromFile", args: [file] });
          return new FakeHtmlOutput(file);
        },
      },
      Utilities: {
        formatDate: (d: Date, tz: string, p: string) => (fake.log({ method: "Utilities.formatDate" }), formatDate(d, tz, p)),
        parseDate: (t: string, tz: string, p: string) => (fake.log({ method: "Utilities.parseDate" }), parseDate(t, tz, p)),
      },
    };
  }

  /** Direct handles for unit tests that pass services without a vm. */
  documentProperties(): FakeProperties {
    return new FakeProperties(this);
  }

  userPropertiesStore(): FakeProperties {
    return new FakeProperties(this, this.userProperties);
  }
}

export class FakeSpreadsheet {
  readonly sheets: FakeSheet[] = [];
  private nextId = 1000;
  readonly timeZone: string;
  readonly name: string;
  readonly locale: string;

  constructor(private readonly fake: FakeAppsScript, seed: SeedSpreadsheet) {
    this.name = seed.name;
    this.timeZone = seed.timeZone;
    this.locale = seed.locale ?? "en_US";
    for (const s of seed.sheets) this.sheets.push(new FakeSheet(fake, this.nextId++ * 7, s));
  }

  getName(): string {
    this.fake.log({ method: "Spreadsheet.getName" });
    return this.name;
  }
  getSheets(): FakeSheet[] {
    this.fake.log({ method: "Spreadsheet.getSheets" });
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.fake.log({ method: "Spreadsheet.getSheetByName", args: [name] });
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string): FakeSheet {
    // Sheets compares sheet names without case.
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = new FakeSheet(this.fake, this.nextId++ * 7, { name, values: [] });
    this.sheets.push(sheet);
    this.fake.log({ method: "Spreadsheet.insertSheet", sheet: name });
    this.activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    const i = this.sheets.indexOf(sheet);
    if (i < 0) throw new Error("fake: deleteSheet of a sheet not in this spreadsheet");
    this.sheets.splice(i, 1);
    this.fake.log({ method: "Spreadsheet.deleteSheet", sheet: sheet.name });
  }

  /** Named ranges by name, each a sheet and an area. */
  readonly namedRanges = new Map<string, { sheet: FakeSheet; area: Area }>();
  getNamedRanges(): { getName(): string }[] {
    this.fake.log({ method: "Spreadsheet.getNamedRanges" });
    return [...this.namedRanges.keys()].map((name) => ({ getName: () => name }));
  }
  /** Like Sheets: letters, digits and "_", not starting with a digit, not a cell reference; unique without case. */
  setNamedRange(name: string, range: FakeRange): void {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new Error(`fake setNamedRange: "${name}" is not a valid range name`);
    if ([...this.namedRanges.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`fake setNamedRange: "${name}" already exists`);
    this.namedRanges.set(name, { sheet: range.sheet, area: range.area });
    this.fake.log({ method: "Spreadsheet.setNamedRange", sheet: range.sheet.name, a1: areaA1(range.area), args: [name] });
  }

  getSpreadsheetLocale(): string {
    this.fake.log({ method: "Spreadsheet.getSpreadsheetLocale" });
    return this.locale;
  }
  getSpreadsheetTimeZone(): string {
    this.fake.log({ method: "Spreadsheet.getSpreadsheetTimeZone" });
    return this.timeZone;
  }
  toast(message: string, title: string, seconds: number | null): void {
    this.fake.log({ method: "Spreadsheet.toast" });
    this.fake.toasts.push({ message, title, seconds });
  }

  activeSheet: FakeSheet | undefined;
  activeRange: string | undefined;
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake: no sheet ${name}`);
    return s;
  }
}

export class FakeSheet {
  readonly cells = new Map<string, CellState>();
  readonly merged: Area[];
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Column number → width in pixels, for columns given a width. */
  readonly columnWidths = new Map<number, number>();
  frozenRows = 0;
  frozenColumns = 0;
  conditionalRules: FakeConditionalFormatRule[] = [];
  filter: Area | undefined;

  constructor(private readonly fake: FakeAppsScript, readonly id: number, seed: SeedSheet) {
    this.name = seed.name;
    this.maxRows = Math.max(NEW_SHEET_ROWS, seed.values.length);
    this.maxColumns = Math.max(NEW_SHEET_COLUMNS, ...seed.values.map((r) => r.length));
    seed.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") this.cell(r + 1, c + 1).value = v;
    }));
    seed.formulas?.forEach((row, r) => row.forEach((f, c) => { if (f) this.cell(r + 1, c + 1).formula = f; }));
    for (const [a1, colour] of Object.entries(seed.backgrounds ?? {})) {
      const a = parseArea(a1);
      this.cell(a.top, a.left).background = colour.toLowerCase();
    }
    this.merged = (seed.merged ?? []).map(parseArea);
    this.filledTo = seed.filledTo;
    if (seed.filledTo) {
      this.maxRows = Math.max(this.maxRows, seed.filledTo.rows);
      this.maxColumns = Math.max(this.maxColumns, seed.filledTo.columns);
    }
  }
  private readonly filledTo: SeedSheet["filledTo"];

  cell(row: number, col: number): CellState {
    const key = `${row}:${col}`;
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = { value: "", background: WHITE, fontWeight: "normal", numberFormat: "General" }));
    return c;
  }

  peek(row: number, col: number): CellState | undefined {
    return this.cells.get(`${row}:${col}`);
  }

  backgroundAt(a1: string): string {
    const a = parseArea(a1);
    return this.peek(a.top, a.left)?.background ?? WHITE;
  }

  valueAt(a1: string): unknown {
    const a = parseArea(a1);
    return this.peek(a.top, a.left)?.value ?? "";
  }

  /** Every cell's fill, for before/after comparisons. */
  allBackgrounds(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [key, c] of this.cells) if (c.background !== WHITE) out[key] = c.background;
    return out;
  }

  /** Last row and column holding a value (what getDataRange covers). */
  extent(): { rows: number; columns: number } {
    let rows = 0, columns = 0;
    for (const [key, c] of this.cells) {
      if (c.value === "" || c.value === null || c.value === undefined) continue;
      const [r, col] = key.split(":").map(Number);
      rows = Math.max(rows, r);
      columns = Math.max(columns, col);
    }
    return { rows: Math.max(rows, 1, this.filledTo?.rows ?? 0), columns: Math.max(columns, 1, this.filledTo?.columns ?? 0) };
  }

  log(method: string, a1?: string, args?: unknown[]): void {
    this.fake.log({ method, sheet: this.name, a1, args });
  }

  getName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getDataRange(): FakeRange {
    const e = this.extent();
    this.log("Sheet.getDataRange");
    return new FakeRange(this, { top: 1, left: 1, bottom: e.rows, right: e.columns });
  }
  /** Like Sheets: a range beyond the grid (1000 × 26 on a new sheet) is refused until rows or columns are inserted. */
  private inGrid(area: Area): Area {
    if (area.bottom > this.maxRows || area.right > this.maxColumns) throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
    return area;
  }
  getRange(a: string | number, left?: number, rows?: number, columns?: number): FakeRange {
    if (typeof a === "string") {
      this.log("Sheet.getRange", a);
      return new FakeRange(this, this.inGrid(parseArea(a)));
    }
    const r = rows ?? 1, c = columns ?? 1;
    if (!(a >= 1 && left! >= 1 && r >= 1 && c >= 1)) throw new Error(`fake: bad range ${a},${left},${r},${c}`);
    this.log("Sheet.getRange", areaA1({ top: a, left: left!, bottom: a + r - 1, right: left! + c - 1 }));
    return new FakeRange(this, this.inGrid({ top: a, left: left!, bottom: a + r - 1, right: left! + c - 1 }));
  }
  getRangeList(a1s: string[]): FakeRangeList {
    if (!Array.isArray(a1s) || a1s.length === 0) throw new Error("fake: getRangeList needs at least one range");
    this.log("Sheet.getRangeList", a1s.join(","));
    return new FakeRangeList(this, a1s.map((x) => this.inGrid(parseArea(x))));
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }
  insertRowsAfter(after: number, howMany: number): FakeSheet {
    if (after !== this.maxRows) throw new Error("fake: this fake only appends rows at the end");
    this.log("Sheet.insertRowsAfter", undefined, [after, howMany]);
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    if (after !== this.maxColumns) throw new Error("fake: this fake only appends columns at the end");
    this.log("Sheet.insertColumnsAfter", undefined, [after, howMany]);
    this.maxColumns += howMany;
    return this;
  }
  setColumnWidths(start: number, count: number, width: number): FakeSheet {
    this.log("Sheet.setColumnWidths", undefined, [start, count, width]);
    if (start + count - 1 > this.maxColumns) throw new Error("fake setColumnWidths: beyond the last column");
    for (let c = start; c < start + count; c++) this.columnWidths.set(c, width);
    return this;
  }
  setFrozenRows(rows: number): void {
    this.log("Sheet.setFrozenRows", undefined, [rows]);
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.log("Sheet.setFrozenColumns", undefined, [columns]);
    this.frozenColumns = columns;
  }
  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.log("Sheet.getConditionalFormatRules");
    return [...this.conditionalRules];
  }
  setConditionalFormatRules(rules: FakeConditionalFormatRule[]): void {
    this.log("Sheet.setConditionalFormatRules", undefined, [rules.length]);
    for (const r of rules) {
      if (!(r instanceof FakeConditionalFormatRule)) throw new Error("fake setConditionalFormatRules: not a built rule");
      if (r.ranges.some((x) => x.sheet !== this)) throw new Error("fake setConditionalFormatRules: a rule's range is on another sheet");
    }
    this.conditionalRules = [...rules];
  }
  activate(): FakeSheet {
    this.log("Sheet.activate");
    this.spreadsheet().activeSheet = this;
    return this;
  }
  clear(): FakeSheet {
    this.log("Sheet.clear");
    this.cells.clear();
    return this;
  }

  spreadsheet(): FakeSpreadsheet {
    return this.fake.spreadsheet;
  }
}

function each(area: Area, f: (row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) f(r, c);
}

function checkDims(area: Area, grid: unknown[][], what: string): void {
  const rows = area.bottom - area.top + 1, cols = area.right - area.left + 1;
  if (!Array.isArray(grid) || grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new Error(`fake ${what}: the data has ${grid.length} rows but the range ${areaA1(area)} has ${rows} rows and ${cols} columns.`);
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * How Sheets reads text typed without an apostrophe: numbers, percentages and booleans become values,
 * and dates it recognises ("March 2026", "1 March 2026", "2026-03-01") become Dates (midnight in the
 * spreadsheet's time zone). A leading apostrophe keeps any of them as text.
 */
function typedValue(text: string, timeZone: string): unknown {
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
  const m = /^([+-]?\d+(?:\.\d+)?)(%?)$/.exec(t);
  if (m) return m[2] ? Number(m[1]) / 100 : Number(m[1]);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) return midnightIn(t, timeZone);
  const named = /^(?:(\d{1,2})\s+)?([A-Za-z]+)\.?\s+(\d{4})$/.exec(t);
  const month = named ? MONTHS.indexOf(named[2].slice(0, 3).toLowerCase()) : -1;
  if (named && month >= 0 && (named[2].length === 3 || /^(january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(named[2]))) {
    return midnightIn(`${named[3]}-${pad(month + 1)}-${pad(Number(named[1] ?? 1))}`, timeZone);
  }
  return text;
}

export class FakeRange {
  constructor(readonly sheet: FakeSheet, readonly area: Area) {}

  private log(method: string, args?: unknown[]): void {
    this.sheet.log(`Range.${method}`, areaA1(this.area), args);
  }

  getValues(): unknown[][] {
    this.log("getValues");
    const out: unknown[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: unknown[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(this.sheet.peek(r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }
  getFormulas(): string[][] {
    this.log("getFormulas");
    const out: string[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: string[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(this.sheet.peek(r, c)?.formula ?? "");
      out.push(row);
    }
    return out;
  }
  getBackgrounds(): string[][] {
    this.log("getBackgrounds");
    const out: string[][] = [];
    for (let r = this.area.top; r <= this.area.bottom; r++) {
      const row: string[] = [];
      for (let c = this.area.left; c <= this.area.right; c++) row.push(this.sheet.peek(r, c)?.background ?? WHITE);
      out.push(row);
    }
    return out;
  }
  getMergedRanges(): FakeRange[] {
    this.log("getMergedRanges");
    const a = this.area;
    return this.sheet.merged
      .filter((m) => m.bottom >= a.top && m.top <= a.bottom && m.right >= a.left && m.left <= a.right)
      .map((m) => new FakeRange(this.sheet, m));
  }
  getRow(): number { return this.area.top; }
  getColumn(): number { return this.area.left; }
  getLastRow(): number { return this.area.bottom; }
  getLastColumn(): number { return this.area.right; }

  /** Like Sheets: a leading apostrophe stores the rest as text; "=…" becomes a formula. */
  setValues(values: unknown[][]): FakeRange {
    this.log("setValues");
    checkDims(this.area, values, "setValues");
    each(this.area, (r, c) => {
      const v = values[r - this.area.top][c - this.area.left];
      const cell = this.sheet.cell(r, c);
      cell.formula = undefined;
      if (typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
      else if (typeof v === "string" && v.startsWith("=")) { checkFormulaLocale(v, this.sheet.spreadsheet().locale); cell.formula = v; cell.value = "(formula result)"; }
      else if (typeof v === "string") cell.value = typedValue(v, this.sheet.spreadsheet().timeZone);
      else if (typeof v === "number" || typeof v === "boolean" || v === null || v === undefined || Object.prototype.toString.call(v) === "[object Date]") cell.value = v ?? "";
      else throw new Error(`fake setValues: Sheets cannot store ${Object.prototype.toString.call(v)} in ${toA1(r, c)}`);
    });
    return this;
  }
  setBackgrounds(colours: (string | null)[][]): FakeRange {
    this.log("setBackgrounds");
    checkDims(this.area, colours, "setBackgrounds");
    each(this.area, (r, c) => (this.sheet.cell(r, c).background = (colours[r - this.area.top][c - this.area.left] ?? WHITE).toLowerCase()));
    return this;
  }
  setBackground(colour: string | null): FakeRange {
    this.log("setBackground", [colour]);
    each(this.area, (r, c) => (this.sheet.cell(r, c).background = (colour ?? WHITE).toLowerCase()));
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    this.log("setNumberFormats");
    checkDims(this.area, formats, "setNumberFormats");
    each(this.area, (r, c) => {
      const f = formats[r - this.area.top][c - this.area.left];
      if (typeof f !== "string" || f === "") throw new Error(`fake setNumberFormats: no format for ${toA1(r, c)}`);
      this.sheet.cell(r, c).numberFormat = f;
    });
    return this;
  }
  setDataValidation(rule: FakeDataValidation | null): FakeRange {
    if (rule !== null && !(rule instanceof FakeDataValidation)) throw new Error("fake setDataValidation: not a built rule");
    this.log("setDataValidation", [rule]);
    each(this.area, (r, c) => (this.sheet.cell(r, c).validation = rule ?? undefined));
    return this;
  }
  setVerticalAlignment(alignment: string | null): FakeRange {
    this.log("setVerticalAlignment", [alignment]);
    each(this.area, (r, c) => (this.sheet.cell(r, c).verticalAlignment = alignment ?? undefined));
    return this;
  }
  /** Like Sheets: one filter per sheet. */
  createFilter(): object {
    if (this.sheet.filter) throw new Error("You can't create a filter in a sheet that already has a filter.");
    this.log("createFilter");
    this.sheet.filter = this.area;
    return {};
  }
  activate(): FakeRange {
    this.log("activate");
    const ss = this.sheet.spreadsheet();
    ss.activeSheet = this.sheet;
    ss.activeRange = areaA1(this.area);
    return this;
  }
}

export class FakeRangeList {
  constructor(private readonly sheet: FakeSheet, readonly areas: Area[]) {}

  private apply(method: string, value: unknown, f: (c: CellState) => void): FakeRangeList {
    this.sheet.log(`RangeList.${method}`, this.areas.map(areaA1).join(","), [value]);
    for (const a of this.areas) each(a, (r, c) => f(this.sheet.cell(r, c)));
    return this;
  }
  setBackground(colour: string | null): FakeRangeList {
    return this.apply("setBackground", colour, (c) => (c.background = (colour ?? WHITE).toLowerCase()));
  }
  setFontWeight(weight: string | null): FakeRangeList {
    return this.apply("setFontWeight", weight, (c) => (c.fontWeight = weight ?? "normal"));
  }
  setNumberFormat(format: string): FakeRangeList {
    return this.apply("setNumberFormat", format, (c) => (c.numberFormat = format));
  }
  setWrap(wrap: boolean): FakeRangeList {
    return this.apply("setWrap", wrap, (c) => (c.wrap = wrap));
  }
}

// --- Rule builders (SpreadsheetApp.newDataValidation / newConditionalFormatRule) -----------------

export type FakeCriteria =
  | { readonly type: "VALUE_IN_LIST"; readonly values: readonly string[]; readonly showDropdown: boolean }
  | { readonly type: "NUMBER_BETWEEN"; readonly min: number; readonly max: number }
  | { readonly type: "DATE_IS_VALID_DATE" };

export class FakeDataValidation {
  constructor(readonly criteria: FakeCriteria, readonly allowInvalid: boolean, readonly helpText: string) {}
  getAllowInvalid(): boolean { return this.allowInvalid; }
  getHelpText(): string { return this.helpText; }
}

export class FakeDataValidationBuilder {
  private criteria: FakeCriteria | undefined;
  private allowInvalid = true; // Sheets' default: warn, do not reject
  private helpText = "";
  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    if (!Array.isArray(values) || values.some((v) => typeof v !== "string")) throw new Error("fake requireValueInList: values must be strings");
    if (values.length > 500) throw new Error("fake requireValueInList: Sheets takes at most 500 items");
    this.criteria = { type: "VALUE_IN_LIST", values: [...values], showDropdown };
    return this;
  }
  requireNumberBetween(min: number, max: number): FakeDataValidationBuilder {
    if (typeof min !== "number" || typeof max !== "number") throw new Error("fake requireNumberBetween: numbers expected");
    this.criteria = { type: "NUMBER_BETWEEN", min, max };
    return this;
  }
  requireDate(): FakeDataValidationBuilder {
    this.criteria = { type: "DATE_IS_VALID_DATE" };
    return this;
  }
  setAllowInvalid(allow: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): FakeDataValidationBuilder {
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    if (!this.criteria) throw new Error("fake DataValidationBuilder.build: no criteria");
    return new FakeDataValidation(this.criteria, this.allowInvalid, this.helpText);
  }
}

export class FakeConditionalFormatRule {
  constructor(readonly formula: string, readonly background: string | null, readonly ranges: readonly FakeRange[]) {}
  getRanges(): FakeRange[] { return [...this.ranges]; }
  /** "L4:AI23" */
  get a1(): string[] { return this.ranges.map((r) => areaA1(r.area)); }
}

export class FakeConditionalFormatRuleBuilder {
  private formula: string | undefined;
  private background: string | null = null;
  private ranges: FakeRange[] = [];
  constructor(private readonly locale = "en_US") {}
  whenFormulaSatisfied(formula: string): FakeConditionalFormatRuleBuilder {
    if (typeof formula !== "string" || !formula.startsWith("=")) throw new Error("fake whenFormulaSatisfied: a formula starts with =");
    checkFormulaLocale(formula, this.locale);
    this.formula = formula;
    return this;
  }
  setBackground(colour: string | null): FakeConditionalFormatRuleBuilder {
    this.background = colour;
    return this;
  }
  setRanges(ranges: FakeRange[]): FakeConditionalFormatRuleBuilder {
    if (!Array.isArray(ranges) || ranges.some((r) => !(r instanceof FakeRange))) throw new Error("fake setRanges: ranges expected");
    this.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    if (!this.formula || this.ranges.length === 0) throw new Error("fake ConditionalFormatRuleBuilder.build: needs a condition and ranges");
    return new FakeConditionalFormatRule(this.formula, this.background, this.ranges);
  }
}

export class FakeProperties {
  constructor(private readonly fake: FakeAppsScript, private readonly store?: Map<string, string>) {}

  private get map(): Map<string, string> {
    return this.store ?? this.fake.properties;
  }
  getProperty(key: string): string | null {
    this.fake.log({ method: "Properties.getProperty", args: [key] });
    return this.map.get(key) ?? null;
  }
  getProperties(): Record<string, string> {
    this.fake.log({ method: "Properties.getProperties" });
    return Object.fromEntries(this.map);
  }
  setProperties(props: Record<string, string>): FakeProperties {
    this.fake.log({ method: "Properties.setProperties", args: [Object.keys(props)] });
    for (const [k, v] of Object.entries(props)) {
      if (typeof v !== "string") throw new Error(`fake: property ${k} must be a string`);
      if (Buffer.byteLength(v, "utf8") > PROPERTY_VALUE_LIMIT) throw new Error(`Argument too large: value (${k})`);
    }
    const after = new Map(this.map);
    for (const [k, v] of Object.entries(props)) after.set(k, v);
    let total = 0;
    for (const [k, v] of after) total += Buffer.byteLength(k, "utf8") + Buffer.byteLength(v, "utf8");
    if (total > PROPERTY_TOTAL_LIMIT) throw new Error("You have exceeded the property storage quota. Please remove some properties and try again.");
    for (const [k, v] of Object.entries(props)) this.map.set(k, v);
    return this;
  }
  deleteProperty(key: string): FakeProperties {
    this.fake.log({ method: "Properties.deleteProperty", args: [key] });
    this.map.delete(key);
    return this;
  }
}

/** LockService.getDocumentLock(): one lock per document, held by this run or by another editor's. */
export class FakeLock {
  constructor(private readonly fake: FakeAppsScript) {}
  tryLock(timeoutInMillis: number): boolean {
    this.fake.log({ method: "Lock.tryLock", args: [timeoutInMillis] });
    if (this.fake.lockHeldByOther) return false;
    this.fake.lockHeld = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error("Lock timeout: another process was holding the lock for too long.");
  }
  hasLock(): boolean {
    return this.fake.lockHeld;
  }
  releaseLock(): void {
    this.fake.log({ method: "Lock.releaseLock" });
    this.fake.lockHeld = false;
  }
}

/**
 * What Sheets does to a date crossing a custom function: the cell's wall-clock time (in the
 * spreadsheet's zone) becomes a Date at that wall-clock time in the SCRIPT's zone, and a returned
 * Date is shown at its wall-clock time in the script's zone. Other values pass unchanged.
 */
export function wallClock(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((v) => wallClock(v, from, to));
  if (Object.prototype.toString.call(value) !== "[object Date]") return value;
  const stamp = formatDate(value as Date, from, "yyyy-MM-dd HH:mm:ss");
  const [day, clock] = stamp.split(" ");
  const [h, m, s] = clock.split(":").map(Number);
  return new Date(midnightIn(day, to).getTime() + ((h * 60 + m) * 60 + s) * 1000);
}

export class FakeHtmlOutput {
  title = "";
  readonly appended: string[] = [];
  constructor(readonly file: string) {}
  setTitle(title: string): FakeHtmlOutput {
    this.title = title;
    return this;
  }
  append(html: string): FakeHtmlOutput {
    this.appended.push(html);
    return this;
  }
}

class FakeMenu {
  private readonly items: ({ caption: string; functionName: string } | "separator")[] = [];
  constructor(private readonly fake: FakeAppsScript, private readonly caption: string) {}
  addItem(caption: string, functionName: string): FakeMenu {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): FakeMenu {
    this.items.push("separator");
    return this;
  }
  addToUi(): void {
    this.fake.log({ method: "Menu.addToUi" });
    this.fake.menus.push({ caption: this.caption, items: [...this.items] });
  }
}

class FakeUi {
  constructor(private readonly fake: FakeAppsScript) {}
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.fake, caption);
  }
  showSidebar(html: FakeHtmlOutput): void {
    this.fake.log({ method: "Ui.showSidebar" });
    this.fake.sidebars.push(html);
  }
}
