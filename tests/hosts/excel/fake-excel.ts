/**
 * A small Excel workbook behind office-addin-mock. office-addin-mock gives the load/sync discipline (a property
 * read before load and context.sync() is an error string); it only knows what is seeded, so this file seeds the
 * shapes the adapter uses and keeps the document state (values, fills, sheets, charts) itself:
 * - every object the adapter loads lives in the mock's tree (so context.sync() reaches it), seeded from the
 *   document as it is when the adapter asks for it;
 * - collections answer load("items/…") (the mock alone cannot navigate through a collection's items);
 * - writes (property sets and method calls on ranges, RangeAreas, sheets, charts, tables, names) are recorded, and
 *   applied to the document at the next context.sync(), in order, as Excel applies queued commands; a command Excel
 *   would refuse (a table or defined name already in use) fails that sync and drops the commands after it.
 * - formulas are kept as text; the fake evaluates nothing: `calculate` gives a formula cell the value Excel would.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, columnLetters, parseA1 } from "../../../src/core";
import { usedArea } from "./used-area";
import { isoToExcelSerial } from "../../../src/core/parse/date";
import type { SettingsBag } from "../../../src/hosts/excel/document-settings";
import { formulaRows, type ExampleSheet } from "../../../examples/example-workbook";

type Node = any;

export interface CellFill {
  readonly color: string;
  readonly pattern: string;
  readonly patternColor: string | null;
  readonly tintAndShade: number;
}
/** What Excel reports for a cell without fill. */
export const NO_FILL: CellFill = { color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: 0 };
export const solid = (color: string): CellFill => ({ color, pattern: "Solid", patternColor: null, tintAndShade: 0 });

export type ExcelValue = string | number | boolean;

export interface SheetSpec {
  readonly name: string;
  /** Excel values from origin: "" blank, serial numbers for dates, "#REF!" for errors. */
  readonly values: readonly (readonly ExcelValue[])[];
  readonly numberFormat?: readonly (readonly string[])[];
  /** 1-based sheet row and column of values[0][0]. */
  readonly origin?: { readonly row: number; readonly column: number };
  readonly fills?: Readonly<Record<string, CellFill>>;
  /** Merged areas, "A1:C1". */
  readonly merged?: readonly string[];
  /** Protected (Review › Protect Sheet); formatting cells refused unless allowFormatCells. */
  readonly protected?: boolean;
  readonly allowFormatCells?: boolean;
  /** Formula text ("=SUM(B4:B8)") by position, same shape as values; the value stays what `values` says. */
  readonly formulas?: readonly (readonly (string | null)[])[];
}

export interface TableSpec {
  readonly name: string;
  readonly sheet: string;
  /** Whole table, header to last row: "A3:C9". */
  readonly range: string;
  readonly showHeaders?: boolean;
  readonly showTotals?: boolean;
}

/** A workbook-scoped defined name, as Excel lists it (formula "='ISU Budget 2026'!$B$1"). */
export interface NameSpec {
  readonly name: string;
  readonly formula: string;
}

export interface DocTable {
  readonly id: number;
  name: string;
  sheet: string;
  /** Header to last row, "A4:C13". */
  readonly range: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  showFilterButton: boolean;
  style: string;
  readonly node: Node;
}

/** A data validation as written: rule, prompt and errorAlert objects as the adapter set them. */
export interface DocValidation {
  readonly range: string;
  rule?: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: unknown;
}

export interface DocConditionalFormat {
  readonly id: string;
  readonly range: string;
  readonly type: string;
  formula?: string;
  fill?: string;
}

/** One recorded write: a property set (value) or a method call (args). */
export interface Write {
  readonly sheet: string;
  /** The range or RangeAreas written, "" for the sheet itself. */
  readonly address: string;
  readonly path: string;
  readonly value?: unknown;
  readonly args?: unknown[];
}

interface DocSheet {
  name: string;
  readonly id: string;
  readonly values: Map<string, ExcelValue>;
  /** Formula text by cell ("=SUM(B5:B9)"); the cell's value is whatever `calculate` gave. */
  readonly formulas: Map<string, string>;
  readonly formats: Map<string, string>;
  readonly fills: Map<string, CellFill>;
  readonly bold: Set<string>;
  readonly wrap: Set<string>;
  /** Column number → width in points. */
  readonly columnWidths: Map<number, number>;
  readonly validations: DocValidation[];
  readonly conditionalFormats: DocConditionalFormat[];
  frozen: { rows: number; columns: number } | undefined;
  readonly merged: string[];
  readonly charts: string[];
  readonly protected: boolean;
  readonly allowFormatCells: boolean;
  node: Node;
  proxy: any;
}

