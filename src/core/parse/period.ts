import { type Parsed, ok, fail } from "./parsed";
import { fold, MONTH_WORDS } from "./months";

/*
 * Timeline text as coordinators write it ("May – June 2026", "Q1 2026", "1er trimestre 2026", "Ongoing",
 * "Geneva, 16-19 September 2025") → the months it covers. The text is folded (lower case, no accents),
 * tokenised with a small lexicon (fillers such as "of", "de", "the", "during", "by" are dropped), then read
 * by a tiny recursive-descent grammar: element [separator element].
 *
 * Choices on ambiguous text:
 * - A range inherits a missing year (or, for a bare day, a missing month) from its other end, and then from
 *   options.defaultYear. Nothing is reordered: "June – May 2026" gives start June 2026 > end May 2026, and
 *   explicit years are kept as written; a later rule reports "end before start".
 * - "Before X", "By X", "until X", "during X" (X a month, quarter, milestone...) mean X itself.
 * - Two-digit years are read as 20YY only right after a month word ("Jan 26", "Jan-26", "Jan '26",
 *   "15-Mar-26"). So "March 15" alone is March 2015; write "March 15, 2026" for a day.
 * - "2025-26" (second number > 12 and > the first's last two digits) is the year range 2025–2026;
 *   "2026-03" is March 2026.
 * - Day-first numeric dates only: "03/04/2026" is 3 April 2026.
 * - Text around the period is ignored only when it is cut off by "," ":" or ";" ("Geneva, 16-19 September
 *   2025"), or in parentheses (the text outside is tried first, then each parenthesised part). Any other
 *   unknown word fails, so "Febtember 2026" is not silently read as the year 2026.
 * - "Ongoing until X" sets only end, "Ongoing from X" only start (both if X is a range), "Ongoing X" both.
 * - Results are memoised and shared (not frozen: freezing cost ~15% of a parse), so callers must not change
 *   them; options.milestones objects are assumed not to change after first use.
 */

/** A month as one integer: year * 12 + (month - 1). 2026-01 => 2026*12+0. */
export type MonthIndex = number;
export const monthIndex = (year: number, month1to12: number): MonthIndex => year * 12 + (month1to12 - 1);
const yearOf = (m: MonthIndex): number => Math.floor(m / 12);
const monthOf = (m: MonthIndex): number => m - yearOf(m) * 12 + 1;
const PAD2 = Array.from({ length: 32 }, (_, i) => (i < 10 ? `0${i}` : `${i}`));
const pad2 = (n: number): string => PAD2[n] ?? `${n}`;
/** "2026-01" */
const MONTH_KEYS = new Map<MonthIndex, string>();
/** "2026-01" (cached: rollups ask for the same few months for every row). */
export const monthKey = (m: MonthIndex): string => {
  let k = MONTH_KEYS.get(m);
  if (k === undefined) {
    k = `${yearOf(m)}-${pad2(monthOf(m))}`;
    if (MONTH_KEYS.size < 100_000) MONTH_KEYS.set(m, k);
  }
  return k;
};
/** "2026-Q1" */
export const quarterKey = (m: MonthIndex): string => `${yearOf(m)}-Q${Math.floor((monthOf(m) - 1) / 3) + 1}`;

export type PeriodKind = "month" | "range" | "quarter" | "half" | "year" | "date" | "ongoing" | "milestone";

export interface Period {
  kind: PeriodKind;
  /** First and last month covered, inclusive. Absent only for an open-ended "ongoing". */
  start?: MonthIndex;
  end?: MonthIndex;
  /** ISO dates: first day of the start month (or the exact day if a day was written) and last day of the end month (or exact day). */
  startDate?: string;
  endDate?: string;
  ongoing: boolean;
  /** Milestone names recognised in the text, e.g. ["3RC"]. */
  milestones: string[];
}

export interface PeriodOptions {
  /** Named milestones: name -> "YYYY-MM" (e.g. { "13MSP": "2025-09", "3RC": "2026-09" }). Matched case-insensitively as whole words, also with spaces/hyphens inside ("13 MSP", "3 RC"). */
  milestones?: Record<string, string>;
  /** Year used when the text has a month but no year at all (e.g. "March"); without it such text fails. */
  defaultYear?: number;
}

// Failure reasons (the caller quotes the text).
const EMPTY = "empty";
const NOTHING = "no month, quarter or year recognised";
const TBD = "to be determined";
const UNKNOWN_MONTH = "month name not recognised";
const UNKNOWN_WORDS = "unrecognised words in the period";
const TRAILING = "unexpected text after the period";
const YEAR_MISSING = "year is missing";
const YEAR_DIGITS = "year must have 4 digits";
const YEAR_RANGE = "year must be between 1900 and 2199";
const MONTH_RANGE = "month must be 1 to 12";
const QUARTER_RANGE = "quarter must be 1 to 4";
const HALF_RANGE = "half must be 1 or 2";
const DAY_RANGE = "day does not exist in that month";
const MILESTONE_MONTH = "milestone has no valid month";

