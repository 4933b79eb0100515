import { type Parsed, ok, fail } from "./parsed";

/** A money amount in exact integer minor units (centimes). */
export interface Amount {
  /** Integer minor units (centimes); always Number.isSafeInteger, never -0. */
  minor: number;
  /** "CHF", "EUR", "USD" or "GBP" when the text names a currency. */
  currency?: string;
}

export interface AmountOptions {
  /** Force the decimal separator; by default it is inferred from the text. */
  decimal?: "." | ",";
}

export const minorToUnits = (minor: number): number => minor / 100;

/** Largest whole number of units whose minor units are still a safe integer. */
const MAX_UNITS = Math.floor(Number.MAX_SAFE_INTEGER / 100);

const D0 = 48;
const D9 = 57;
const DOT = 46;
const COMMA = 44;

const isDigit = (c: number): boolean => c >= D0 && c <= D9;

/** Spaces used as thousands separators or padding: space, tab, NBSP, figure/punctuation/thin/hair space, narrow NBSP. */
const isSpace = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9 || c === 0x2007 || c === 0x2008 || c === 0x200a;

/** Apostrophes used as Swiss thousands separators: ' ’ ‘ ʼ. */
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2018 || c === 0x02bc;

/** A leading sign meaning minus: - − (U+2212) – (en dash). */
const isMinus = (c: number): boolean => c === 45 || c === 0x2212 || c === 0x2013;

/** The dash of the Swiss "20'000.-" (no centimes). */
const isCentsDash = (c: number): boolean => c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2212;

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isWordChar = (c: number): boolean => isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

const LETTER = /\p{L}/u;
const DIGIT = /\d/;

/** Length of the currency matched by matchCurrency (module state avoids allocating a result object). */
let matchedLength = 0;

/** Lower-case an ASCII letter code. */
const lc = (c: number): number => c | 0x20;

/**
 * The currency written at s[i], or undefined. Recognises CHF, EUR, USD, GBP (any case), Fr./Frs./SFr. (CHF), €, $, £.
 * Sets matchedLength.
 */
function matchCurrency(s: string, i: number, end: number): string | undefined {
  const c = s.charCodeAt(i);
  if (c === 0x20ac) {
    matchedLength = 1;
    return "EUR";
  }
  if (c === 36) {
    matchedLength = 1;
    return "USD";
  }
  if (c === 0xa3) {
    matchedLength = 1;
    return "GBP";
  }
  if (!isAsciiLetter(c)) return undefined;
  const c0 = lc(c);
  let code: string | undefined;
  let len = 0;
  if (i + 2 < end) {
    // three-letter codes
    const c1 = lc(s.charCodeAt(i + 1));
    const c2 = lc(s.charCodeAt(i + 2));
    if (c0 === 99 && c1 === 104 && c2 === 102) code = "CHF";
    else if (c0 === 101 && c1 === 117 && c2 === 114) code = "EUR";
    else if (c0 === 117 && c1 === 115 && c2 === 100) code = "USD";
    else if (c0 === 103 && c1 === 98 && c2 === 112) code = "GBP";
    if (code !== undefined) len = 3;
  }
  if (code === undefined) {
    // Fr. / Frs. / SFr.
    let j = i;
    if (c0 === 115) j++; // S of SFr
    if (j + 1 < end && lc(s.charCodeAt(j)) === 102 && lc(s.charCodeAt(j + 1)) === 114) {
      j += 2;
      if (j < end && s.charCodeAt(j) === 115) j++; // Frs
      if (j < end && s.charCodeAt(j) === DOT) j++;
      code = "CHF";
      len = j - i;
    } else return undefined;
  }
  const next = i + len;
  if (next < end && isWordChar(s.charCodeAt(next))) return undefined;
  matchedLength = len;
  return code;
}

/** The reason for a failure, preferring "not a number" and "a percentage" over the specific one. */
function failWith(text: string, reason: string): Parsed<Amount> {
  if (!DIGIT.test(text)) return fail("not a number");
  if (text.indexOf("%") >= 0) return fail("a percentage, not an amount");
  return fail(reason);
}

/** The reason for an unexpected character at text[i] (before or instead of the number). */
function unexpectedAt(text: string, i: number): Parsed<Amount> {
  const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
  return failWith(text, LETTER.test(ch) ? "contains text" : `unexpected character "${ch}"`);
}

/** The reason for what follows the number from text[i] to end. */
function trailingAt(text: string, i: number, end: number): Parsed<Amount> {
  const rest = text.slice(i, end);
  if (DIGIT.test(rest)) return failWith(text, "more than one number");
  return unexpectedAt(text, i);
}

