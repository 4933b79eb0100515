/**
 * The logic of Excel's =WORKPLAN.PERIOD_START(…) and friends: the very functions the Google Sheets ones run
 * (src/hosts/sheets/custom-functions.ts, over the core), with Excel's values translated at the edges. Excel
 * hands dates as serial numbers and takes them back as serials (the cell's number format shows them as dates);
 * Sheets hands and takes Date objects. So a date serial becomes a Date at midnight UTC on the way in, and a Date
 * from the Sheets logic becomes a serial of the workbook's date system on the way out. Pure: no Office calls.
 */
import type { Settings } from "../../core";
import { excelSerialToIso, isDateFormat, isoToExcelSerial } from "../../core/parse/date";
import * as sheets from "../sheets/custom-functions";
import { isDate } from "../sheets/raw-cell";
import { from1900, to1900 } from "./date-system";

export interface ExcelFunctionContext {
  /** Today, "YYYY-MM-DD" (the core never reads the clock); asked only when no as-of date is given. */
  readonly today: () => string;
  /** The workbook counts dates from 1904. */
  readonly date1904: boolean;
  /** The settings saved in the document (milestones, as-of date), as the panel uses them. */
  readonly settings: () => Settings;
}

/** The day of a Date made here (midnight UTC). */
const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

function sheetsContext(ctx: ExcelFunctionContext): sheets.CustomFunctionContext {
  return { timeZone: "UTC", formatDate: (d) => utcDay(d), toDate: (iso) => new Date(`${iso}T00:00:00Z`), today: ctx.today, settings: ctx.settings };
}

/** An Excel serial of the workbook's system as a Date at midnight UTC; undefined outside Excel's dates. */
function serialToDate(serial: number, date1904: boolean): Date | undefined {
  const iso = excelSerialToIso(to1900(serial, date1904));
  return iso.ok ? new Date(`${iso.value}T00:00:00Z`) : undefined;
}

/** A Date the Sheets logic returned, as a serial of the workbook's system; anything else as is. */
const toExcel = (v: unknown, date1904: boolean): unknown => (isDate(v) ? from1900(isoToExcelSerial(utcDay(v)), date1904) : v);

type Grid = unknown[][];

const mapGrid = (g: Grid, f: (v: unknown) => unknown): Grid => g.map((row) => row.map(f));

/**
 * Excel passes every argument of these functions as a matrix (their parameters are declared any[][]): a single
 * cell is [[v]]. A single cell is handled as Sheets handles a single value (an unreadable one is an error);
 * a larger range gives a range, cell by cell.
 */
function cellwise(input: Grid, run: (value: unknown) => unknown): Grid {
  if (input.length === 1 && input[0].length === 1) return [[run(input[0][0])]];
  return run(input) as Grid;
}

/** A timeline cell: text, or a number Excel gives for a date cell (the only numbers a timeline column holds). */
const timelineIn = (v: unknown, date1904: boolean): unknown => (typeof v === "number" ? serialToDate(v, date1904) ?? v : v);

export function periodStart(input: Grid, ctx: ExcelFunctionContext): Grid {
  const c = sheetsContext(ctx);
  return cellwise(mapGrid(input, (v) => timelineIn(v, ctx.date1904)), (x) => {
    const out = sheets.periodStart(x, c);
    return Array.isArray(out) ? mapGrid(out, (v) => toExcel(v, ctx.date1904)) : toExcel(out, ctx.date1904);
  });
}

export function periodEnd(input: Grid, ctx: ExcelFunctionContext): Grid {
  const c = sheetsContext(ctx);
  return cellwise(mapGrid(input, (v) => timelineIn(v, ctx.date1904)), (x) => {
    const out = sheets.periodEnd(x, c);
    return Array.isArray(out) ? mapGrid(out, (v) => toExcel(v, ctx.date1904)) : toExcel(out, ctx.date1904);
  });
}

export function amount(input: Grid): Grid {
  return cellwise(input, (x) => sheets.amount(x));
}

/**
 * The table's first problem, or "OK", with the saved settings and an optional as-of date. `formats` (range.numberFormat of the same cells, when the glue could read
 * them) tells date cells from numbers, as Sheets' Date values do; without them a date reads as its serial.
 */
export function check(values: Grid, formats: readonly (readonly unknown[])[] | undefined, ctx: ExcelFunctionContext, asOf?: unknown): string {
  const rows = values.map((row, r) => row.map((v, c) => {
    const f = formats?.[r]?.[c];
    return typeof v === "number" && typeof f === "string" && isDateFormat(f) ? serialToDate(v, ctx.date1904) ?? v : v;
  }));
  // As-of: a date cell (or TODAY()) arrives as a serial.
  const day = typeof asOf === "number" ? serialToDate(asOf, ctx.date1904) ?? asOf : asOf;
  return sheets.check(rows, sheetsContext(ctx), day);
}