// ---------------------------------------------------------------- tokens

// Token kinds. Fillers are dropped while tokenising.
const NUM = 0; // digits; len = digit count
const MONTH = 1; // month word; v = 1..12
const ORD = 2; // ordinal: "first", "1st", "1er", "segundo"; v = n
const QNUM = 3; // "q1", "1q", "t1"; v = n
const HNUM = 4; // "h1", "s2"; v = n
const QNOUN = 5; // "quarter", "trimestre"
const HNOUN = 6; // "half", "semestre"
const SEP = 7; // range word: "to", "a", "and"; v = 1 when it means "until"
const FROM = 8; // "from", "since", "desde"
const ONGOING = 9; // "ongoing", "continuous", "en cours"...
const MS = 10; // a milestone from the options; v = its index
const SYM = 11; // punctuation; s = the character (all dashes are "-")
const WORD = 12; // unknown word
const TBDW = 13; // "tbd", "tbc", "determined"...
const FILLER = 14;

interface Tok {
  readonly k: number;
  readonly v: number;
  readonly len: number;
  readonly s: string;
}

const tok = (k: number, v = 0, s = "", len = 0): Tok => ({ k, v, len, s });

/** Fixed words → shared tokens (no allocation when tokenising them; tokens are never changed). */
const LEXICON = new Map<string, Tok>();
const lex = (k: number, v: number, words: string): void => {
  for (const w of words.split(" ")) LEXICON.set(w, tok(k, v, w));
};
for (const [w, n] of MONTH_WORDS) LEXICON.set(w, tok(MONTH, n, w));
lex(ORD, 1, "first premier premiere primer primero primera");
lex(ORD, 2, "second seconde deuxieme segundo segunda");
lex(ORD, 3, "third troisieme tercer tercero tercera");
lex(ORD, 4, "fourth quatrieme cuarto cuarta");
lex(QNOUN, 0, "quarter qtr trimestre trimester");
lex(HNOUN, 0, "half semester semestre");
lex(SEP, 1, "to until till til through thru hasta jusqu jusque");
lex(SEP, 0, "a au al and et y");
lex(FROM, 0, "from since desde depuis starting beginning partir compter");
lex(ONGOING, 0, "ongoing going continuous continuously continual continually continu continue continua continuo");
lex(ONGOING, 0, "throughout permanent permanente permanently permanentemente needed required cours curso");
// Plural and feminine forms as tables write them: "Activités continues", "Actividades continuas", "En permanence".
lex(ONGOING, 0, "continues continuas continuos continuels continuelles continuel continuelle permanents permanentes permanence");
lex(ONGOING, 0, "long round"); // "year-round", "all year long", "tout au long de l'année"
lex(TBDW, 0, "tbd tbc tba todo determined confirmed decided announced determiner definir confirmer preciser");
lex(TBDW, 0, "determinar confirmar pending");
lex(FILLER, 0, "of the de del d des du el la le les l in en within dans during durante pendant by before avant");
lex(FILLER, 0, "antes around approx approximately circa ca on at as up between entre year years annee ano anio");

const Q_WORD = /^[qt](\d{1,2})$|^(\d{1,2})q$/;
const H_WORD = /^[hs](\d{1,2})$|^(\d{1,2})h$/;
const ORD_WORD = /^(\d{1,2})(?:st|nd|rd|th|er|re|ere|e|eme|de|o|a|do|ro|to|vo|mo|no)$/;

/** "todo el año" is ongoing, while "TODO" alone is to be determined. */
const EL_ANO = /[\s-]+el[\s-]+ano(?![a-z0-9])/y;
const TODO = LEXICON.get("todo");
const ONGOING_TOKEN = LEXICON.get("ongoing")!;

/** Other words seen recently ("q1", "1st", "geneva"), so repeated words cost one lookup. */
const seenWords = new Map<string, Tok>();

function classifyWord(w: string): Tok {
  const known = LEXICON.get(w) ?? seenWords.get(w);
  if (known !== undefined) return known;
  let m = Q_WORD.exec(w);
  let t: Tok;
  if (m !== null) t = tok(QNUM, Number(m[1] ?? m[2]), w);
  else if ((m = H_WORD.exec(w)) !== null) t = tok(HNUM, Number(m[1] ?? m[2]), w);
  else if ((m = ORD_WORD.exec(w)) !== null) t = tok(ORD, Number(m[1]), w);
  else t = tok(WORD, 0, w);
  if (seenWords.size >= 5000) seenWords.clear();
  seenWords.set(w, t);
  return t;
}

