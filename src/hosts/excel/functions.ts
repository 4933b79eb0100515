/*
 * Excel's custom functions, =WORKPLAN.PERIOD_START(…) …, in the task pane's shared runtime (manifest.xml: one
 * page runs the pane and the functions). Glue only: the logic is custom-functions.ts, over the same code as the
 * Google Sheets functions. The JSDoc below is what Microsoft's custom-functions-metadata reads at build time to
 * write functions.json (names, parameters, help) and to add the CustomFunctions.associate calls after this file
 * (custom-functions-metadata-plugin, build-config/webpack.addin.js).
 */
import { isoFromDate } from "../../core/parse/date";
import * as logic from "./custom-functions";
import { documentSettings } from "./document-settings";
import { loadSettings } from "./settings-store";
import { is1904, queueDateSystem } from "./date-system";

// Outside a custom-functions runtime (an Excel without them, the tests' browser stub) the appended
// CustomFunctions.associate calls must do nothing rather than stop the task pane.
const scope = globalThis as unknown as { CustomFunctions?: { associate: (id: string, f: unknown) => void } };
if (typeof scope.CustomFunctions === "undefined") scope.CustomFunctions = { associate: () => undefined };

let dateSystem: Promise<boolean> | undefined;

/** Whether the workbook counts dates from 1904, asked once (false where Excel cannot be asked). */
function workbookIs1904(): Promise<boolean> {
  dateSystem ??= typeof Excel === "undefined"
    ? Promise.resolve(false)
    : Excel.run(async (context) => {
        const probe = queueDateSystem(context);
        await context.sync();
        return is1904(probe);
      }).catch(() => false);
  return dateSystem;
}

const today = (): string => {
  const d = isoFromDate(new Date());
  return d.ok ? d.value : new Date().toISOString().slice(0, 10);
};

/** The settings saved in the workbook ({} where Office cannot give them). */
const saved = () => {
  try {
    return loadSettings(documentSettings());
  } catch {
    return {};
  }
};

async function context(): Promise<logic.ExcelFunctionContext> {
  return { today, settings: saved, date1904: await workbookIs1904() };
}

/** Runs a function; its error (an unreadable single value) shows as #VALUE! with the reason. */
function valueError(e: unknown): Error {
  const message = e instanceof Error ? e.message : String(e);
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function"
    ? (new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message) as unknown as Error)
    : new Error(message);
}

async function guarded<T>(f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw valueError(e);
  }
}

/**
 * The first day of a workplan timeline, as a date (format the cell as a date).
 * Example: =WORKPLAN.PERIOD_START("May – June 2026") gives 1 May 2026.
 * @customfunction PERIOD_START
 * @param timeline Timeline text such as "Q1 2026", "May – June 2026" or "3RC", or a range of them.
 * @returns The first day of each period.
 */
export async function periodStart(timeline: any[][]): Promise<any[][]> {
  const ctx = await context();
  return guarded(() => logic.periodStart(timeline, ctx));
}

/**
 * The last day of a workplan timeline, as a date (format the cell as a date).
 * Example: =WORKPLAN.PERIOD_END("May – June 2026") gives 30 June 2026.
 * @customfunction PERIOD_END
 * @param timeline Timeline text such as "Q1 2026", "May – June 2026" or "3RC", or a range of them.
 * @returns The last day of each period.
 */
export async function periodEnd(timeline: any[][]): Promise<any[][]> {
  const ctx = await context();
  return guarded(() => logic.periodEnd(timeline, ctx));
}

/**
 * An amount written as text, as a number.
 * Example: =WORKPLAN.AMOUNT("514'753") gives 514753.
 * @customfunction AMOUNT
 * @param text Amount text such as "514'753" or "CHF 20'000.-", or a range of them.
 * @returns The amount in currency units.
 */
export function amount(text: any[][]): Promise<any[][]> {
  return guarded(() => logic.amount(text));
}

/**
 * Checks a table (its header row and data rows) with the saved settings and returns its first problem, or "OK".
 * Example: =WORKPLAN.CHECK(A3:C10, TODAY())
 * @customfunction CHECK
 * @requiresParameterAddresses
 * @param table The table's range, header row included.
 * @param [as_of] Optional: the date to check against. Pass TODAY() so the answer is recalculated each day; without it, the saved as-of date, else today.
 * @param invocation The call (gives the range's address, to read its date formats).
 * @returns The first error (else warning) message, or "OK".
 */
export async function check(table: any[][], as_of: any, invocation: CustomFunctions.Invocation): Promise<string> {
  const ctx = await context();
  const address = invocation?.parameterAddresses?.[0];
  const formats = address && typeof Excel !== "undefined" ? await numberFormats(address).catch(() => undefined) : undefined;
  return guarded(() => logic.check(table, formats, ctx, as_of ?? undefined));
}

/** The number formats of "Sheet1!A3:C10" (they tell date cells from numbers). */
function numberFormats(address: string): Promise<unknown[][]> {
  return Excel.run(async (c) => {
    const bang = address.lastIndexOf("!");
    const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
    const range = c.workbook.worksheets.getItem(sheet).getRange(address.slice(bang + 1));
    range.load("numberFormat");
    await c.sync();
    return range.numberFormat;
  });
}