/** A colour lightened (t > 0) or darkened (t < 0) as Excel's tintAndShade does. */
export function tinted(color: string, t: number): string {
  const c = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)).map((v) => Math.round(t >= 0 ? v + (255 - v) * t : v * (1 + t)));
  return "#" + c.map((v) => v.toString(16).padStart(2, "0")).join("").toUpperCase();
}

const refused = (message: string, code = "InvalidArgument"): Error => Object.assign(new Error(message), { code });

const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}
const areaText = (a: Area): string => (a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`);

function parseArea(text: string): Area {
  const [from, to = from] = text.trim().split(":");
  const a = parseA1(from), b = parseA1(to);
  if (!a || !b) throw new Error(`fake Excel: bad address ${text}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

function* cellsOf(list: string): Generator<string> {
  for (const part of list.split(",")) {
    const a = parseArea(part);
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield a1(r, c);
  }
}

/** Property names that JS machinery probes (await, JSON, Jest): never recorded as Office calls. */
const NOT_OFFICE = new Set(["then", "toJSON", "constructor", "asymmetricMatch", "nodeType", "tagName", "inspect", "$$typeof", "prototype"]);

/** A write-only Office object: every set and call is recorded; reading a member gives a deeper recorder. */
function recorder(log: (w: Write) => void, sheet: string, address: string, path: string): any {
  return new Proxy(function () {}, {
    get: (_t, p) => (typeof p === "symbol" || NOT_OFFICE.has(p) ? undefined : recorder(log, sheet, address, path ? `${path}.${p}` : p)),
    set: (_t, p, value) => {
      log({ sheet, address, path: path ? `${path}.${String(p)}` : String(p), value });
      return true;
    },
    apply: (_t, _this, args) => {
      log({ sheet, address, path, args });
      return recorder(log, sheet, address, `${path}()`);
    },
  });
}

/** A mock node that records writes: reads go to office-addin-mock, unseeded members become recorders. */
function hybrid(node: Node, log: (w: Write) => void, sheet: string, address: string, path = ""): any {
  const proxy: any = new Proxy(node, {
    get(t, p) {
      if (typeof p === "symbol") return Reflect.get(t, p);
      const v = t[p];
      const sub = path ? `${path}.${p}` : p;
      if (v instanceof OfficeMockObject) return hybrid(v, log, sheet, address, sub);
      if (typeof v === "function") {
        return (...args: unknown[]) => {
          const r = v.apply(t, args);
          return r === t ? proxy : r;
        };
      }
      if (v === undefined && !(p in t)) return NOT_OFFICE.has(p) ? undefined : recorder(log, sheet, address, sub);
      return v;
    },
    set(t, p, value) {
      log({ sheet, address, path: path ? `${path}.${String(p)}` : String(p), value });
      t[p] = value;
      return true;
    },
  });
  return proxy;
}

export class FakeExcel {
  readonly sheets: DocSheet[] = [];
  /** Every write the adapter queued, in order. */
  readonly writes: Write[] = [];
  readonly mock: OfficeMockObject;
  readonly context: Excel.RequestContext;
  /** A request loading more cells than this is refused, as Excel on the web refuses a response over 5 MB. */
  payloadLimitCells = Infinity;
  /** Requests refused as too large. */
  refused = 0;
  /** The value Excel would calculate for a formula cell; undefined leaves the cell without a value. */
  calculate: (sheet: string, cell: string, formula: string) => ExcelValue | undefined = () => undefined;
  /** An error for a write Excel should refuse (tests of failure paths): that sync fails there. */
  failWrite: (w: Write) => Error | undefined = () => undefined;
  readonly tablesList: DocTable[] = [];
  readonly names: NameSpec[] = [];
  /** The sheet last activated. */
  activeSheet: string | undefined;
  /** The workbook counts dates from 1904 (DATE(1904,1,1) is then 0). */
  date1904 = false;
  /** Range proxies the adapter was given, to know their sheet and area when passed back as arguments. */
  private readonly ranges = new WeakMap<object, { sheet: string; area: string }>();
  private pending: Write[] = [];
  private batchCells = 0;
  private seq = 0;
  private readonly worksheets: Node;
  private readonly tables: Node;
  private readonly namesNode: Node;

  constructor(specs: readonly SheetSpec[], tables: readonly TableSpec[] = [], names: readonly NameSpec[] = []) {
    this.mock = new OfficeMockObject({ context: { workbook: { worksheets: { items: [] }, tables: { items: [] }, names: { items: [] }, functions: {} } } });
    const context: Node = this.mock.context;
    context.workbook.functions.setValue("date", (y: number, m: number, d: number) => {
      const key = `date${this.seq++}`;
      context.workbook.functions.addMock(key);
      const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
      context.workbook.functions[key].populate({ value: this.date1904 ? days - 1462 : days });
      return context.workbook.functions[key];
    });
    this.context = context as Excel.RequestContext;
    this.worksheets = context.workbook.worksheets;
    this.tables = context.workbook.tables;
    this.namesNode = context.workbook.names;
    for (const s of specs) this.addSheet(s);
    this.activeSheet = specs[0]?.name;
    for (const t of tables) this.addTable(t.sheet, t.range, { name: t.name, showHeaders: t.showHeaders ?? true, showTotals: t.showTotals ?? false });
    this.names.push(...names);
    this.wireWorksheets();
    this.wireTables();
    this.wireNames();
    const realSync = OfficeMockObject.prototype.sync.bind(context);
    // Not seed data: wraps the mock's own sync so queued writes land in the document first.
    context.sync = async (): Promise<void> => {
      const cells = this.batchCells;
      this.batchCells = 0;
      if (cells > this.payloadLimitCells) {
        this.pending = [];
        this.refused++;
        throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
      }
      const queued = this.pending;
      this.pending = [];
      for (const w of queued) {
        const error = this.failWrite(w);
        if (error) throw error; // Excel stops at the failing command; the ones before it stay done
        this.apply(w);
      }
      await realSync();
    };
  }

  // --- the document, for assertions

  sheet(name: string): DocSheet {
    const d = this.sheets.find((s) => s.name === name);
    if (!d) throw new Error(`fake Excel: no sheet ${name}`);
    return d;
  }

  fill(sheet: string, cell: string): CellFill {
    return this.sheet(sheet).fills.get(cell) ?? NO_FILL;
  }

  /** All fills of a sheet that differ from "no fill", by cell. */
  fills(sheet: string): Record<string, CellFill> {
    return Object.fromEntries([...this.sheet(sheet).fills.entries()].filter(([, f]) => f.pattern !== "None").sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Formulas of a sheet by cell. */
  formulas(sheet: string): Record<string, string> {
    return Object.fromEntries(this.sheet(sheet).formulas.entries());
  }

  /** Number formats of a sheet by cell (General absent). */
  formats(sheet: string): Record<string, string> {
    return Object.fromEntries(this.sheet(sheet).formats.entries());
  }

  /** Values of a sheet by cell (blank cells absent). */
  values(sheet: string): Record<string, ExcelValue> {
    return Object.fromEntries(this.sheet(sheet).values.entries());
  }

  renameSheet(from: string, to: string): void {
    const d = this.sheet(from);
    d.name = to;
    d.node.setValue("name", to);
  }

  // --- building

  private addSheet(s: SheetSpec): DocSheet {
    const key = `sheet${this.sheets.length}`;
    this.worksheets.addMock(key);
    const node = this.worksheets[key];
    const d: DocSheet = {
      name: s.name, id: `{${this.sheets.length + 1}-SHEET}`, values: new Map(), formulas: new Map(), formats: new Map(), fills: new Map(),
      bold: new Set(), wrap: new Set(), columnWidths: new Map(), validations: [], conditionalFormats: [], frozen: undefined,
      merged: [...(s.merged ?? [])], charts: [], protected: s.protected ?? false, allowFormatCells: s.allowFormatCells ?? false, node, proxy: undefined,
    };
    node.populate({ name: s.name, id: d.id, charts: { items: [] }, tables: {}, protection: { protected: d.protected, options: { allowFormatCells: d.allowFormatCells } } });
    const top = s.origin?.row ?? 1, left = s.origin?.column ?? 1;
    s.values.forEach((row, r) => row.forEach((v, c) => {
      if (v === "") return;
      d.values.set(a1(top + r, left + c), v);
      const f = s.numberFormat?.[r]?.[c];
      if (f && f !== "General") d.formats.set(a1(top + r, left + c), f);
    }));
    s.formulas?.forEach((row, r) => row.forEach((f, c) => { if (f) d.formulas.set(a1(top + r, left + c), f); }));
    for (const [cell, fill] of Object.entries(s.fills ?? {})) d.fills.set(cell, fill);
    d.proxy = hybrid(node, (w) => this.log(w), s.name, "");
    this.wireSheet(d);
    this.sheets.push(d);
    return d;
  }

  private log(w: Write): void {
    this.writes.push(w);
    this.pending.push(w);
  }

  private wireCollection(coll: Node, rawItems: () => Node[], items: () => unknown[]): void {
    coll.setValue("load", (props: string) => {
      coll.setValue("items", items());
      OfficeMockObject.prototype.load.call(coll, "items");
      const inner = props.split(",").map((p) => p.trim()).filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
      if (inner.length > 0) for (const item of rawItems()) item.load(inner.join(","));
      return coll;
    });
  }

  private wireWorksheets(): void {
    const ws = this.worksheets;
    this.wireCollection(ws, () => this.sheets.map((d) => d.node), () => this.sheets.map((d) => d.proxy));
    ws.setValue("getItem", (name: string) => {
      const d = this.sheets.find((s) => s.name === name);
      if (!d) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: "ItemNotFound" });
      return d.proxy;
    });
    ws.setValue("add", (name: string) => {
      if (this.sheets.some((s) => s.name === name)) throw Object.assign(new Error("exists"), { code: "ItemAlreadyExists" });
      this.writes.push({ sheet: name, address: "", path: "worksheets.add", args: [name] });
      return this.addSheet({ name, values: [] }).proxy;
    });
  }

  /** A table in the document (seeded, or applied from worksheet.tables.add at sync). */
  private addTable(sheet: string, range: string, props: { name: string; showHeaders: boolean; showTotals: boolean }, id = this.seq++): DocTable {
    const key = `table${id}`;
    this.tables.addMock(key);
    const node = this.tables[key];
    node.populate({ ...props, showFilterButton: true, style: "TableStyleMedium2" });
    const t: DocTable = { id, ...props, sheet, range, showFilterButton: true, style: "TableStyleMedium2", node };
    node.setValue("getRange", () => this.rangeNode(this.sheet(t.sheet), parseArea(t.range)));
    this.tablesList.push(t);
    return t;
  }

  private wireTables(): void {
    this.wireCollection(this.tables, () => this.tablesList.map((t) => t.node), () => this.tablesList.map((t) => hybrid(t.node, (w) => this.log(w), t.sheet, `table:${t.id}`)));
  }

  private wireNames(): void {
    const node = (n: NameSpec, i: number): Node => {
      const key = `name${i}`;
      if (this.namesNode[key] === undefined) this.namesNode.addMock(key);
      this.namesNode[key].populate({ name: n.name, formula: n.formula });
      return this.namesNode[key];
    };
    this.wireCollection(this.namesNode, () => this.names.map(node), () => this.names.map((n, i) => node(n, i)));
    this.namesNode.setValue("add", (name: string, reference: unknown) => {
      if (typeof reference !== "string") throw new Error("fake Excel: names.add takes a reference text here");
      this.log({ sheet: "", address: "names", path: "names.add", args: [name, reference] });
      return recorder((w) => this.log(w), "", `name:${name}`, "");
    });
    this.namesNode.setValue("getItemOrNullObject", (name: string) => recorder((w) => this.log(w), "", `name:${name}`, ""));
  }

  /** Names in the workbook's one namespace of tables and defined names (Excel compares them without case). */
  private nameTaken(name: string, except?: DocTable): boolean {
    const n = name.toLowerCase();
    return this.tablesList.some((t) => t !== except && t.name.toLowerCase() === n) || this.names.some((x) => x.name.toLowerCase() === n);
  }

  private wireSheet(d: DocSheet): void {
    const node = d.node;
    node.setValue("getUsedRange", () => this.rangeNode(d, this.usedArea(d)));
    node.setValue("getRange", (address?: string) =>
      address === undefined ? recorder((w) => this.log(w), d.name, "*", "") : this.rangeNode(d, parseArea(address)));
    node.setValue("getRangeByIndexes", (row: number, column: number, rows: number, columns: number) =>
      this.rangeNode(d, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns }));
    node.setValue("getRanges", (list: string) => recorder((w) => this.log(w), d.name, list, ""));
    node.tables.setValue("add", (address: unknown, hasHeaders: boolean) => {
      const target = this.rangeArg(address);
      const id = this.seq++;
      const key = `newTable${id}`;
      node.tables.addMock(key);
      this.log({ sheet: target.sheet, address: `table:${id}`, path: "tables.add", args: [target.area, hasHeaders] });
      return hybrid(node.tables[key], (w) => this.log(w), d.name, `table:${id}`);
    });
    const charts = node.charts;
    charts.setValue("add", (type: string, source: unknown, seriesBy: string) => {
      this.log({ sheet: d.name, address: "", path: "charts.add", args: [type, seriesBy] });
      return recorder((w) => this.log(w), d.name, "chart", "");
    });
    this.wireCollection(charts, () => d.charts.map((_, i) => charts[`chart${i}`]), () => d.charts.map((title, i) => {
      const key = `chart${i}`;
      if (charts[key] === undefined) {
        charts.addMock(key);
        charts[key].populate({ name: title });
      }
      return hybrid(charts[key], (w) => this.log(w), d.name, `chart:${i}`);
    }));
  }

  private usedArea(d: DocSheet): Area {
    return usedArea(d.values.keys());
  }

  /** A range's mock node, seeded with the document as it is now. */
  private rangeNode(d: DocSheet, a: Area): any {
    const key = `range${this.seq++}`;
    d.node.addMock(key);
    const node = d.node[key];
    const values: ExcelValue[][] = [], formats: string[][] = [], formulas: ExcelValue[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const vr: ExcelValue[] = [], fr: string[] = [], fo: ExcelValue[] = [];
      for (let c = a.left; c <= a.right; c++) {
        const v = d.values.get(a1(r, c)) ?? "";
        vr.push(v);
        fr.push(d.formats.get(a1(r, c)) ?? "General");
        fo.push(d.formulas.get(a1(r, c)) ?? v); // Excel gives a constant cell's value as its "formula"
      }
      values.push(vr);
      formats.push(fr);
      formulas.push(fo);
    }
    const fill = d.fills.get(a1(a.top, a.left)) ?? NO_FILL;
    const address = `${quoteSheet(d.name)}!${areaText(a)}`;
    node.populate({
      address, values, numberFormat: formats, formulas,
      rowCount: a.bottom - a.top + 1, columnCount: a.right - a.left + 1, rowIndex: a.top - 1, columnIndex: a.left - 1,
      format: { fill: { ...fill, patternColor: fill.patternColor ?? "" } }, // the mock cannot seed null
    });
    node.setValue("getMergedAreasOrNullObject", () => {
      const inside = d.merged.map(parseArea).filter((m) => m.top >= a.top && m.bottom <= a.bottom && m.left >= a.left && m.right <= a.right);
      const mk = `merged${this.seq++}`;
      node.addMock(mk);
      node[mk].populate({ address: inside.map((m) => `${quoteSheet(d.name)}!${areaText(m)}`).join(", ") });
      Object.defineProperty(node[mk], "isNullObject", { value: inside.length === 0 });
      return node[mk];
    });
    node.addMock("conditionalFormats");
    node.conditionalFormats.setValue("add", (type: string) => {
      const id = `cf:${this.seq++}`;
      this.log({ sheet: d.name, address: id, path: "conditionalFormats.add", args: [type, areaText(a)] });
      return recorder((w) => this.log(w), d.name, id, "");
    });
    const load = node.load;
    node.setValue("load", (props: string) => {
      if (/\bvalues\b/.test(props)) this.batchCells += (a.bottom - a.top + 1) * (a.right - a.left + 1);
      return load.call(node, props);
    });
    const proxy = hybrid(node, (w) => this.log(w), d.name, areaText(a));
    this.ranges.set(proxy, { sheet: d.name, area: areaText(a) });
    return proxy;
  }

  /** What a range argument means: a Range is itself; an address text without a sheet is on the ACTIVE sheet, as in Excel. */
  private rangeArg(arg: unknown): { sheet: string; area: string } {
    const known = typeof arg === "object" || typeof arg === "function" ? this.ranges.get(arg as object) : undefined;
    if (known) return known;
    if (typeof arg !== "string") throw new Error("fake Excel: a range argument is a Range or an address text");
    return { sheet: this.activeSheet ?? this.sheets[0]?.name ?? "", area: arg };
  }

  /** Applies one queued write to the document (what the adapter's writes mean in Excel). */
  private apply(w: Write): void {
    if (w.path === "names.add") {
      const [name, formula] = w.args as [string, string];
      if (this.nameTaken(name)) throw refused(`The name ${name} is already in use.`);
      this.names.push({ name, formula });
      return;
    }
    if (w.address.startsWith("name:") && w.path === "delete") {
      const i = this.names.findIndex((n) => n.name.toLowerCase() === w.address.slice("name:".length).toLowerCase());
      if (i < 0) throw refused("The requested resource doesn't exist.", "ItemNotFound"); // a method called on a null object
      this.names.splice(i, 1);
      return;
    }
    const d = this.sheets.find((s) => s.name === w.sheet);
    if (!d) return;
    if (d.protected && (w.path.startsWith("format.") ? !d.allowFormatCells : true) && w.path !== "activate") {
      throw refused("The cell or chart you're trying to change is on a protected sheet.", "AccessDenied");
    }
    if (w.address.startsWith("table:")) return this.applyTable(d, w);
    if (w.address.startsWith("cf:")) return this.applyConditionalFormat(d, w);
    if (w.path.startsWith("dataValidation.")) {
      let v = d.validations.find((x) => x.range === w.address);
      if (!v) d.validations.push((v = { range: w.address }));
      (v as unknown as Record<string, unknown>)[w.path.slice("dataValidation.".length)] = w.value;
      return;
    }
    const cells = (list: string) => [...cellsOf(list)];
    const setFill = (f: (old: CellFill) => CellFill) => {
      for (const cell of cellsOf(w.address)) d.fills.set(cell, f(d.fills.get(cell) ?? NO_FILL));
    };
    switch (w.path) {
      case "format.fill.color": return setFill(() => solid(String(w.value).toUpperCase()));
      case "format.fill.pattern": return setFill((o) => ({ ...o, pattern: String(w.value) }));
      case "format.fill.patternColor": return setFill((o) => ({ ...o, patternColor: String(w.value).toUpperCase() }));
      // Excel reports a tinted fill's colour as shown, tint included.
      case "format.fill.tintAndShade": return setFill((o) => ({ ...o, color: tinted(o.color, Number(w.value)), tintAndShade: Number(w.value) }));
      case "format.fill.clear": return setFill(() => NO_FILL);
      case "format.font.bold": return cells(w.address).forEach((c) => (w.value ? d.bold.add(c) : d.bold.delete(c)));
      case "format.wrapText": return cells(w.address).forEach((c) => (w.value ? d.wrap.add(c) : d.wrap.delete(c)));
      case "format.columnWidth": {
        const a = parseArea(w.address);
        for (let c = a.left; c <= a.right; c++) d.columnWidths.set(c, Number(w.value));
        return;
      }
      case "freezePanes.freezeRows": return void (d.frozen = { rows: Number(w.args![0]), columns: 0 });
      case "freezePanes.freezeColumns": return void (d.frozen = { rows: 0, columns: Number(w.args![0]) });
      case "freezePanes.freezeAt": {
        const target = this.rangeArg(w.args![0]);
        const a = parseArea(target.area);
        return void (this.sheet(target.sheet).frozen = { rows: a.bottom, columns: a.right });
      }
      case "activate": return void (this.activeSheet = d.name);
      case "clear":
        if (w.address === "*") {
          d.values.clear();
          d.formulas.clear();
          d.formats.clear();
          d.fills.clear();
        }
        return;
      case "delete":
        if (w.address.startsWith("chart:")) d.charts.splice(Number(w.address.slice(6)), 1);
        if (w.address === "") {
          this.sheets.splice(this.sheets.indexOf(d), 1);
          for (let i = this.tablesList.length - 1; i >= 0; i--) if (this.tablesList[i].sheet === d.name) this.tablesList.splice(i, 1);
        }
        return;
      case "charts.add": return void d.charts.push(String((w.args ?? [])[0]));
      case "values":
      case "formulas":
      case "numberFormat": {
        const a = parseArea(w.address);
        (w.value as unknown[][]).forEach((row, r) => row.forEach((v, c) => {
          const cell = a1(a.top + r, a.left + c);
          if (w.path === "numberFormat") {
            if (v === "General") d.formats.delete(cell);
            else d.formats.set(cell, String(v));
            return;
          }
          d.formulas.delete(cell);
          if (v === "" || v === null) d.values.delete(cell);
          else if (w.path === "formulas" && typeof v === "string" && v.startsWith("=")) {
            d.formulas.set(cell, v);
            const result = this.calculate(d.name, cell, v);
            if (result === undefined) d.values.delete(cell);
            else d.values.set(cell, result);
          } else d.values.set(cell, typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as ExcelValue)); // a leading ' makes text
        }));
        return;
      }
    }
  }

  private applyTable(d: DocSheet, w: Write): void {
    const id = Number(w.address.slice("table:".length));
    if (w.path === "tables.add") {
      const [range, hasHeaders] = w.args as [string, boolean];
      const a = parseArea(range);
      const overlaps = this.tablesList.some((t) => t.sheet === d.name && (({ top, left, bottom, right }) => top <= a.bottom && a.top <= bottom && left <= a.right && a.left <= right)(parseArea(t.range)));
      if (overlaps) throw refused("A table can't overlap another table.");
      let n = 1;
      while (this.nameTaken(`Table${n}`)) n++;
      this.addTable(d.name, areaText(a), { name: `Table${n}`, showHeaders: hasHeaders, showTotals: false }, id);
      return;
    }
    const t = this.tablesList.find((x) => x.id === id);
    if (!t) throw refused(`fake Excel: no table ${id}`, "ItemNotFound");
    switch (w.path) {
      case "name":
        if (this.nameTaken(String(w.value), t)) throw refused(`A table or name called ${String(w.value)} already exists.`);
        t.name = String(w.value);
        t.node.setValue("name", t.name);
        return;
      case "showFilterButton": return void (t.showFilterButton = Boolean(w.value));
      case "style": return void (t.style = String(w.value));
    }
  }

  private applyConditionalFormat(d: DocSheet, w: Write): void {
    if (w.path === "conditionalFormats.add") {
      const [type, range] = w.args as [string, string];
      d.conditionalFormats.push({ id: w.address, range, type });
      return;
    }
    const cf = d.conditionalFormats.find((x) => x.id === w.address);
    if (!cf) return;
    if (w.path === "custom.rule.formula") cf.formula = String(w.value);
    if (w.path === "custom.format.fill.color") cf.fill = String(w.value);
  }
}