/** Shared tokens for numbers of up to 4 digits (days, months, years) and for milestones. */
const numTokens: Tok[][] = [[], [], [], [], []];
function numTok(v: number, len: number): Tok {
  if (len > 4) return tok(NUM, v, "", len);
  return (numTokens[len][v] ??= tok(NUM, v, "", len));
}
const msTokens: Tok[] = [];
const msTok = (i: number): Tok => (msTokens[i] ??= tok(MS, i));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean =>
  c <= 32 || c === 0xa0 || c === 0x85 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
const isQuote = (c: number): boolean => c === 39 || c === 96 || c === 0x2018 || c === 0x2019 || c === 0x02bc;
const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
/** Letters and digits; other non-ASCII characters (except punctuation blocks) count as letters of unknown words. */
const isWordChar = (c: number): boolean =>
  isDigit(c) ||
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c !== 0x02bc && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0xe000 && c <= 0xf8ff) && c !== 0x3000 && c !== 0xfeff);

const SYMS = new Map<string, Tok>();
const symTok = (ch: string): Tok => {
  let t = SYMS.get(ch);
  if (t === undefined) {
    t = tok(SYM, 0, ch);
    if (SYMS.size < 256) SYMS.set(ch, t);
  }
  return t;
};
const DASH = symTok("-");

/** Private-use characters below 0xe000 + milestoneCount mark milestones (see compileMilestones). */
function tokenize(s: string, milestoneCount: number): Tok[] {
  const out: Tok[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      let digits = isDigit(c);
      let v = digits ? c - 48 : 0;
      for (; j < n; j++) {
        const d = s.charCodeAt(j);
        if (!isWordChar(d)) break;
        if (digits && isDigit(d)) v = v * 10 + d - 48;
        else digits = false;
      }
      if (digits) out.push(numTok(v, j - i));
      else {
        const t = classifyWord(s.slice(i, j));
        if (t === TODO) {
          EL_ANO.lastIndex = j;
          if (EL_ANO.test(s)) {
            out.push(ONGOING_TOKEN);
            i = EL_ANO.lastIndex;
            continue;
          }
        }
        if (t.k !== FILLER) out.push(t);
      }
      i = j;
    } else {
      if (c >= 0xe000 && c < 0xe000 + milestoneCount) out.push(msTok(c - 0xe000));
      else if (isDash(c)) out.push(DASH);
      else if (!isSpace(c) && !isQuote(c)) out.push(symTok(s[i]));
      i++;
    }
  }
  return out;
}

// ---------------------------------------------------------------- grammar

/** What one side of a range says; missing fields are filled from the other side or the default year. */
interface Part {
  y?: number;
  m?: number;
  d?: number;
  q?: number;
  h?: number;
  ms?: number;
}

/** Parts always have the same shape, so reading their fields stays fast (monomorphic). */
const part = (y: number | undefined, m?: number, d?: number, q?: number, h?: number, ms?: number): Part => ({
  y,
  m,
  d,
  q,
  h,
  ms,
});

// Parser state (parsing is synchronous and not re-entrant).
let toks: Tok[] = [];
let pos = 0;
let end = 0;
let err = "";

const peek = (o = 0): Tok | undefined => (pos + o < end ? toks[pos + o] : undefined);
const isSym = (t: Tok | undefined, ch: string): boolean => t !== undefined && t.k === SYM && t.s === ch;
const isNum = (t: Tok | undefined, len: number): boolean => t !== undefined && t.k === NUM && t.len === len;
const isSmallNum = (t: Tok | undefined): boolean => t !== undefined && t.k === NUM && t.len <= 2;
const isRangeSep = (t: Tok | undefined): boolean =>
  t !== undefined && (t.k === SEP || (t.k === SYM && (t.s === "-" || t.s === "/")));
const isDateSym = (t: Tok | undefined): t is Tok =>
  t !== undefined && t.k === SYM && (t.s === "-" || t.s === "/" || t.s === ".");

function failWith(reason: string): undefined {
  err = reason;
  return undefined;
}

/** One side of a range. */
function element(): Part | undefined {
  const t = peek();
  if (t === undefined) return failWith(NOTHING);
  pos++;
  switch (t.k) {
    case MS:
      return part(undefined, undefined, undefined, undefined, undefined, t.v);
    case MONTH:
      return afterMonth(t.v, undefined);
    case NUM:
      return t.len === 4 ? afterYear(t.v) : t.len <= 2 ? afterSmallNumber(t.v) : failWith(YEAR_DIGITS);
    case ORD:
      return afterOrdinal(t.v);
    case QNUM:
      return part(optionalYear(), undefined, undefined, t.v);
    case HNUM:
      return part(optionalYear(), undefined, undefined, undefined, t.v);
    case WORD:
      return failWith(UNKNOWN_WORDS);
    default:
      return failWith(NOTHING);
  }
}

