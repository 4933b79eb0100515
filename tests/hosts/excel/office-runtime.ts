/**
 * Microsoft's own Excel JavaScript runtime (`@microsoft/office-js`, dist/excel-web-16.00.debug.js — the file the
 * CDN serves to Excel on the web) loaded in a Node vm, with a request executor standing in for Excel. The adapter's
 * calls go through the real proxies, batching and serialisation, so each request is exactly the JSON Excel would
 * receive: its size and the number of requests can be measured, and the runtime's own load/sync rules apply.
 *
 * The executor (RuntimeWorkbook) answers the queries the adapter makes from a small document model (values,
 * number formats, fills, merged areas, protection, tables, charts, the date system) and applies its writes. As
 * Excel on the web does, it refuses a request over 5 MB (RequestPayloadSizeLimitExceeded) and a response over
 * 5 MB (ResponsePayloadSizeLimitExceeded). Error codes for the edge states are the ones Excel documents
 * (InvalidOperationInCellEditMode, AccessDenied on a protected sheet, ItemAlreadyExists); what Excel answers for
 * more than 512 merged areas is not documented beyond "fails", so the model fails with GeneralException.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { a1, parseA1 } from "../../../src/core";
import { usedArea } from "./used-area";

const RUNTIME = path.join(__dirname, "../../../node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js");

/** Excel on the web's limit on one request and one response. */
export const EXCEL_WEB_LIMIT = 5 * 1024 * 1024;
/** Excel refuses to list more merged areas than this in one call. */
export const MAX_MERGED_AREAS = 512;

let runtime: { Excel: any; OfficeExtension: any } | undefined;

/** The runtime's Excel namespace, loaded once per test file. */
export function excelRuntime(): { Excel: any; OfficeExtension: any } {
  if (runtime) return runtime;
  const sandbox: Record<string, unknown> = { console: { log() {}, warn() {}, error() {}, info() {} }, setTimeout, clearTimeout, setInterval, clearInterval, navigator: { userAgent: "node" } };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(RUNTIME, "utf8"), sandbox, { filename: "excel-web-16.00.debug.js" });
  runtime = { Excel: sandbox.Excel, OfficeExtension: sandbox.OfficeExtension };
  return runtime;
}

export interface Fill {
  color: string;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
}
export const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None", patternColor: null, tintAndShade: 0 };

interface Area { top: number; left: number; bottom: number; right: number }

export interface RuntimeSheet {
  name: string;
  readonly id: string;
  readonly values: Map<string, string | number | boolean>;
  readonly formats: Map<string, string>;
  readonly fills: Map<string, Fill>;
  merged: Area[];
  /** Protected without allowFormatCells: format changes are refused. */
  protected: boolean;
  allowFormatCells: boolean;
  charts: string[];
}

export interface RecordedRequest {
  readonly bytes: number;
  readonly actions: number;
  /** Bytes of the response the model gave. */
  readonly responseBytes: number;
}

class ExcelError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const quote = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);
const areaText = (a: Area): string => (a.top === a.bottom && a.left === a.right ? a1(a.top, a.left) : `${a1(a.top, a.left)}:${a1(a.bottom, a.right)}`);

