import { resolveSettings, validateWorkbook, type RawCell, type Settings } from "../../core";
import { minorToUnits, parseAmountText } from "../../core/parse/amount";
import { parsePeriod } from "../../core/parse/period";
import { CellReader, isDate } from "./raw-cell";
import type { FormatDate } from "./services";

/**
 * The logic of the spreadsheet functions (=WORKPLAN_AMOUNT(...) …). Pure and fast: no service calls,
 * so each runs in milliseconds, far inside the 30-second limit of a custom function. Sheets passes a
 * single cell as a value and a range as a 2-D array; both are accepted. In a range, a cell that
 * cannot be read gets the reason as text; a single unreadable value is an error (#ERROR! with it).
 */

/** How the glue turns "YYYY-MM-DD" into the Date Sheets shows as that day (midnight in the script's zone). */
export type IsoToDate = (iso: string) => Date;

export interface CustomFunctionContext {
  /** The zone dates cross a custom function in: the SCRIPT's (see server.ts), not the spreadsheet's. */
  readonly timeZone: string;
  readonly formatDate: FormatDate;
  readonly toDate: IsoToDate;
  /** Today, "YYYY-MM-DD", in the spreadsheet's time zone (asked only when no as-of date is given). */
  readonly today: () => string;
  /** The settings saved in the document, as the panel and the menu use them. */
  readonly settings: () => Settings;
}

type Cellwise<T> = T | "" | (T | string)[][];

function eachCell<T>(input: unknown, read: (value: unknown) => T): Cellwise<T> {
  if (!Array.isArray(input)) return blank(input) ? "" : read(input);
  return input.map((row: unknown) =>
    (Array.isArray(row) ? row : [row]).map((v) => {
      if (blank(v)) return "";
      try {
        return read(v);
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    }));
}

const blank = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** First and last ISO day a timeline covers ("May – June 2026" → 2026-05-01 … 2026-06-30). */
function periodDays(value: unknown, ctx: CustomFunctionContext, milestones: Readonly<Record<string, string>>): { start?: string; end?: string } {
  if (isDate(value)) {
    const day = ctx.formatDate(value, ctx.timeZone, "yyyy-MM-dd");
    return { start: day, end: day };
  }
  const text = String(value);
  const parsed = parsePeriod(text, { milestones: { ...milestones } });
  if (!parsed.ok) throw new Error(`Cannot read the timeline "${text}": ${parsed.reason}.`);
  return { start: parsed.value.startDate, end: parsed.value.endDate };
}

/** The saved milestones (with the defaults), read once per call. */
const milestonesOf = (ctx: CustomFunctionContext) => resolveSettings(ctx.settings(), "1970-01-01").milestones;

export function periodStart(input: unknown, ctx: CustomFunctionContext): Cellwise<Date> {
  const milestones = milestonesOf(ctx);
  return eachCell(input, (v) => {
    const { start } = periodDays(v, ctx, milestones);
    if (!start) throw new Error(`"${String(v)}" has no start date.`);
    return ctx.toDate(start);
  });
}

export function periodEnd(input: unknown, ctx: CustomFunctionContext): Cellwise<Date> {
  const milestones = milestonesOf(ctx);
  return eachCell(input, (v) => {
    const { end } = periodDays(v, ctx, milestones);
    if (!end) throw new Error(`"${String(v)}" has no end date (open-ended).`);
    return ctx.toDate(end);
  });
}

/** "514'753" → 514753, "CHF 20'000.-" → 20000, "1 234,50" → 1234.5; numbers pass through. */
export function amount(input: unknown): Cellwise<number> {
  return eachCell(input, (v) => {
    if (typeof v === "number") return v;
    const text = String(v);
    const parsed = parseAmountText(text);
    if (!parsed.ok) throw new Error(`Cannot read the amount "${text}": ${parsed.reason}.`);
    return minorToUnits(parsed.value.minor);
  });
}

export const NO_TABLE = "No workplan, budget, staffing or outreach table recognised: include the header row in the range.";

/**
 * The as-of date: the argument (a date cell, TODAY(), or "YYYY-MM-DD" text), else the saved one, else
 * today. Custom functions recalculate only when their arguments change, so only an argument such as
 * TODAY() keeps a today-dependent answer from going stale.
 */
function asOfDate(asOf: unknown, saved: Settings, ctx: CustomFunctionContext): string {
  if (isDate(asOf)) return ctx.formatDate(asOf, ctx.timeZone, "yyyy-MM-dd");
  if (typeof asOf === "string" && /^\d{4}-\d{2}-\d{2}$/.test(asOf.trim())) return asOf.trim();
  if (!blank(asOf)) throw new Error(`The as-of date "${String(asOf)}" is neither a date nor YYYY-MM-DD text.`);
  return saved.asOf ?? ctx.today();
}

/**
 * Runs the core on the range as if it were a sheet of its own, with the saved settings, and returns
 * the first error's message (else the first warning's), or "OK". Informational findings are not
 * problems; a range in which no table is recognised is one ("OK" would wrongly say it was checked).
 */
export function check(input: unknown, ctx: CustomFunctionContext, asOf?: unknown): string {
  const rows: unknown[][] = Array.isArray(input) ? input.map((r: unknown) => (Array.isArray(r) ? r : [r])) : [[input]];
  const values: RawCell[][] = new CellReader(ctx.timeZone, ctx.formatDate).rows(rows);
  const saved = ctx.settings();
  const day = asOfDate(asOf, saved, ctx);
  const validation = validateWorkbook(
    { sheets: [{ name: "Range", originRow: 1, originColumn: 1, values }] },
    resolveSettings({ ...saved, asOf: day }, day),
  );
  if (validation.tables.length === 0) return NO_TABLE;
  const first = validation.issues.find((i) => i.severity === "error") ?? validation.issues.find((i) => i.severity === "warning");
  return first ? first.message : "OK";
}