/**
 * A written amount to exact minor units.
 * Thousands separators: apostrophes (' ’), spaces (incl. NBSP, narrow NBSP, thin space), and whichever of . , is not
 * the decimal separator. The decimal separator is options.decimal if given; otherwise the last of . and , when both
 * occur; a lone . or , (one occurrence, no apostrophe/space grouping) followed by exactly 3 digits is a thousands
 * separator ("20.000" = 20000) unless the integer part is 0 or empty; otherwise it is decimal ("12,5").
 * Negative: leading - − – or parentheses. Currency: CHF EUR USD GBP Fr. SFr. € $ £ before or after the number.
 * Swiss "20'000.-" means no centimes. More than 2 decimals fail unless the extra digits are zeros.
 */
export function parseAmountText(text: string, options?: AmountOptions): Parsed<Amount> {
  if (typeof text !== "string") return fail("not text");
  const n = text.length;
  // Fast path: plain digits (up to 13, so minor units stay safe).
  if (n > 0 && n <= 13) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const d = text.charCodeAt(i) - D0;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (i === n) return ok({ minor: v * 100 });
  }
  return parseGeneral(text, options === undefined ? undefined : options.decimal);
}

function parseGeneral(text: string, decimal: "." | "," | undefined): Parsed<Amount> {
  const end = text.length;
  let i = 0;
  let negative = false;
  let signed = false;
  let paren = false;
  let currency: string | undefined;

  // Prefix: spaces, sign, opening parenthesis, currency, in any order.
  for (;;) {
    if (i >= end) return text.trim() === "" ? fail("empty") : failWith(text, "not a number");
    const c = text.charCodeAt(i);
    if (c >= D0 && c <= D9) break;
    if ((c === DOT || c === COMMA) && i + 1 < end && isDigit(text.charCodeAt(i + 1))) break;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isMinus(c) || c === 43) {
      if (signed || paren) return failWith(text, "misplaced sign");
      signed = true;
      negative = c !== 43;
      i++;
      continue;
    }
    if (c === 40) {
      if (paren || signed) return failWith(text, "misplaced parenthesis");
      paren = true;
      i++;
      continue;
    }
    // "CHF " inline: the common case, without the general matcher.
    if (
      c === 67 &&
      currency === undefined &&
      i + 3 < end &&
      text.charCodeAt(i + 1) === 72 &&
      text.charCodeAt(i + 2) === 70 &&
      text.charCodeAt(i + 3) === 32
    ) {
      currency = "CHF";
      i += 4;
      continue;
    }
    const cur = matchCurrency(text, i, end);
    if (cur !== undefined) {
      if (currency !== undefined) return failWith(text, "more than one currency");
      currency = cur;
      i += matchedLength;
      continue;
    }
    return unexpectedAt(text, i);
  }

  // Body, in one pass: digits and separators (a space only between two digits). Every separator but the last must
  // be a thousands separator; the last may be the decimal one, decided after the scan.
  const start = i;
  let all = 0; // value of all digits
  let beforeLast = 0; // value of the digits before the last separator
  let run = 0; // digits since the last separator
  let firstRun = 0; // digits before the first separator
  let seps = 0;
  let midBad = false; // a run between two separators is not 3 digits
  let lastSep = -1;
  let dots = 0;
  let lastDot = -1;
  let commas = 0;
  let lastComma = -1;
  let groups = 0; // apostrophe and space separators
  let spaces = 0;
  let cents = false; // Swiss ".-"
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    const d = c - D0;
    if (d >= 0 && d <= 9) {
      all = all * 10 + d;
      run++;
      continue;
    }
    if (c === DOT || c === COMMA) {
      if (i + 1 < end && isCentsDash(text.charCodeAt(i + 1))) {
        cents = true;
        break;
      }
      if (c === DOT) {
        dots++;
        lastDot = i;
      } else {
        commas++;
        lastComma = i;
      }
    } else if (isApostrophe(c)) {
      groups++;
    } else if (isSpace(c) && i + 1 < end && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i - 1))) {
      groups++;
      spaces++;
    } else break;
    if (seps === 0) firstRun = run;
    else if (run !== 3) midBad = true;
    seps++;
    beforeLast = all;
    run = 0;
    lastSep = i;
  }
  const bodyEnd = i;

  // Suffix: the dashes of ".-", closing parenthesis, currency, spaces.
  if (cents) {
    i++;
    while (i < end && isCentsDash(text.charCodeAt(i))) i++;
  }
  let closed = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === 41) {
      if (!paren || closed) return failWith(text, "unbalanced parentheses");
      closed = true;
      i++;
      continue;
    }
    const cur = matchCurrency(text, i, end);
    if (cur !== undefined) {
      if (currency !== undefined) return failWith(text, "more than one currency");
      currency = cur;
      i += matchedLength;
      continue;
    }
    return trailingAt(text, i, end);
  }
  if (paren && !closed) return failWith(text, "unbalanced parentheses");

  // Which separator is the decimal one.
  let decPos = -1;
  if (decimal !== undefined) {
    const isComma = decimal === ",";
    const count = isComma ? commas : dots;
    if (count > 1) return failWith(text, "more than one decimal separator");
    if (count === 1) {
      decPos = isComma ? lastComma : lastDot;
      if ((isComma ? lastDot : lastComma) > decPos) return failWith(text, "misplaced separator");
    }
  } else if (dots > 0 && commas > 0) {
    if (lastDot > lastComma) {
      if (dots > 1) return failWith(text, "misplaced separator");
      decPos = lastDot;
    } else {
      if (commas > 1) return failWith(text, "misplaced separator");
      decPos = lastComma;
    }
  } else if (dots + commas === 1) {
    const p = dots === 1 ? lastDot : lastComma;
    const leadingZero = p === start || (p === start + 1 && text.charCodeAt(start) === D0);
    if (groups > 0 || run !== 3 || leadingZero) decPos = p;
  }
  if (decPos >= 0 && decPos !== lastSep) return failWith(text, "misplaced thousands separator");

  // Thousands groups: 1–3 digits, then groups of exactly 3.
  if (seps > (decPos >= 0 ? 1 : 0) && (firstRun === 0 || firstRun > 3 || midBad || (decPos < 0 && run !== 3))) {
    return failWith(text, spaces > 0 ? "more than one number" : "misplaced thousands separator");
  }

  let units: number;
  let fraction = 0;
  if (decPos < 0) units = all;
  else {
    units = beforeLast;
    if (units > MAX_UNITS) return failWith(text, "too large");
    if (run === 1) fraction = (all - units * 10) * 10;
    else if (run === 2) fraction = all - units * 100;
    else if (run > 2) {
      // Beyond 2 decimals only zeros are accepted; read the digits themselves (their value may exceed 2^53).
      fraction = (text.charCodeAt(decPos + 1) - D0) * 10 + (text.charCodeAt(decPos + 2) - D0);
      for (let p = decPos + 3; p < bodyEnd; p++) {
        if (text.charCodeAt(p) !== D0) return failWith(text, "more than 2 decimal places");
      }
    }
  }
  if (units > MAX_UNITS) return failWith(text, "too large");

  let minor = units * 100 + fraction;
  if (!Number.isSafeInteger(minor)) return failWith(text, "too large");
  if (negative || paren) minor = minor === 0 ? 0 : -minor;
  return ok(currency === undefined ? { minor } : { minor, currency });
}

