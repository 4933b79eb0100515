import type { RawCell } from "../../core";
import type { FormatDate } from "./services";

/**
 * Sheets values (from getValues() or a custom function's arguments) as the core's RawCells.
 * Dates are told apart by their tag, not `instanceof`, so a Date made in another realm (the tests'
 * vm context, or Apps Script's own runtime objects) is still recognised.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** Sheets' day zero: a time-only or duration cell is a Date on 30–31 December 1899. */
const FIRST_REAL_DAY = "1900-01-01";
const DAY_ZERO_UTC = Date.UTC(1899, 11, 30);

/**
 * A time of day ("10:30") or a duration ("36:00") shown as text: the core then reports it where a
 * date or an amount was expected, instead of reading it as the date 1899-12-30.
 */
function timeText(stamp: string): string {
  const [day, clock] = stamp.split(" ");
  const [y, m, d] = day.split("-").map(Number);
  const [hh, mm, ss] = clock.split(":");
  const hours = Math.round((Date.UTC(y, m - 1, d) - DAY_ZERO_UTC) / 86_400_000) * 24 + Number(hh);
  return `${hours}:${mm}${ss === "00" ? "" : `:${ss}`}`;
}

/**
 * Converts cells with one Utilities.formatDate per distinct date value (a 50,000-row plan holds a
 * few hundred distinct dates: one service call per cell would be most of the 6-minute budget).
 */
export class CellReader {
  private readonly byTime = new Map<number, RawCell>();

  constructor(private readonly timeZone: string, private readonly formatDate: FormatDate) {}

  cell(value: unknown): RawCell {
    if (value === "" || value === null || value === undefined) return null;
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
    if (isDate(value)) {
      const time = value.getTime();
      // An invalid date (NaN time) cannot be formatted; keep its text so a rule reports it.
      if (Number.isNaN(time)) return String(value);
      let cell = this.byTime.get(time);
      if (cell === undefined) this.byTime.set(time, (cell = this.convert(value)));
      return cell;
    }
    return String(value);
  }

  rows(rows: readonly (readonly unknown[])[]): RawCell[][] {
    const out: RawCell[][] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r], cells: RawCell[] = new Array(row.length);
      for (let c = 0; c < row.length; c++) cells[c] = this.cell(row[c]);
      out[r] = cells;
    }
    return out;
  }

  private convert(date: Date): RawCell {
    const stamp = this.formatDate(date, this.timeZone, "yyyy-MM-dd HH:mm:ss");
    const day = stamp.slice(0, 10);
    return day < FIRST_REAL_DAY ? timeText(stamp) : { date: day };
  }
}

/**
 * getFormulas() rows as the core's: "" is no formula; a row without any stays empty (most rows hold
 * none). Sheets always calculates, so a formula showing nothing calculated to empty text: its value
 * becomes "" (blank, but calculated), never null, which the core reads as "not calculated".
 */
export function toFormulaRows(rows: readonly (readonly string[])[], values: RawCell[][]): (string | null)[][] {
  return rows.map((row, r) => {
    if (!row.some((f) => f !== "")) return [];
    return row.map((f, c) => {
      if (f === "") return null;
      if (values[r] && (values[r][c] === null || values[r][c] === undefined)) values[r][c] = "";
      return f;
    });
  });
}
