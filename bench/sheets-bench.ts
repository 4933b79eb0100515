/**
 * The Google Sheets server (the BUILT dist/gas/Code.js) on the benchmark's table, in a Node vm
 * against the in-memory Apps Script fake (tests/hosts/sheets/fake-apps-script.ts), each call in a
 * fresh global scope as Apps Script runs it. Measures the server-side time of each sidebar action
 * and its service calls, against the core alone on the same snapshot (the baseline, same run).
 * Apps Script's own service latency is not in these figures (the fake answers in memory): that
 * is what the call counts stand for.
 */
import { execSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import * as vm from "vm";
import { resolveSettings, toReport, validateWorkbook } from "../src/core";
import * as fakes from "../tests/hosts/sheets/fake-apps-script";
import { FakeAppsScript, midnightIn } from "../tests/hosts/sheets/fake-apps-script";
import { benchRows } from "./generate";
import { table, timed } from "./stats";

const TIME_ZONE = "Europe/Zurich";
const AS_OF = "2026-01-15";

export interface SheetsBenchRow {
  readonly action: string;
  /** Wall time of the call, the fake's own work included. */
  readonly ms: number;
  /** Time spent inside the fake's services (building and storing cells in memory). */
  readonly fakeMs: number;
  /** Calls to the spreadsheet, properties and lock; Utilities' local date formatting apart. */
  readonly calls: number;
  readonly formatDates: number;
  readonly note: string;
}

/** Accumulates the time spent inside the fake's methods, so the server's own time can be told apart. */
function timeTheFake(): { readonly ms: () => number; reset(): void; time<T>(f: () => T): T } {
  let ms = 0, depth = 0;
  const classes = [fakes.FakeSpreadsheet, fakes.FakeSheet, fakes.FakeRange, fakes.FakeRangeList, fakes.FakeProperties, fakes.FakeLock];
  for (const cls of classes) {
    const proto = cls.prototype as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(proto)) {
      const original = Object.getOwnPropertyDescriptor(proto, name)?.value;
      if (name === "constructor" || typeof original !== "function") continue;
      proto[name] = function (this: unknown, ...args: unknown[]) {
        const t0 = depth++ === 0 ? process.hrtime.bigint() : undefined;
        try {
          return (original as (...a: unknown[]) => unknown).apply(this, args);
        } finally {
          depth--;
          if (t0 !== undefined) ms += Number(process.hrtime.bigint() - t0) / 1e6;
        }
      };
    }
  }
  const time = <T>(f: () => T): T => {
    const t0 = process.hrtime.bigint();
    try {
      return f();
    } finally {
      ms += Number(process.hrtime.bigint() - t0) / 1e6;
    }
  };
  return { ms: () => ms, reset: () => void (ms = 0), time };
}

/** dist/gas/Code.js, built first when missing (webpack --env gas). */
function builtCode(root: string): string {
  const file = join(root, "dist/gas/Code.js");
  if (!existsSync(file)) {
    console.log("building dist/gas/Code.js (webpack --mode production --env gas)…");
    execSync("npx webpack --mode production --env gas", { cwd: root, stdio: "ignore" });
  }
  return readFileSync(file, "utf8");
}

export function runSheetsBench(root: string, rows: number): { rows: SheetsBenchRow[]; coreMs: number; totalMs: number } {
  const code = builtCode(root);
  const raw = benchRows(rows);
  const values = raw.map((row) => row.map((v) => (v === null ? "" : typeof v === "object" ? midnightIn(v.date, TIME_ZONE) : v)));
  const fake = new FakeAppsScript({ name: "bench-workplan-2025-2026", timeZone: TIME_ZONE, sheets: [{ name: "Workplan 2025-2026", values }] });
  const inFake = timeTheFake();
  // Utilities.formatDate is the fake's too (Intl in Node): timed like the fake's classes.
  const services = fake.globals as Record<string, unknown> & { Utilities: { formatDate: (...a: unknown[]) => string } };
  const formatDate = services.Utilities.formatDate;
  services.Utilities.formatDate = (...a: unknown[]) => inFake.time(() => formatDate(...a));
  const call = (name: string, ...args: unknown[]): unknown => {
    const context = vm.createContext({ ...services });
    vm.runInContext(code, context, { filename: "Code.js" });
    return (context[name] as (...a: unknown[]) => unknown)(...args);
  };
  const out: SheetsBenchRow[] = [];
  const measure = (action: string, f: () => unknown, note: (result: unknown) => string) => {
    fake.resetCalls();
    inFake.reset();
    const { ms, result } = timed(f);
    const formatDates = fake.count("Utilities.formatDate");
    out.push({ action, ms, fakeMs: inFake.ms(), calls: fake.calls.filter((c) => !c.method.startsWith("Utilities.")).length, formatDates, note: note(result) });
  };
  measure("load Code.js (fresh scope)", () => call("loadSettings"), () => "per call");
  measure("validate", () => call("validate", { asOf: AS_OF }), (r) => `report ${(JSON.stringify(r).length / 1e6).toFixed(1)} MB to the sidebar`);
  measure("highlight", () => call("highlight", { asOf: AS_OF }), (r) => `${(r as { cells: number }).cells.toLocaleString("en")} cells; state ${(fake.propertyBytes() / 1024).toFixed(1)} KB`);
  measure("clearHighlights", () => call("clearHighlights"), (r) => `${(r as { cells: number }).cells.toLocaleString("en")} cells`);
  measure("writeRollups", () => call("writeRollups", { asOf: AS_OF }), () => `${fake.count("Range.setValues") + fake.count("Range.setBackgrounds")} value/fill writes`);
  const snapshot = { name: "bench-workplan-2025-2026", sheets: [{ name: "Workplan 2025-2026", originRow: 1, originColumn: 1, values: raw }] };
  const core = timed(() => toReport(validateWorkbook(snapshot, resolveSettings({ asOf: AS_OF }, AS_OF)), snapshot.name));
  const totalMs = out.slice(1).reduce((n, r) => n + r.ms - r.fakeMs, 0);
  return { rows: out, coreMs: core.ms, totalMs };
}

export function printSheetsBench(root: string, rows: number): void {
  const r = runSheetsBench(root, rows);
  console.log(`(d) Google Sheets server: built Code.js in a vm on the Apps Script fake, ${rows.toLocaleString("en")} rows × 10 columns`);
  const server = (x: SheetsBenchRow) => x.ms - x.fakeMs;
  console.log(table(["action", "server time", "÷ core alone", "in the fake", "spreadsheet calls", "formatDate", ""], r.rows.map((x) => [
    x.action, `${(server(x) / 1000).toFixed(2)} s`, `${(server(x) / r.coreMs).toFixed(1)}×`, `${(x.fakeMs / 1000).toFixed(2)} s`, String(x.calls), String(x.formatDates), x.note,
  ])));
  console.log(`server time = wall time minus the fake's own work. Core alone (validateWorkbook + toReport, same snapshot): ${(r.coreMs / 1000).toFixed(2)} s · the four actions ${(r.totalMs / 1000).toFixed(1)} s · target < 10 s each (Apps Script allows 360 s): ${r.rows.every((x) => server(x) < 10_000) ? "met" : "MISSED"}\n`);
}