/** "Q1 2026", "Q1/2026", "Q1-2026", "first quarter (of) 2026". */
function optionalYear(): number | undefined {
  const t = peek();
  if ((isDateSym(t) || isSym(t, ",")) && isNum(peek(1), 4)) pos++;
  const y = peek();
  if (y !== undefined && y.k === NUM && y.len === 4) {
    pos++;
    return y.v;
  }
  return undefined;
}

/** After a 4-digit year: "2026", "2026-03", "2026-03-15", "2026 Q1", "2026-H2". */
function afterYear(y: number): Part {
  const a = peek();
  const b = peek(1);
  // "2025 – H1 2026", "2025 - 3 March 2026": what follows has its own year or month, so "-" separates a range.
  const c = peek(2);
  const ownPeriod = c !== undefined && (c.k === MONTH || (c.k === NUM && c.len === 4));
  if (isDateSym(a) && b !== undefined && !ownPeriod) {
    // "2025-26" is a year range (handled by the range), "2026-03" a month.
    const shortYear = a.s !== "." && b.len === 2 && b.v > 12 && b.v > y % 100;
    if (isSmallNum(b) && !shortYear) {
      pos += 2;
      const d = peek(1);
      if (isSym(peek(), a.s) && isSmallNum(d)) {
        pos += 2;
        return part(y, b.v, d!.v);
      }
      return part(y, b.v);
    }
    if ((b.k === QNUM || b.k === HNUM) && a.s !== ".") {
      pos += 2;
      return b.k === QNUM ? part(y, undefined, undefined, b.v) : part(y, undefined, undefined, undefined, b.v);
    }
  }
  if (a !== undefined && (a.k === QNUM || a.k === HNUM)) {
    pos++;
    return a.k === QNUM ? part(y, undefined, undefined, a.v) : part(y, undefined, undefined, undefined, a.v);
  }
  return part(y);
}

/** After a 1–2 digit number: "15 March", "03/2026", "15/03/2026", "15-Mar-26", or a bare day of a range. */
function afterSmallNumber(n: number): Part | undefined {
  const a = peek();
  const b = peek(1);
  if (a !== undefined && a.k === MONTH) {
    pos++;
    return afterMonth(a.v, n);
  }
  if (isDateSym(a) && b !== undefined) {
    if (b.k === NUM && b.len === 4) {
      pos += 2;
      return part(b.v, n);
    }
    const y = peek(3);
    if (isSmallNum(b) && isSym(peek(2), a.s) && isNum(y, 4)) {
      pos += 4;
      return part(y!.v, b.v, n);
    }
    if (b.k === MONTH) {
      // "15-Mar-26", "15-Mar-2026", "15-Mar"
      pos += 2;
      const y2 = peek(1);
      if (isSym(peek(), a.s) && y2 !== undefined && y2.k === NUM && (y2.len === 2 || y2.len === 4)) {
        pos += 2;
        return part(y2.len === 2 ? 2000 + y2.v : y2.v, b.v, n);
      }
      return part(undefined, b.v, n);
    }
  }
  return bareDay(n);
}

/** "first quarter 2026", "2e semestre", "1st March 2026". */
function afterOrdinal(n: number): Part | undefined {
  const a = peek();
  if (a !== undefined && a.k === QNOUN) {
    pos++;
    return part(optionalYear(), undefined, undefined, n);
  }
  if (a !== undefined && a.k === HNOUN) {
    pos++;
    return part(optionalYear(), undefined, undefined, undefined, n);
  }
  if (a !== undefined && a.k === MONTH) {
    pos++;
    return afterMonth(a.v, n);
  }
  return bareDay(n);
}

/** A day whose month comes from the other side of the range: the "15" of "15–17 March", the "17, 2026" of "March 15–17, 2026". */
function bareDay(d: number): Part {
  if (isSym(peek(), ",") && isNum(peek(1), 4)) pos++;
  const y = peek();
  if (isNum(y, 4)) {
    pos++;
    return part(y!.v, undefined, d);
  }
  return part(undefined, undefined, d);
}

