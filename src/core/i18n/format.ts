import type { Lang } from "./lang";
import { dateLong, monthYearLong, monthYearShort } from "./months";
import { type Grouping, groupDigits, marksOf } from "./number-style";
import { scaleDecimal } from "../parse/amount";

/**
 * How one reader wants numbers, shares and dates written: a language and a grouping style. Every message,
 * panel card, CLI report and rollup sheet formats through one of these, so they agree with each other.
 */
export interface Format {
  readonly lang: Lang;
  readonly grouping: Grouping;
  /** Minor units: (51475300, "CHF") → "CHF 514'753"; centimes only when non-zero: "CHF 1'234.50". */
  money(minor: number, currency?: string): string;
  /** Whole units (as the report's rollups carry them): (514753, "CHF") → "CHF 514'753". */
  units(units: number, currency?: string): string;
  /** A count: 2000000 → "2'000'000". */
  count(n: number): string;
  /** A plain decimal (FTE, months of cash) with the grouping's decimal mark: 2.5 → "2.5" / "2,5". */
  decimal(n: number): string;
  /** A fraction as a percentage, one decimal dropped when zero: 0.7362 → "73.6%" / "73,6 %" (space grouping). */
  share(fraction: number): string;
  /** "2026-09" → "Sep 2026" / "sept. 2026". */
  month(key: string): string;
  /** "2026-09" → "September 2026" / "septembre 2026" / "septiembre de 2026". */
  monthLong(key: string): string;
  /** "2026-03-31" → "31 March 2026" / "31 mars 2026" / "31 de marzo de 2026". */
  date(iso: string): string;
}

export interface FormatOptions {
  readonly lang?: Lang;
  readonly grouping?: Grouping;
}

/** French and Spanish put a (no-break) space before "%"; English does not. */
const PERCENT_GAP: Readonly<Record<Lang, string>> = { en: "", fr: "\u00a0", es: "\u00a0" };

/** Minor units in the given grouping; negative: "CHF -1'000"; non-integers rounded to whole minor units. */
export function moneyText(minor: number, currency: string | undefined, grouping?: Grouping): string {
  if (!Number.isFinite(minor)) return String(minor);
  const { group, decimal } = marksOf(grouping);
  const m = Math.round(Math.abs(minor));
  const cents = m % 100;
  const units = (m - cents) / 100; // exact: m - cents is a multiple of 100
  let body = groupDigits(units, group);
  if (cents !== 0) body += decimal + (cents < 10 ? "0" : "") + cents;
  if (minor < 0 && m !== 0) body = "-" + body;
  return currency ? currency + " " + body : body;
}

/** 0.7362 → "73.6%"; the decimal mark follows the grouping, the gap before "%" the language. */
export function shareText(fraction: number, lang: Lang = "en", grouping?: Grouping): string {
  const gap = PERCENT_GAP[lang];
  const tenths = scaleDecimal(fraction, 3); // fraction × 1000, half away from zero, from its decimal digits
  if (tenths === undefined) return String(fraction * 100) + gap + "%";
  const a = Math.abs(tenths);
  const d = a % 10;
  const whole = (a - d) / 10;
  return (tenths < 0 ? "-" : "") + groupDigits(whole, marksOf(grouping).group) + (d === 0 ? "" : marksOf(grouping).decimal + d) + gap + "%";
}

export function makeFormat(options: FormatOptions = {}): Format {
  const lang = options.lang ?? "en";
  const grouping = options.grouping ?? "apostrophe";
  const group = marksOf(grouping).group;
  return {
    lang,
    grouping,
    money: (minor, currency) => moneyText(minor, currency, grouping),
    units: (units, currency) => moneyText(Math.round(units * 100), currency, grouping),
    count: (n) => (Number.isSafeInteger(n) ? (n < 0 ? "-" : "") + groupDigits(Math.abs(n), group) : String(n)),
    decimal: (n) => (Number.isFinite(n) ? String(n).replace(".", marksOf(grouping).decimal) : String(n)),
    share: (f) => shareText(f, lang, grouping),
    month: (key) => monthYearShort(lang, key),
    monthLong: (key) => monthYearLong(lang, key),
    date: (iso) => dateLong(lang, iso),
  };
}

/** English with the default grouping: what every caller that does not say gets. */
export const ENGLISH: Format = makeFormat();
