import { type Parsed, ok, fail } from "./parsed";
import { fold, MONTH_WORDS } from "./months";

/** Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number): string => (n < 10 ? "0" + n : String(n));
const pad4 = (n: number): string => (n < 10 ? "000" : n < 100 ? "00" : n < 1000 ? "0" : "") + n;
const iso = (y: number, m: number, d: number): string => pad4(y) + "-" + pad2(m) + "-" + pad2(d);

/** ISO date of a day count from 1970-01-01 (H. Hinnant's civil_from_days). */
function isoFromDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]);

/** Serial of 1970-01-01 in Excel's 1900 date system (serials after the fictitious 1900-02-29). */
const EPOCH_SERIAL = 25569;
/** Excel's largest date serial, 9999-12-31. */
const MAX_SERIAL = 2958465;

/**
 * ISO "YYYY-MM-DD" for an Excel serial date (1900 date system, including Excel's fictitious 1900-02-29 as serial 60;
 * serial 1 = 1900-01-01; 46023 = 2026-01-01). Fractions (times) are dropped. Fails below 1 and above 9999-12-31.
 */
export function excelSerialToIso(serial: number): Parsed<string> {
  if (typeof serial !== "number" || !Number.isFinite(serial)) return fail("not a date serial");
  const s = Math.floor(serial);
  if (s < 1) return fail("before 1900-01-01");
  if (s > MAX_SERIAL) return fail("after 9999-12-31");
  if (s === 60) return ok("1900-02-29");
  return ok(isoFromDays(s < 60 ? s - EPOCH_SERIAL + 1 : s - EPOCH_SERIAL));
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Excel serial of an ISO "YYYY-MM-DD" date ("1900-02-29" is 60); NaN for an invalid date or one before 1900. */
export function isoToExcelSerial(isoDate: string): number {
  const m = ISO_RE.exec(isoDate);
  if (m === null) return NaN;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (y === 1900 && mo === 2 && d === 29) return 60;
  if (y < 1900 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return NaN;
  const serial = daysFromCivil(y, mo, d) + EPOCH_SERIAL;
  return serial <= 60 ? serial - 1 : serial;
}

/** ISO date from a JS Date using its local calendar fields (Apps Script hands dates in the script's time zone). */
export function isoFromDate(d: Date): Parsed<string> {
  if (!(d instanceof Date)) return fail("not a date");
  const t = d.getTime();
  if (Number.isNaN(t)) return fail("invalid date");
  const y = d.getFullYear();
  if (y < 0 || y > 9999) return fail("year out of range");
  return ok(iso(y, d.getMonth() + 1, d.getDate()));
}

/** Lower-case and strip accents ("Février" → "fevrier"): the months module's fold. */
export const foldWord = (w: string): string => fold(w);

/** The month (1–12) of an English, French or Spanish month name or abbreviation, already folded. */
export const monthOfFoldedWord = (folded: string): number | undefined => MONTH_WORDS.get(folded);

/** Words that may accompany a written date and carry no information. */
const FILLER = new Set([
  "de", "del", "the", "of", "le", "el", "la", "on", "er", "re", "st", "nd", "rd", "th", "o", "e",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo",
]);

const ISO_DATE_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DMY_RE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
const TOKEN_RE = /\d+|\p{L}+/gu;
const SPACES_RE = /[\s\u00a0\u202f\u2009]+/g;

function checked(y: number, m: number, d: number): Parsed<string> {
  if (y < 1000 || y > 9999) return fail("year out of range");
  if (m < 1 || m > 12) return fail(`${m} is not a month (dates are read day first)`);
  if (d < 1 || d > daysInMonth(y, m)) return fail("no such day");
  return ok(iso(y, m, d));
}

/**
 * A written date to ISO: "2026-03-15", "15/03/2026" (numeric dates are day first), "15.03.2026", "15-03-2026",
 * "15/03/26" (two-digit years are 20yy), "15 March 2026", "March 15, 2026", "15 mars 2026", "15 de marzo de 2026",
 * "1er janvier 2026", "Mar 15 2026", "Thursday, 15 March 2026". Invalid dates (2026-02-30) fail.
 */
export function parseDateText(text: string): Parsed<string> {
  if (typeof text !== "string") return fail("not text");
  const t = text.replace(SPACES_RE, " ").trim();
  if (t === "") return fail("empty");
  let m = ISO_DATE_RE.exec(t);
  if (m !== null) return checked(+m[1], +m[2], +m[3]);
  m = DMY_RE.exec(t);
  if (m !== null) {
    const y = m[4].length === 2 ? 2000 + +m[4] : +m[4];
    return checked(y, +m[3], +m[1]);
  }
  // Written month name.
  const tokens = foldWord(t).match(TOKEN_RE);
  if (tokens === null) return fail("not a date");
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const tok of tokens) {
    const c = tok.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (tok.length === 4) {
        if (year !== undefined) return fail("more than one year");
        year = +tok;
      } else if (tok.length <= 2) {
        if (day !== undefined) return fail("more than one day");
        day = +tok;
      } else return fail("not a date");
    } else {
      const mo = MONTH_WORDS.get(tok);
      if (mo !== undefined) {
        if (month !== undefined) return fail("more than one month");
        month = mo;
      } else if (!FILLER.has(tok)) return fail("contains text");
    }
  }
  if (month === undefined) return fail("not a date");
  if (year === undefined) return fail("no year");
  if (day === undefined) return fail("no day");
  return checked(year, month, day);
}

/**
 * True for an Excel number format that displays a date: d, y, or a month m (not minutes: m after h or before s)
 * outside quotes, brackets, escapes and AM/PM. "dd/mm/yyyy", "mmm-yy", "[$-409]d-mmm-yyyy" → true;
 * "0", "#,##0", "0%", "General", "[Red]0.00", "h:mm", "[h]:mm:ss" → false. Only the first section is read.
 */
export function isDateFormat(numberFormat: string): boolean {
  if (typeof numberFormat !== "string") return false;
  const f = numberFormat;
  const n = f.length;
  let seq = ""; // date/time letters, runs collapsed: "dmy", "hm", "ms"…
  for (let i = 0; i < n; i++) {
    const c = f.charCodeAt(i);
    if (c === 59) break; // ; ends the first section
    if (c === 34) {
      const close = f.indexOf('"', i + 1);
      if (close < 0) break;
      i = close;
      continue;
    }
    if (c === 91) {
      const close = f.indexOf("]", i + 1);
      if (close < 0) break;
      i = close;
      continue;
    }
    if (c === 92 || c === 95 || c === 42) {
      i++; // \x escape, _x space, *x fill
      continue;
    }
    const l = c | 0x20;
    if (l === 97) {
      // AM/PM, A/P
      const rest = f.slice(i, i + 5).toLowerCase();
      if (rest === "am/pm") {
        i += 4;
        continue;
      }
      if (rest.startsWith("a/p")) {
        i += 2;
        continue;
      }
    }
    if (l === 100 || l === 109 || l === 121 || l === 104 || l === 115) {
      const ch = String.fromCharCode(l);
      if (seq.charCodeAt(seq.length - 1) !== l) seq += ch;
    }
  }
  if (seq.indexOf("d") >= 0 || seq.indexOf("y") >= 0) return true;
  for (let k = 0; k < seq.length; k++) {
    if (seq[k] === "m" && seq[k - 1] !== "h" && seq[k + 1] !== "s") return true;
  }
  return false;
}