/** After a month word: "March 2026", "Sept. 2026", "March 15, 2026", "Jan 26", "Jan-26", "March". */
function afterMonth(m: number, day: number | undefined): Part | undefined {
  if (isSym(peek(), ".")) pos++;
  let d = day;
  let t = peek();
  if (d === undefined && t !== undefined && (t.k === ORD || (t.k === NUM && t.len <= 2))) {
    const nx = peek(1);
    const nx2 = peek(2);
    const isDay =
      t.k === ORD ||
      t.len === 1 ||
      isSym(nx, ",") ||
      isNum(nx, 4) ||
      // "March 15-17, 2026", "May 15 – June 15, 2026"
      (isRangeSep(nx) && isSmallNum(nx2) && !(peek(3) !== undefined && peek(3)!.k === MONTH)) ||
      (isRangeSep(nx) && nx2 !== undefined && nx2.k === MONTH && isSmallNum(peek(3)));
    pos++;
    if (!isDay) return part(2000 + t.v, m); // "Jan 26": documented two-digit year
    d = t.v;
    t = peek();
  } else if (d === undefined && isSym(t, "-") && isNum(peek(1), 2) && (peek(2) === undefined || isRangeSep(peek(2)))) {
    const y = peek(1)!.v;
    pos += 2;
    return part(2000 + y, m); // Excel's "mmm-yy": "Jan-26"
  }
  if (isSym(t, ",") && isNum(peek(1), 4)) {
    pos++;
    t = peek();
  }
  if (t !== undefined && t.k === NUM && t.len === 4) {
    pos++;
    return part(t.v, m, d);
  }
  if (t !== undefined && t.k === NUM && t.len > 2) return failWith(YEAR_DIGITS);
  return part(undefined, m, d);
}

const isYearOnly = (p: Part): boolean =>
  p.y !== undefined && p.m === undefined && p.d === undefined && p.q === undefined && p.h === undefined && p.ms === undefined;

// The two sides of the last expression read.
let left: Part = part(undefined);
let right: Part | undefined;

/** element [separator element], covering [pos, end) exactly. */
function expression(): boolean {
  while (pos < end && (toks[pos].k === SEP || toks[pos].k === FROM)) pos++;
  const a = element();
  if (a === undefined) return false;
  let b: Part | undefined;
  if (isRangeSep(peek())) {
    pos++;
    while (pos < end && (toks[pos].k === SEP || toks[pos].k === FROM)) pos++;
    const t = peek();
    if (isYearOnly(a) && isNum(t, 2) && t!.v > a.y! % 100 && pos + 1 === end) {
      pos++;
      b = part(a.y! - (a.y! % 100) + t!.v); // "2025-26"
    } else {
      b = element();
      if (b === undefined) return false;
    }
  }
  if (pos < end) {
    err = TRAILING;
    return false;
  }
  left = a;
  right = b;
  return true;
}

// ---------------------------------------------------------------- resolution

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : DAYS[m - 1]);
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;

/** Checks a filled part; returns a failure reason or "". */
function check(p: Part): string {
  if (p.d !== undefined && p.m === undefined) return NOTHING;
  if (p.y === undefined) return YEAR_MISSING;
  if (p.y < 1900 || p.y > 2199) return YEAR_RANGE;
  if (p.m !== undefined && (p.m < 1 || p.m > 12)) return MONTH_RANGE;
  if (p.q !== undefined && (p.q < 1 || p.q > 4)) return QUARTER_RANGE;
  if (p.h !== undefined && (p.h < 1 || p.h > 2)) return HALF_RANGE;
  if (p.d !== undefined && (p.d < 1 || p.d > daysIn(p.y, p.m!))) return DAY_RANGE;
  return "";
}

const firstMonth = (p: Part): MonthIndex =>
  p.y! * 12 + (p.m !== undefined ? p.m - 1 : p.q !== undefined ? (p.q - 1) * 3 : p.h !== undefined ? (p.h - 1) * 6 : 0);
const lastMonth = (p: Part): MonthIndex =>
  firstMonth(p) + (p.m !== undefined ? 0 : p.q !== undefined ? 2 : p.h !== undefined ? 5 : 11);
function firstDate(p: Part): string {
  if (p.d !== undefined) return isoDate(p.y!, p.m!, p.d);
  const m = firstMonth(p);
  return isoDate(yearOf(m), monthOf(m), 1);
}
function lastDate(p: Part): string {
  if (p.d !== undefined) return isoDate(p.y!, p.m!, p.d);
  const m = lastMonth(p);
  return isoDate(yearOf(m), monthOf(m), daysIn(yearOf(m), monthOf(m)));
}

function kindOf(p: Part): PeriodKind {
  if (p.ms !== undefined) return "milestone";
  if (p.d !== undefined) return "date";
  if (p.q !== undefined) return "quarter";
  if (p.h !== undefined) return "half";
  return p.m !== undefined ? "month" : "year";
}

/** Milestone parts take their month from the options. */
function placeMilestone(p: Part, ctx: Ctx): boolean {
  if (p.ms === undefined) return true;
  const m = ctx.ms?.months[p.ms];
  if (m === undefined) return false;
  p.y = yearOf(m);
  p.m = monthOf(m);
  return true;
}

