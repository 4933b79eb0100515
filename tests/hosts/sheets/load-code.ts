/**
 * Loads the BUILT dist/gas/Code.js into a Node vm context whose only globals are the fake Apps
 * Script services: no require, module, process, Buffer, setTimeout, structuredClone, TextEncoder, URL —
 * which is closer to Apps Script V8 than Node is.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import type { FakeAppsScript, SeedSheet } from "./fake-apps-script";
import { midnightIn } from "./fake-apps-script";
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";

export const CODE_JS = path.resolve(__dirname, "../../../dist/gas/Code.js");
export const SIDEBAR_HTML = path.resolve(__dirname, "../../../dist/gas/Sidebar.html");

export const BUILD_HINT = "run `npx webpack --mode production --env gas` (or `npm run build:gas`) first";

let code: string | undefined;

export function builtCode(): string {
  if (code === undefined) {
    if (!fs.existsSync(CODE_JS)) throw new Error(`${CODE_JS} is missing: ${BUILD_HINT}.`);
    code = fs.readFileSync(CODE_JS, "utf8");
  }
  return code;
}

/** The functions Code.js defines as globals (what Apps Script sees). */
export type GasGlobals = Record<string, (...args: any[]) => any>;

export function loadCode(fake: FakeAppsScript): { globals: GasGlobals; context: vm.Context } {
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(builtCode(), context, { filename: "Code.js" });
  return { globals: context as GasGlobals, context };
}

/** JSON round trip: exactly what google.script.run would hand the sidebar (and it fails on cycles). */
export const overTheWire = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

export const EXAMPLE_FILE = "workplan-check-examples.xlsx";
export const TIME_ZONE = "Europe/Zurich";

/** The example workbook as a Sheets user would have it: dates as Date objects, blanks as "". */
export function exampleSeedSheets(timeZone = TIME_ZONE): SeedSheet[] {
  return EXAMPLE_SHEETS.map((s) => ({
    name: s.name,
    values: s.rows.map((row) => row.map((v) => (v === null ? "" : typeof v === "object" ? midnightIn(v.date, timeZone) : v))),
  }));
}
