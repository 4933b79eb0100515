import { DEFAULT_MILESTONES, resolveSettings, validateWorkbook, type RawCell } from "../../core";
import { minorToUnits, parseAmountText } from "../../core/parse/amount";
import { parsePeriod } from "../../core/parse/period";
import { isDate, toRawRows } from "./raw-cell";
import type { FormatDate } from "./services";

/**
 * The logic of the spreadsheet functions (=WORKPLAN_AMOUNT(...) …). Pure and fast: no service calls,
 * so each runs in milliseconds, far inside the 30-second limit of a custom function. Sheets passes a
 * single cell as a value and a range as a 2-D array; both are accepted. In a range, a cell that
 * cannot be read gets the reason as text; a single unreadable value is an error (#ERROR! with it).
 */

/** How the glue turns "YYYY-MM-DD" into the Date for midnight in the spreadsheet's time zone. */
export type IsoToDate = (iso: string) => Date;

export interface CustomFunctionContext {
  readonly timeZone: string;
  readonly formatDate: FormatDate;
  readonly toDate: IsoToDate;
  /** Today, "YYYY-MM-DD", in the spreadsheet's time zone. */
  readonly today: string;
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
function periodDays(value: unknown, ctx: CustomFunctionContext): { start?: string; end?: string } {
  if (isDate(value)) {
    const day = ctx.formatDate(value, ctx.timeZone, "yyyy-MM-dd");
    return { start: day, end: day };
  }
  const text = String(value);
  const parsed = parsePeriod(text, { milestones: { ...DEFAULT_MILESTONES } });
  if (!parsed.ok) throw new Error(`Cannot read the timeline "${text}": ${parsed.reason}.`);
  return { start: parsed.value.startDate, end: parsed.value.endDate };
}

export function periodStart(input: unknown, ctx: CustomFunctionContext): Cellwise<Date> {
  return eachCell(input, (v) => {
    const { start } = periodDays(v, ctx);
    if (!start) throw new Error(`"${String(v)}" has no start date.`);
    return ctx.toDate(start);
  });
}

export function periodEnd(input: unknown, ctx: CustomFunctionContext): Cellwise<Date> {
  return eachCell(input, (v) => {
    const { end } = periodDays(v, ctx);
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
 * Runs the core on the range as if it were a sheet of its own and returns the first error's message
 * (else the first warning's), or "OK". Informational findings are not problems; a range in which no
 * table is recognised is one ("OK" would wrongly say it was checked).
 */
export function check(input: unknown, ctx: CustomFunctionContext): string {
  const rows: unknown[][] = Array.isArray(input) ? input.map((r: unknown) => (Array.isArray(r) ? r : [r])) : [[input]];
  const values: RawCell[][] = toRawRows(rows, ctx.timeZone, ctx.formatDate);
  const validation = validateWorkbook(
    { sheets: [{ name: "Range", originRow: 1, originColumn: 1, values }] },
    resolveSettings({}, ctx.today),
  );
  if (validation.tables.length === 0) return NO_TABLE;
  const first = validation.issues.find((i) => i.severity === "error") ?? validation.issues.find((i) => i.severity === "warning");
  return first ? first.message : "OK";
}