function resolve(a: Part, b: Part | undefined, ctx: Ctx): Parsed<Period> {
  if (!placeMilestone(a, ctx) || (b !== undefined && !placeMilestone(b, ctx))) return fail(MILESTONE_MONTH);
  if (b !== undefined) {
    if (a.m === undefined && a.d !== undefined) a.m = b.m;
    if (b.m === undefined && b.d !== undefined) b.m = a.m;
    if (a.y === undefined) a.y = b.y;
    if (b.y === undefined) b.y = a.y;
  }
  if (a.y === undefined) a.y = ctx.year;
  if (b !== undefined && b.y === undefined) b.y = ctx.year;
  const bad = check(a) || (b !== undefined ? check(b) : "");
  if (bad !== "") return fail(bad);
  const z = b ?? a;
  return ok(period(b !== undefined ? "range" : kindOf(a), firstMonth(a), lastMonth(z), firstDate(a), lastDate(z), false));
}

const NO_NAMES: string[] = Object.freeze([]) as unknown as string[];
let names: string[] = NO_NAMES;

const period = (
  kind: PeriodKind,
  start: MonthIndex | undefined,
  end: MonthIndex | undefined,
  startDate: string | undefined,
  endDate: string | undefined,
  ongoing: boolean,
): Period => ({ kind, start, end, startDate, endDate, ongoing, milestones: names });

// ---------------------------------------------------------------- segments

const isDateKey = (k: number): boolean => k <= HNOUN || k === MS;
const isDelimiter = (t: Tok): boolean => t.k === SYM && (t.s === "," || t.s === ":" || t.s === ";");

function unknownWordReason(lo: number, hi: number): string {
  for (let i = lo; i < hi; i++) {
    if (toks[i].k !== WORD) continue;
    const next = i + 1 < hi ? toks[i + 1] : undefined;
    const after = i + 2 < hi ? toks[i + 2] : undefined;
    const prev = i > lo ? toks[i - 1] : undefined;
    // "Febtember 2026": starts like a month and sits where a month would.
    const nearNumber = isNum(next, 4) || (isSym(next, ".") && isNum(after, 4)) || isSmallNum(prev);
    return nearNumber && MONTH_WORDS.has(toks[i].s.slice(0, 3)) ? UNKNOWN_MONTH : UNKNOWN_WORDS;
  }
  return "";
}

/** element [sep element] over toks[lo, hi), unknown words refused. */
function readRange(lo: number, hi: number, ctx: Ctx): Parsed<Period> {
  const bad = unknownWordReason(lo, hi);
  if (bad !== "") return fail(bad);
  pos = lo;
  end = hi;
  return expression() ? resolve(left, right, ctx) : fail(err);
}

/** Parses one run of tokens (the whole text, or the text outside / inside parentheses). */
function parseSegment(tokens: Tok[], lo: number, hi: number, ctx: Ctx): Parsed<Period> {
  toks = tokens;
  let first = -1;
  let last = -1;
  let tbd = false;
  for (let i = lo; i < hi; i++) {
    const k = tokens[i].k;
    if (isDateKey(k) || k === ONGOING) {
      if (first < 0) first = i;
      last = i;
    } else if (k === TBDW && first < 0) tbd = true;
  }
  if (first < 0) return fail(tbd ? TBD : NOTHING);
  // Drop text cut off by , : ; before the first and after the last key ("Geneva, 16-19 September 2025"),
  // and a trailing "TBC" after a date.
  for (let i = first - 1; i >= lo; i--) {
    if (isDelimiter(tokens[i])) {
      lo = i + 1;
      break;
    }
  }
  for (let i = last + 1; i < hi; i++) {
    if (isDelimiter(tokens[i]) || tokens[i].k === TBDW) {
      hi = i;
      break;
    }
  }
  while (lo < hi && tokens[lo].k === SYM) lo++;
  while (hi > lo && tokens[hi - 1].k === SYM) hi--;
  return tokens[first].k === ONGOING ? readOngoing(first + 1, hi, ctx) : readRange(lo, hi, ctx);
}

/** What follows an ongoing word: nothing (or words) → no bounds; "until X", "from X" or "X" → bounds. */
function readOngoing(from: number, hi: number, ctx: Ctx): Parsed<Period> {
  let i = from;
  while (i < hi && !isDateKey(toks[i].k) && toks[i].k !== SEP && toks[i].k !== FROM) i++;
  let sawFrom = false;
  let sawUntil = false;
  let j = i;
  for (; j < hi && (toks[j].k === SEP || toks[j].k === FROM); j++) {
    if (toks[j].k === FROM) sawFrom = true;
    else if (toks[j].v === 1) sawUntil = true;
  }
  let hasDate = false;
  for (let k = j; k < hi; k++) if (isDateKey(toks[k].k)) hasDate = true;
  if (!hasDate) return ok(period("ongoing", undefined, undefined, undefined, undefined, true));
  // Words between the ongoing word and a date are refused unless a connector follows them.
  let start = j > i ? j : from;
  while (start < hi && (toks[start].k === SYM || toks[start].k === ONGOING)) start++;
  const r = readRange(start, hi, ctx);
  if (!r.ok) return r;
  const p = r.value;
  const withStart = !sawUntil || sawFrom;
  const withEnd = !sawFrom || p.kind === "range";
  return ok(
    period(
      "ongoing",
      withStart ? p.start : undefined,
      withEnd ? p.end : undefined,
      withStart ? p.startDate : undefined,
      withEnd ? p.endDate : undefined,
      true,
    ),
  );
}

