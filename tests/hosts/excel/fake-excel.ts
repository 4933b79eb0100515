/**
 * A small Excel workbook behind office-addin-mock. office-addin-mock gives the load/sync discipline (a property
 * read before load and context.sync() is an error string); it only knows what is seeded, so this file seeds the
 * shapes the adapter uses and keeps the document state (values, fills, sheets, charts) itself:
 * - every object the adapter loads lives in the mock's tree (so context.sync() reaches it), seeded from the
 *   document as it is when the adapter asks for it;
 * - collections answer load("items/…") (the mock alone cannot navigate through a collection's items);
 * - writes (property sets and method calls on ranges, RangeAreas, sheets, charts) are recorded, and applied to
 *   the document at the next context.sync(), as Excel applies queued commands.
 */
import { OfficeMockObject } from "office-addin-mock";
import { a1, columnLetters, parseA1 } from "../../../src/core";
import { isoToExcelSerial } from "../../../src/core/parse/date";
import type { SettingsBag } from "../../../src/hosts/excel/document-settings";
import type { ExampleSheet } from "../../../examples/example-workbook";

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
}

export interface TableSpec {
  readonly name: string;
  readonly sheet: string;
  /** Whole table, header to last row: "A3:C9". */
  readonly range: string;
  readonly showHeaders?: boolean;
  readonly showTotals?: boolean;
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
  readonly formats: Map<string, string>;
  readonly fills: Map<string, CellFill>;
  readonly merged: string[];
  readonly charts: string[];
  node: Node;
  proxy: any;
}

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
  private pending: Write[] = [];
  private batchCells = 0;
  private seq = 0;
  private readonly tableSpecs: TableSpec[];
  private readonly worksheets: Node;
  private readonly tables: Node;

  constructor(specs: readonly SheetSpec[], tables: readonly TableSpec[] = []) {
    this.tableSpecs = [...tables];
    this.mock = new OfficeMockObject({ context: { workbook: { worksheets: { items: [] }, tables: { items: [] } } } });
    const context: Node = this.mock.context;
    this.context = context as Excel.RequestContext;
    this.worksheets = context.workbook.worksheets;
    this.tables = context.workbook.tables;
    for (const s of specs) this.addSheet(s);
    this.wireWorksheets();
    this.wireTables();
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
      for (const w of queued) this.apply(w);
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
    const d: DocSheet = { name: s.name, id: `{${this.sheets.length + 1}-SHEET}`, values: new Map(), formats: new Map(), fills: new Map(), merged: [...(s.merged ?? [])], charts: [], node, proxy: undefined };
    node.populate({ name: s.name, id: d.id, charts: { items: [] } });
    const top = s.origin?.row ?? 1, left = s.origin?.column ?? 1;
    s.values.forEach((row, r) => row.forEach((v, c) => {
      if (v === "") return;
      d.values.set(a1(top + r, left + c), v);
      const f = s.numberFormat?.[r]?.[c];
      if (f && f !== "General") d.formats.set(a1(top + r, left + c), f);
    }));
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

  private wireTables(): void {
    const raw: Node[] = this.tableSpecs.map((t, i) => {
      const key = `table${i}`;
      this.tables.addMock(key);
      const node = this.tables[key];
      node.populate({ name: t.name, showHeaders: t.showHeaders ?? true, showTotals: t.showTotals ?? false });
      node.setValue("getRange", () => this.rangeNode(this.sheet(t.sheet), parseArea(t.range)));
      return node;
    });
    this.wireCollection(this.tables, () => raw, () => raw.map((n) => hybrid(n, (w) => this.log(w), "", "table")));
  }

  private wireSheet(d: DocSheet): void {
    const node = d.node;
    node.setValue("getUsedRange", () => this.rangeNode(d, this.usedArea(d)));
    node.setValue("getRange", (address?: string) =>
      address === undefined ? recorder((w) => this.log(w), d.name, "*", "") : this.rangeNode(d, parseArea(address)));
    node.setValue("getRangeByIndexes", (row: number, column: number, rows: number, columns: number) =>
      this.rangeNode(d, { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns }));
    node.setValue("getRanges", (list: string) => recorder((w) => this.log(w), d.name, list, ""));
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
    let top = Infinity, left = Infinity, bottom = 0, right = 0;
    for (const cell of d.values.keys()) {
      const p = parseA1(cell)!;
      top = Math.min(top, p.row); bottom = Math.max(bottom, p.row);
      left = Math.min(left, p.column); right = Math.max(right, p.column);
    }
    return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
  }

  /** A range's mock node, seeded with the document as it is now. */
  private rangeNode(d: DocSheet, a: Area): any {
    const key = `range${this.seq++}`;
    d.node.addMock(key);
    const node = d.node[key];
    const values: ExcelValue[][] = [], formats: string[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const vr: ExcelValue[] = [], fr: string[] = [];
      for (let c = a.left; c <= a.right; c++) {
        vr.push(d.values.get(a1(r, c)) ?? "");
        fr.push(d.formats.get(a1(r, c)) ?? "General");
      }
      values.push(vr);
      formats.push(fr);
    }
    const fill = d.fills.get(a1(a.top, a.left)) ?? NO_FILL;
    const address = `${quoteSheet(d.name)}!${areaText(a)}`;
    node.populate({
      address, values, numberFormat: formats,
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
    const load = node.load;
    node.setValue("load", (props: string) => {
      if (/\bvalues\b/.test(props)) this.batchCells += (a.bottom - a.top + 1) * (a.right - a.left + 1);
      return load.call(node, props);
    });
    return hybrid(node, (w) => this.log(w), d.name, areaText(a));
  }

  /** Applies one queued write to the document (what the adapter's writes mean in Excel). */
  private apply(w: Write): void {
    const d = this.sheets.find((s) => s.name === w.sheet);
    if (!d) return;
    const setFill = (f: (old: CellFill) => CellFill) => {
      for (const cell of cellsOf(w.address)) d.fills.set(cell, f(d.fills.get(cell) ?? NO_FILL));
    };
    switch (w.path) {
      case "format.fill.color": return setFill(() => solid(String(w.value).toUpperCase()));
      case "format.fill.pattern": return setFill((o) => ({ ...o, pattern: String(w.value) }));
      case "format.fill.patternColor": return setFill((o) => ({ ...o, patternColor: String(w.value).toUpperCase() }));
      case "format.fill.tintAndShade": return setFill((o) => ({ ...o, tintAndShade: Number(w.value) }));
      case "format.fill.clear": return setFill(() => NO_FILL);
      case "clear":
        if (w.address === "*") {
          d.values.clear();
          d.formats.clear();
          d.fills.clear();
        }
        return;
      case "delete":
        if (w.address.startsWith("chart:")) d.charts.splice(Number(w.address.slice(6)), 1);
        return;
      case "charts.add": return void d.charts.push(String((w.args ?? [])[0]));
      case "values":
      case "numberFormat": {
        const a = parseArea(w.address);
        (w.value as unknown[][]).forEach((row, r) => row.forEach((v, c) => {
          const cell = a1(a.top + r, a.left + c);
          if (w.path === "numberFormat") {
            if (v === "General") d.formats.delete(cell);
            else d.formats.set(cell, String(v));
          } else if (v === "" || v === null) d.values.delete(cell);
          else d.values.set(cell, typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as ExcelValue)); // a leading ' makes text
        }));
        return;
      }
    }
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
    return { name: s.name, values, numberFormat };
  });
}
