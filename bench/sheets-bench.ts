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
import { FakeAppsScript, midnightIn } from "../tests/hosts/sheets/fake-apps-script";
import { benchRows } from "./generate";
import { table, timed } from "./stats";

const TIME_ZONE = "Europe/Zurich";
const AS_OF = "2026-01-15";

export interface SheetsBenchRow {
  readonly action: string;
  readonly ms: number;
  readonly calls: number;
  readonly note: string;
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
  const call = (name: string, ...args: unknown[]): unknown => {
    const context = vm.createContext({ ...fake.globals });
    vm.runInContext(code, context, { filename: "Code.js" });
    return (context[name] as (...a: unknown[]) => unknown)(...args);
  };
  const out: SheetsBenchRow[] = [];
  const measure = (action: string, f: () => unknown, note: (result: unknown) => string) => {
    fake.resetCalls();
    const { ms, result } = timed(f);
    out.push({ action, ms, calls: fake.serviceCalls(), note: note(result) });
  };
  measure("load Code.js (fresh scope)", () => call("loadSettings"), () => "per call");
  measure("validate", () => call("validate", { asOf: AS_OF }), (r) => `report ${(JSON.stringify(r).length / 1e6).toFixed(1)} MB to the sidebar`);
  measure("highlight", () => call("highlight", { asOf: AS_OF }), (r) => `${(r as { cells: number }).cells.toLocaleString("en")} cells; state ${(fake.propertyBytes() / 1024).toFixed(1)} KB`);
  measure("clearHighlights", () => call("clearHighlights"), (r) => `${(r as { cells: number }).cells.toLocaleString("en")} cells`);
  measure("writeRollups", () => call("writeRollups", { asOf: AS_OF }), () => `${fake.count("Range.setValues") + fake.count("Range.setBackgrounds")} value/fill writes`);
  const snapshot = { name: "bench-workplan-2025-2026", sheets: [{ name: "Workplan 2025-2026", originRow: 1, originColumn: 1, values: raw }] };
  const core = timed(() => toReport(validateWorkbook(snapshot, resolveSettings({ asOf: AS_OF }, AS_OF)), snapshot.name));
  const totalMs = out.slice(1).reduce((n, r) => n + r.ms, 0);
  return { rows: out, coreMs: core.ms, totalMs };
}

export function printSheetsBench(root: string, rows: number): void {
  const r = runSheetsBench(root, rows);
  console.log(`(d) Google Sheets server: built Code.js in a vm on the Apps Script fake, ${rows.toLocaleString("en")} rows × 10 columns`);
  console.log(table(["action", "server time", "÷ core alone", "service calls", ""], r.rows.map((x) => [
    x.action, `${(x.ms / 1000).toFixed(2)} s`, `${(x.ms / r.coreMs).toFixed(1)}×`, String(x.calls), x.note,
  ])));
  console.log(`core alone (validateWorkbook + toReport, same snapshot): ${(r.coreMs / 1000).toFixed(2)} s · all four actions ${(r.totalMs / 1000).toFixed(1)} s · target < 10 s each, Apps Script allows 360 s: ${r.rows.every((x) => x.ms < 10_000) ? "met" : "MISSED"}\n`);
}