const isOpen = (t: Tok): boolean => t.k === SYM && (t.s === "(" || t.s === "[");
const isClose = (t: Tok): boolean => t.k === SYM && (t.s === ")" || t.s === "]");

/** The text outside parentheses first, then each parenthesised part; the first that parses wins. */
function parseTokens(tokens: Tok[], ctx: Ctx): Parsed<Period> {
  let open = -1;
  for (let i = 0; i < tokens.length && open < 0; i++) if (isOpen(tokens[i])) open = i;
  if (open < 0) return parseSegment(tokens, 0, tokens.length, ctx);
  const outside: Tok[] = [];
  const groups: number[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (isOpen(t)) {
      if (depth++ === 0) start = i + 1;
    } else if (isClose(t)) {
      if (depth > 0 && --depth === 0) groups.push(start, i);
    } else if (depth === 0) outside.push(t);
  }
  if (depth > 0) groups.push(start, tokens.length);
  let failure: Parsed<Period> | undefined;
  const keep = (r: Parsed<Period>): void => {
    if (!r.ok && (failure === undefined || (failure.ok === false && failure.reason === NOTHING))) failure = r;
  };
  let unbounded: Parsed<Period> | undefined;
  if (outside.length > 0) {
    const r = parseSegment(outside, 0, outside.length, ctx);
    if (r.ok && r.value.start === undefined && r.value.end === undefined) unbounded = r;
    else if (r.ok) return r;
    else keep(r);
  }
  for (let g = 0; g < groups.length; g += 2) {
    if (unbounded !== undefined) {
      // "Continuous (2025-2026)", "Ongoing (until June 2026)": the bounds are inside.
      toks = tokens;
      const r = readOngoing(groups[g], groups[g + 1], ctx);
      if (r.ok && (r.value.start !== undefined || r.value.end !== undefined)) return r;
      continue;
    }
    const r = parseSegment(tokens, groups[g], groups[g + 1], ctx);
    if (r.ok) return r;
    keep(r);
  }
  if (unbounded !== undefined) return unbounded;
  return failure ?? fail(NOTHING);
}

// ---------------------------------------------------------------- milestones and options

interface Milestones {
  sig: string;
  re: RegExp | undefined;
  /** The longest letter or digit run of each name: when none occurs in the text, the regex cannot match. */
  needles: string[];
  names: string[];
  months: (MonthIndex | undefined)[];
  replace: (match: string) => string;
}

const MILESTONE_VALUE = /^\s*(\d{4})-(\d{1,2})(?:-\d{1,2})?\s*$/;
const NAME_GAPS = /[\s\-\u2010-\u2015_]+/g;
const REGEX_CHARS = /[.*+?^${}()|[\]\\]/g;
const RUNS = /[a-z]+|[0-9]+|[^a-z0-9]+/g;
const MAX_CACHED_SETS = 64;

const milestonesByObject = new WeakMap<Record<string, string>, Milestones>();
const milestonesBySig = new Map<string, Milestones>();