/**
 * round(n × 10^places), half away from zero, computed exactly from the shortest decimal string of n (String(n)),
 * not by floating-point multiplication. For places 0–4. Undefined for NaN, ±Infinity or an unsafe result.
 */
export function scaleDecimal(n: number, places: number): number | undefined {
  if (!Number.isFinite(n)) return undefined;
  if (Number.isInteger(n)) {
    const r = n * 10 ** places; // exact: product of integers, checked for safety
    return Number.isSafeInteger(r) ? (r === 0 ? 0 : r) : undefined;
  }
  const s = String(n);
  // Non-integers in exponent form are below 1e-6: they round to 0 at up to 4 places.
  if (s.indexOf("e") >= 0) return 0;
  const len = s.length;
  let i = 0;
  const negative = s.charCodeAt(0) === 45;
  if (negative) i++;
  let v = 0;
  for (; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === DOT) break;
    v = v * 10 + (c - D0);
  }
  i++; // past the point
  for (let k = 0; k < places; k++, i++) v = v * 10 + (i < len ? s.charCodeAt(i) - D0 : 0);
  if (i < len && s.charCodeAt(i) - D0 >= 5) v++;
  if (!Number.isSafeInteger(v)) return undefined;
  return v === 0 ? 0 : negative ? -v : v;
}

/**
 * A number cell's value to minor units exactly: rounds half away from zero to 2 decimals using the number's shortest
 * decimal string (String(n)), not n*100. Fails for NaN, Infinity and amounts whose minor units are not safe integers.
 */
export function amountFromNumber(n: number): Parsed<Amount> {
  if (typeof n !== "number" || !Number.isFinite(n)) return fail("not a finite number");
  const minor = scaleDecimal(n, 2);
  if (minor === undefined) return fail("too large");
  return ok({ minor });
}