function parseArea(text: string): Area {
  const bare = text.includes("!") ? text.slice(text.lastIndexOf("!") + 1) : text;
  const [from, to = from] = bare.trim().split(":");
  const a = parseA1(from), b = parseA1(to);
  if (!a || !b) throw new ExcelError("InvalidArgument", `bad address ${text}`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

function* cells(areas: readonly Area[]): Generator<string> {
  for (const a of areas) for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) yield a1(r, c);
}

const pascal = (p: string): string => p.charAt(0).toUpperCase() + p.slice(1);

/** What an object path resolves to in the model. */
type Obj =
  | { t: "workbook" } | { t: "worksheets" } | { t: "tables" } | { t: "functions" }
  | { t: "sheet"; s: RuntimeSheet }
  | { t: "range"; s: RuntimeSheet; areas: Area[]; whole?: boolean }
  | { t: "format"; s: RuntimeSheet; areas: Area[]; whole?: boolean }
  | { t: "fill" | "font"; s: RuntimeSheet; areas: Area[] }
  | { t: "charts"; s: RuntimeSheet } | { t: "chart"; s: RuntimeSheet; i: number } | { t: "chartPart" }
  | { t: "value"; value: unknown }
  | { t: "null" };

export interface RuntimeSheetSpec {
  readonly name: string;
  readonly values?: readonly (readonly (string | number | boolean)[])[];
  readonly formats?: readonly (readonly string[])[];
  readonly fills?: Readonly<Record<string, Fill>>;
  readonly merged?: readonly string[];
  readonly protected?: boolean;
  readonly allowFormatCells?: boolean;
}

/** The document behind the runtime, and the executor that answers its requests. */
export class RuntimeWorkbook {
  readonly sheets: RuntimeSheet[] = [];
  readonly requests: RecordedRequest[] = [];
  /** Set while the user edits a cell: requests fail unless the run asked delayForCellEdit. */
  editingCell = false;
  /** More requests than this fail the test run (a plan of 174,763 reads must not be attempted). */
  maxRequests = 1000;
  date1904 = false;
  activeSheet = "";
  private nextId = 1;
  /** Objects handed out by reference (_ReferenceId), valid across requests. */
  private readonly references = new Map<string, Obj>();

  constructor(specs: readonly RuntimeSheetSpec[] = []) {
    for (const s of specs) this.addSheet(s);
    this.activeSheet = this.sheets[0]?.name ?? "";
  }

  addSheet(spec: RuntimeSheetSpec): RuntimeSheet {
    const s: RuntimeSheet = {
      name: spec.name, id: `{00000000-0001-0000-${String(this.nextId++).padStart(4, "0")}-000000000000}`,
      values: new Map(), formats: new Map(), fills: new Map(), merged: (spec.merged ?? []).map(parseArea),
      protected: spec.protected ?? false, allowFormatCells: spec.allowFormatCells ?? false, charts: [],
    };
    (spec.values ?? []).forEach((row, r) => row.forEach((v, c) => {
      if (v !== "") s.values.set(a1(r + 1, c + 1), v);
      const f = spec.formats?.[r]?.[c];
      if (f && f !== "General") s.formats.set(a1(r + 1, c + 1), f);
    }));
    for (const [cell, f] of Object.entries(spec.fills ?? {})) s.fills.set(cell, f);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): RuntimeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  fill(sheet: string, cell: string): Fill {
    return this.sheet(sheet).fills.get(cell) ?? NO_FILL;
  }

  /** A RequestContext of Microsoft's runtime whose requests this workbook answers. */
  context(): Excel.RequestContext {
    const { Excel } = excelRuntime();
    const context = new Excel.RequestContext();
    context._requestExecutor = { executeAsync: (_data: unknown, _flags: unknown, msg: { Body: any }) => Promise.resolve(this.execute(msg.Body)) };
    return context as Excel.RequestContext;
  }

  /** An Excel.run stand-in: like Excel, a run that did not ask to wait fails while a cell is being edited. */
  run = <T>(options: { delayForCellEdit?: boolean } | ((c: Excel.RequestContext) => Promise<T>), batch?: (c: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const opts = typeof options === "function" ? {} : options;
    const fn = typeof options === "function" ? options : batch!;
    if (opts.delayForCellEdit) this.editingCell = false; // Excel waits until the edit ends
    return fn(this.context());
  };

  private execute(body: any): any {
    if (this.requests.length >= this.maxRequests) throw new Error(`test harness: more than ${this.maxRequests} requests`);
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text);
    const record = (responseBytes: number) => this.requests.push({ bytes, actions: body.Actions.length, responseBytes });
    if (bytes > EXCEL_WEB_LIMIT) {
      record(0);
      return { ErrorCode: "RequestPayloadSizeLimitExceeded", HttpStatusCode: 413, ErrorMessage: "The request payload size has exceeded the limit.", Headers: {} };
    }
    if (this.editingCell) {
      record(0);
      return { Body: { Error: { Code: "InvalidOperationInCellEditMode", Message: "Excel is in cell-editing mode.", ActionIndex: 0, HttpStatusCode: 400 } }, Headers: {} };
    }
    const resolved = new Map<number, Obj>();
    const resolve = (id: number): Obj => {
      const known = resolved.get(id);
      if (known) return known;
      const p = body.ObjectPaths[id];
      const args: unknown[] = p.ArgumentInfo?.Arguments ?? [];
      const refs: (number | null)[] = p.ArgumentInfo?.ReferencedObjectPathIds ?? [];
      const obj = this.path(p.ObjectPathType, p.Name, p.ParentObjectPathId !== undefined ? resolve(p.ParentObjectPathId) : undefined, args.map((a, i) => (refs[i] ? resolve(refs[i]!) : a)));
      resolved.set(id, obj);
      return obj;
    };
    const results: { ActionId: number; Value: unknown }[] = [];
    for (let i = 0; i < body.Actions.length; i++) {
      const a = body.Actions[i];
      try {
        const obj = resolve(a.ObjectPathId);
        const args: unknown[] = a.ArgumentInfo?.Arguments ?? [];
        switch (a.ActionType) {
          case 1: // Instantiate: null objects, and objects a method made (worksheets.add), need an answer
            if (obj.t === "null") results.push({ ActionId: a.Id, Value: null });
            else if (body.ObjectPaths[a.ObjectPathId].ObjectPathType === 3 && body.ObjectPaths[a.ObjectPathId].Name === "Add") {
              const ref = `ref:${this.references.size + 1}`;
              this.references.set(ref, obj);
              results.push({ ActionId: a.Id, Value: { _ReferenceId: ref } });
            }
            break;
          case 2: // Query
            results.push({ ActionId: a.Id, Value: this.query(obj, a.QueryInfo?.Select ?? []) });
            break;
          case 3: // Method
            results.push({ ActionId: a.Id, Value: this.method(obj, a.Name, args) ?? null });
            break;
          case 4: // SetProperty
            this.set(obj, a.Name, args[0]);
            break;
          default:
            break;
        }
      } catch (e) {
        const err = e instanceof ExcelError ? e : new ExcelError("GeneralException", String(e));
        record(0);
        return { Body: { Error: { Code: err.code, Message: err.message, ActionIndex: i, HttpStatusCode: 400 }, Results: results }, Headers: {} };
      }
    }
    const response = { Body: { Results: results }, Headers: {} };
    const responseBytes = Buffer.byteLength(JSON.stringify(response.Body));
    record(responseBytes);
    if (responseBytes > EXCEL_WEB_LIMIT) {
      this.requests[this.requests.length - 1] = { bytes, actions: body.Actions.length, responseBytes };
      return { ErrorCode: "ResponsePayloadSizeLimitExceeded", HttpStatusCode: 413, ErrorMessage: "The response payload size has exceeded the limit.", Headers: {} };
    }
    return response;
  }

  private findSheet(key: unknown): RuntimeSheet | undefined {
    return this.sheets.find((s) => s.id === key) ?? this.sheets.find((s) => s.name.toLowerCase() === String(key).toLowerCase());
  }

  private used(s: RuntimeSheet): Area {
    return usedArea(s.values.keys());
  }

  private path(type: number, name: string, parent: Obj | undefined, args: unknown[]): Obj {
    if (type === 1) return { t: "workbook" };
    if (type === 6) {
      const known = this.references.get(name);
      if (!known) throw new ExcelError("InvalidObjectPath", `unknown reference ${name}`);
      return known;
    }
    if (!parent) throw new ExcelError("GeneralException", `path ${name} without parent`);
    const key = `${parent.t}.${name}`;
    if (type === 5) {
      // Indexer: collection items by id (or name)
      if (parent.t === "worksheets") {
        const s = this.findSheet(args[0]);
        if (!s) throw new ExcelError("ItemNotFound", `no sheet ${String(args[0])}`);
        return { t: "sheet", s };
      }
      if (parent.t === "charts") return { t: "chart", s: parent.s, i: Number(args[0]) };
      throw new ExcelError("GeneralException", `indexer on ${parent.t}`);
    }
    switch (key) {
      case "workbook.Worksheets": return { t: "worksheets" };
      case "workbook.Tables": return { t: "tables" };
      case "workbook.Functions": return { t: "functions" };
      case "functions.Date": {
        const [y, m, d] = args as number[];
        const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
        return { t: "value", value: this.date1904 ? days - 1462 : days };
      }
      case "worksheets.GetItem": case "worksheets.GetItemOrNullObject": {
        const s = this.findSheet(args[0]);
        if (!s) {
          if (name === "GetItemOrNullObject") return { t: "null" };
          throw new ExcelError("ItemNotFound", `no sheet ${String(args[0])}`);
        }
        return { t: "sheet", s };
      }
      case "worksheets.Add": {
        const wanted = String(args[0]);
        if (this.findSheet(wanted)) throw new ExcelError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
        return { t: "sheet", s: this.addSheet({ name: wanted }) };
      }
    }
    if (parent.t === "sheet") {
      const s = parent.s;
      switch (name) {
        case "GetRange": return args[0] === undefined || args[0] === null ? { t: "range", s, areas: [{ top: 1, left: 1, bottom: 1048576, right: 16384 }], whole: true } : { t: "range", s, areas: [parseArea(String(args[0]))] };
        case "GetUsedRange": return { t: "range", s, areas: [this.used(s)] };
        case "GetRangeByIndexes": {
          const [r, c, h, w] = args as number[];
          return { t: "range", s, areas: [{ top: r + 1, left: c + 1, bottom: r + h, right: c + w }] };
        }
        case "GetRanges": return { t: "range", s, areas: String(args[0]).split(",").map(parseArea) };
        case "Charts": return { t: "charts", s };
      }
    }
    if (parent.t === "range" || parent.t === "format") {
      if (parent.t === "range" && name === "Format") return { t: "format", s: parent.s, areas: parent.areas, whole: parent.whole };
      if (parent.t === "format" && (name === "Fill" || name === "Font")) return { t: name === "Fill" ? "fill" : "font", s: parent.s, areas: parent.areas };
      if (parent.t === "range" && name === "GetRow") {
        const [a] = parent.areas;
        const r = a.top + Number(args[0]);
        return { t: "range", s: parent.s, areas: [{ top: r, left: a.left, bottom: r, right: a.right }] };
      }
      if (parent.t === "range" && name === "GetBoundingRect") {
        const [a] = parent.areas;
        const other = args[0] as Obj;
        if (other.t !== "range") throw new ExcelError("InvalidArgument", "getBoundingRect takes a range");
        const [b] = other.areas;
        return { t: "range", s: parent.s, areas: [{ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }] };
      }
      if (parent.t === "range" && name === "GetMergedAreasOrNullObject") {
        const [a] = parent.areas;
        const inside = parent.s.merged.filter((m) => m.top <= a.bottom && a.top <= m.bottom && m.left <= a.right && a.left <= m.right);
        if (inside.length > MAX_MERGED_AREAS) throw new ExcelError("GeneralException", "There was an internal error while processing the request.");
        return inside.length === 0 ? { t: "null" } : { t: "value", value: inside.map((m) => `${quote(parent.s.name)}!${areaText(m)}`).join(", ") };
      }
    }
    if (parent.t === "charts" && name === "Add") {
      parent.s.charts.push(String(args[0]));
      return { t: "chart", s: parent.s, i: parent.s.charts.length - 1 };
    }
    if (parent.t === "chart" || parent.t === "chartPart") return { t: "chartPart" };
    throw new ExcelError("GeneralException", `the model does not know ${key}`);
  }

  private query(obj: Obj, select: string[]): unknown {
    // "protection/options" → { Protection: { Options: … } }
    const pick = (all: Record<string, unknown>) => {
      const out: Record<string, any> = {};
      for (const p of select) {
        const parts = p.split("/").map(pascal);
        let from: any = all, to: any = out;
        parts.forEach((k, i) => {
          from = from?.[k];
          if (i === parts.length - 1) to[k] = from;
          else to = to[k] ??= {};
        });
      }
      return out;
    };
    switch (obj.t) {
      case "worksheets":
        return { _Items: this.sheets.map((s) => ({ _Id: s.id, ...pick(this.sheetProps(s)) })) };
      case "tables":
        return { _Items: [] };
      case "charts":
        return { _Items: obj.s.charts.map((c, i) => ({ _Id: String(i), ...pick({ Name: `Chart ${i + 1}` }) })) };
      case "range": {
        const [a] = obj.areas;
        const rows = a.bottom - a.top + 1, cols = a.right - a.left + 1;
        const grid = (f: (cell: string) => unknown) => Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(a1(a.top + r, a.left + c))));
        const props: Record<string, () => unknown> = {
          Address: () => `${quote(obj.s.name)}!${areaText(a)}`,
          Values: () => {
            if (rows * cols > 5_000_000) throw new ExcelError("RangeExceedsLimit", "The range has more than five million cells.");
            return grid((cell) => obj.s.values.get(cell) ?? "");
          },
          NumberFormat: () => grid((cell) => obj.s.formats.get(cell) ?? "General"),
          RowCount: () => rows, ColumnCount: () => cols, RowIndex: () => a.top - 1, ColumnIndex: () => a.left - 1,
        };
        return Object.fromEntries(select.map((p) => [pascal(p), props[pascal(p)]?.()]));
      }
      case "fill": {
        const f = obj.s.fills.get(a1(obj.areas[0].top, obj.areas[0].left)) ?? NO_FILL;
        return pick({ Color: f.color, Pattern: f.pattern, PatternColor: f.patternColor, TintAndShade: f.tintAndShade });
      }
      case "value":
        return typeof obj.value === "string" ? pick({ Address: obj.value }) : pick({ Value: obj.value });
      case "sheet":
        return pick(this.sheetProps(obj.s));
      case "null":
        return null;
      default:
        throw new ExcelError("GeneralException", `query on ${obj.t}`);
    }
  }

  private sheetProps(s: RuntimeSheet): Record<string, unknown> {
    return { Name: s.name, Id: s.id, Protection: { Protected: s.protected, Options: { allowFormatCells: s.allowFormatCells, allowFormatColumns: false, allowFormatRows: false } } }; // value objects keep camelCase
  }

  private refuseFormat(s: RuntimeSheet): void {
    if (s.protected && !s.allowFormatCells) throw new ExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }

  private refuseEdit(s: RuntimeSheet): void {
    if (s.protected) throw new ExcelError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.");
  }

  private set(obj: Obj, name: string, value: unknown): void {
    if (obj.t === "fill") {
      this.refuseFormat(obj.s);
      for (const cell of cells(obj.areas)) {
        const old = obj.s.fills.get(cell) ?? NO_FILL;
        if (name === "Color") obj.s.fills.set(cell, { color: String(value).toUpperCase(), pattern: "Solid", patternColor: null, tintAndShade: 0 });
        if (name === "Pattern") obj.s.fills.set(cell, { ...old, pattern: String(value) });
        if (name === "PatternColor") obj.s.fills.set(cell, { ...old, patternColor: String(value).toUpperCase() });
        if (name === "TintAndShade") obj.s.fills.set(cell, { ...old, tintAndShade: Number(value) });
      }
      return;
    }
    if (obj.t === "font" || obj.t === "format") return this.refuseFormat(obj.s);
    if (obj.t === "range") {
      this.refuseEdit(obj.s);
      const [a] = obj.areas;
      const rows = value as unknown[][];
      rows.forEach((row, r) => row.forEach((v, c) => {
        const cell = a1(a.top + r, a.left + c);
        if (name === "NumberFormat") {
          if (v === "General") obj.s.formats.delete(cell);
          else obj.s.formats.set(cell, String(v));
        } else if (name === "Values") {
          if (v === "" || v === null) obj.s.values.delete(cell);
          else obj.s.values.set(cell, typeof v === "string" && v.startsWith("'") ? v.slice(1) : (v as string | number | boolean));
        }
      }));
      return;
    }
    if (obj.t === "chartPart" || obj.t === "chart") return;
    throw new ExcelError("GeneralException", `set ${name} on ${obj.t}`);
  }

  private method(obj: Obj, name: string, _args: unknown[]): unknown {
    if (obj.t === "fill" && name === "Clear") {
      this.refuseFormat(obj.s);
      for (const cell of cells(obj.areas)) obj.s.fills.delete(cell);
      return undefined;
    }
    if (obj.t === "sheet" && name === "Activate") return void (this.activeSheet = obj.s.name);
    if (obj.t === "range" && name === "Select") return undefined;
    if (obj.t === "range" && name === "_ValidateArraySize") {
      const [rows, cols] = _args as number[];
      const [a] = obj.areas;
      if (rows !== a.bottom - a.top + 1 || cols !== a.right - a.left + 1) throw new ExcelError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      return undefined;
    }
    if (obj.t === "range" && name === "Clear") {
      this.refuseEdit(obj.s);
      if (obj.whole) {
        obj.s.values.clear();
        obj.s.formats.clear();
        obj.s.fills.clear();
      }
      return undefined;
    }
    if (obj.t === "chart" && name === "Delete") return void obj.s.charts.splice(obj.i, 1);
    if (obj.t === "chartPart" || obj.t === "chart") return undefined;
    throw new ExcelError("GeneralException", `method ${name} on ${obj.t}`);
  }
}