function compileMilestones(obj: Record<string, string>): Milestones {
  const known = milestonesByObject.get(obj);
  if (known !== undefined) return known;
  const keys = Object.keys(obj).sort();
  const sig = keys.map((k) => `${k}=${String(obj[k])}`).join("\u0001");
  let ms = milestonesBySig.get(sig);
  if (ms === undefined) {
    const index = new Map<string, number>();
    const months: (MonthIndex | undefined)[] = [];
    const names: string[] = [];
    for (const name of keys) {
      const compact = fold(name).replace(NAME_GAPS, "");
      if (compact === "" || index.has(compact) || names.length >= 0x1800) continue;
      const v = MILESTONE_VALUE.exec(String(obj[name]));
      const month = v !== null ? Number(v[2]) : 0;
      index.set(compact, names.length);
      names.push(name);
      months.push(v !== null && month >= 1 && month <= 12 ? monthIndex(Number(v[1]), month) : undefined);
    }
    // Longest names first so "13MSP" wins over "3MSP"; spaces/hyphens allowed between letters and digits.
    const runsOf = (c: string): string[] => c.match(RUNS) ?? [c];
    const needles = [...index.keys()].map((c) => runsOf(c).reduce((a, b) => (b.length > a.length ? b : a)));
    const alternatives = [...index.keys()]
      .sort((x, y) => y.length - x.length)
      .map((c) => runsOf(c).map((run) => run.replace(REGEX_CHARS, "\\$&")).join("[\\s\\-\u2010-\u2015]*"));
    const re =
      alternatives.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${alternatives.join("|")})(?![a-z0-9])`, "g") : undefined;
    const replace = (match: string): string =>
      String.fromCharCode(0xe000 + (index.get(match.replace(NAME_GAPS, "")) ?? 0));
    ms = { sig, re, needles, names, months, replace };
    if (milestonesBySig.size >= MAX_CACHED_SETS) milestonesBySig.clear();
    milestonesBySig.set(sig, ms);
  }
  milestonesByObject.set(obj, ms);
  return ms;
}

/** Everything a result depends on besides the text, with its memo of results. */
interface Ctx {
  ms: Milestones | undefined;
  year: number | undefined;
  /** Two generations of at most MEMO_MAX / 2 results each: when the new one fills up it becomes the old one. */
  memo: Map<string, Parsed<Period>>;
  older: Map<string, Parsed<Period>>;
}

const MEMO_MAX = 10_000;
const NO_OPTIONS: Ctx = { ms: undefined, year: undefined, memo: new Map(), older: new Map() };
const contexts = new Map<string, Ctx>();
let lastMilestones: Record<string, string> | undefined;
let lastYear: number | undefined;
let lastCtx: Ctx = NO_OPTIONS;

function contextFor(options: PeriodOptions | undefined): Ctx {
  if (options == null) return NO_OPTIONS;
  const { milestones, defaultYear } = options;
  if (milestones === lastMilestones && defaultYear === lastYear) return lastCtx;
  const ms = milestones != null ? compileMilestones(milestones) : undefined;
  const year = typeof defaultYear === "number" && Number.isInteger(defaultYear) ? defaultYear : undefined;
  const key = `${ms?.sig ?? ""}\u0000${year ?? ""}`;
  let ctx = key === "\u0000" ? NO_OPTIONS : contexts.get(key);
  if (ctx === undefined) {
    if (contexts.size >= MAX_CACHED_SETS) contexts.clear();
    ctx = { ms, year, memo: new Map(), older: new Map() };
    contexts.set(key, ctx);
  }
  lastMilestones = milestones;
  lastYear = defaultYear;
  lastCtx = ctx;
  return ctx;
}

// ---------------------------------------------------------------- public

function parseUncached(text: string, ctx: Ctx): Parsed<Period> {
  let s = fold(text);
  const ms = ctx.ms;
  if (ms?.re !== undefined && ms.needles.some((n) => s.includes(n))) s = s.replace(ms.re, ms.replace);
  const tokens = tokenize(s, ms !== undefined ? ms.names.length : 0);
  if (tokens.length === 0) return fail(EMPTY);
  names = NO_NAMES;
  if (ctx.ms !== undefined) {
    for (const t of tokens) {
      if (t.k !== MS) continue;
      if (names === NO_NAMES) names = [];
      if (!names.includes(ctx.ms.names[t.v])) names.push(ctx.ms.names[t.v]);
    }
  }
  const r = parseTokens(tokens, ctx);
  names = NO_NAMES;
  return r;
}

/** Reads timeline text; never throws. Results are memoised and shared between calls: treat them as read-only. */
export function parsePeriod(text: string, options?: PeriodOptions): Parsed<Period> {
  if (typeof text !== "string") text = text === undefined || text === null ? "" : String(text);
  const ctx = contextFor(options);
  const cached = ctx.memo.get(text);
  if (cached !== undefined) return cached;
  const r = ctx.older.get(text) ?? parseUncached(text, ctx);
  // Generations instead of evicting one entry at a time: Map.keys().next() slows down as deletions pile up.
  if (ctx.memo.size >= MEMO_MAX / 2) {
    ctx.older = ctx.memo;
    ctx.memo = new Map();
  }
  ctx.memo.set(text, r);
  return r;
}

const ISO_DATE = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s].*)?$/;

/**
 * A period for a real date cell (ISO "YYYY-MM-DD"): kind "date", start=end=that month, startDate=endDate=that day.
 * An invalid date gives a "date" period without bounds (this never throws).
 */
export function periodFromIsoDate(iso: string): Period {
  const m = typeof iso === "string" ? ISO_DATE.exec(iso) : null;
  if (m !== null) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo)) {
      const day = isoDate(y, mo, d);
      const i = monthIndex(y, mo);
      return { kind: "date", start: i, end: i, startDate: day, endDate: day, ongoing: false, milestones: [] };
    }
  }
  return { kind: "date", ongoing: false, milestones: [] };
}