/** Office.context.document.settings, in memory: `saved` is what saveAsync last wrote into the file. */
export class FakeSettings implements SettingsBag {
  readonly data = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.data.has(name) ? this.data.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.data.set(name, value);
  }
  remove(name: string): void {
    this.data.delete(name);
  }
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void {
    this.saved = new Map(this.data);
    this.saves++;
    callback?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
  }
}

/** The example workbook as Excel holds it: rectangular used ranges, serial dates with a date format. */
export function exampleSpecs(sheets: readonly ExampleSheet[]): SheetSpec[] {
  return sheets.map((s) => {
    const width = Math.max(...s.rows.map((r) => r.length));
    const values: ExcelValue[][] = [], numberFormat: string[][] = [];
    for (const row of s.rows) {
      const vr: ExcelValue[] = [], fr: string[] = [];
      for (let c = 0; c < width; c++) {
        const v = row[c] ?? null;
        if (v !== null && typeof v === "object") {
          vr.push(isoToExcelSerial(v.date));
          fr.push("dd/mm/yyyy");
        } else {
          vr.push(v === null ? "" : v);
          fr.push(typeof v === "number" ? s.numberFormats?.[columnLetters(c + 1)] ?? "General" : "General");
        }
      }
      values.push(vr);
      numberFormat.push(fr);
    }
    return { name: s.name, values, numberFormat, formulas: formulaRows(s) };
  });
}
