/**
 * Loads the BUILT dist/gas/Code.js into a Node vm context whose only globals are the fake Apps
 * Script services: no require, module, process, Buffer, setTimeout, structuredClone, TextEncoder, URL —
 * which is closer to Apps Script V8 than Node is.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import type { FakeAppsScript, SeedSheet } from "./fake-apps-script";
import { midnightIn, wallClock } from "./fake-apps-script";
import { EXAMPLE_SHEETS, formulaRows } from "../../../examples/example-workbook";

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

/** A fresh vm context holding only the fake services, with Code.js run in it. */
function freshContext(fake: FakeAppsScript): vm.Context {
  const context = vm.createContext({ ...fake.globals });
  vm.runInContext(builtCode(), context, { filename: "Code.js" });
  return context;
}

/** A value google.script.run refuses to carry (a Date, a function), with where it sits; undefined if none. */
export function refusedByRun(value: unknown, at = "value"): string | undefined {
  if (Object.prototype.toString.call(value) === "[object Date]") return `${at} is a Date`;
  if (typeof value === "function") return `${at} is a function`;
  if (typeof value !== "object" || value === null) return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = refusedByRun(v, `${at}.${k}`);
    if (found) return found;
  }
  return undefined;
}

/**
 * Loads the built Code.js as Apps Script runs it: every call of a global (a trigger, a menu item, a
 * custom function, a google.script.run target) gets a fresh global scope with Code.js loaded anew,
 * so nothing a call leaves in module state reaches the next one.
 *  - globals: direct calls (menus, triggers; custom functions without the date conversion)
 *  - run: the sidebar's google.script.run: arguments and results must be plain JSON (no Date, no
 *    function) and are copied as JSON, as the real channel does
 *  - custom: a custom function as Sheets calls it, with dates converted between the spreadsheet's
 *    and the script's zone both ways (see wallClock)
 *  - context: one loaded context, for inspecting what Code.js defines
 */
export function loadCode(fake: FakeAppsScript): { globals: GasGlobals; run: GasGlobals; custom: GasGlobals; context: vm.Context } {
  const context = freshContext(fake);
  const call = (name: string, args: unknown[]) => {
    const fn = freshContext(fake)[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    return fn(...args);
  };
  const names = Object.keys(context).filter((k) => typeof context[k] === "function" && !(k in fake.globals));
  const globals: GasGlobals = {}, run: GasGlobals = {}, custom: GasGlobals = {};
  for (const name of names) {
    globals[name] = (...args: unknown[]) => call(name, args);
    run[name] = (...args: unknown[]) => {
      const refused = refusedByRun(args, "arguments");
      if (refused) throw new Error(`google.script.run: invalid argument (${refused})`);
      const result = call(name, overTheWire(args) as unknown[]);
      const bad = refusedByRun(result, "the result");
      if (bad) throw new Error(`google.script.run: ${name} returned what cannot be sent (${bad})`);
      return overTheWire(result);
    };
    custom[name] = (...args: unknown[]) => {
      const zone = fake.spreadsheet.timeZone, script = fake.scriptTimeZone;
      return wallClock(call(name, args.map((a) => wallClock(a, zone, script))), script, zone);
    };
  }
  return { globals, run, custom, context };
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
    formulas: formulaRows(s),
  }));
}
