import type { Lang } from "../i18n/lang";

/**
 * Why a parser refused a cell: the `reason` parameter. The JSON keeps it in English (a contract, and
 * what scripts match on); a French or Spanish message translates it when it is rendered, from a
 * phrasebook: the exact reasons the parsers and rules produce, and patterns for the few built from a value.
 * tests/core/messages/reasons.test.ts scans the sources so that a new reason cannot be left out.
 */
export const REASONS = [
  // amounts (src/core/parse/amount.ts, src/core/read/cell-readers.ts)
  "not a number", "a percentage, not an amount", "contains text", "more than one number", "not text", "empty",
  "misplaced sign", "misplaced parenthesis", "more than one currency", "unbalanced parentheses",
  "more than one decimal separator", "misplaced separator", "misplaced thousands separator", "too large",
  "not a finite number", "not an amount",
  // periods (src/core/parse/period.ts, src/core/read/cell-readers.ts)
  "a number, not a period", "not a period", "no month, quarter or year recognised", "to be determined",
  "month name not recognised", "unrecognised words in the period", "unexpected text after the period",
  "year is missing", "year must have 4 digits", "year must be between 1900 and 2199", "month must be 1 to 12",
  "quarter must be 1 to 4", "half must be 1 or 2", "day does not exist in that month", "milestone has no valid month",
  // dates (src/core/parse/date.ts)
  "not a date", "not a date serial", "before 1900-01-01", "after 9999-12-31", "invalid date", "year out of range",
  "no such day", "more than one year", "more than one day", "more than one month", "no year", "no day",
  // rates, shares, FTE (src/core/parse/rate.ts, percent.ts, src/core/kinds, src/core/rules)
  "not a plain decimal number", "an error value", "not a share", "negative share", "more than 1000%",
  "zero or less", "more than 100%", "blank", "zero", "negative", "not a percentage",
  // action-plan references (src/core/parse/action-ref.ts, src/core/read/ref-reader.ts)
  "action references must be whole numbers", "action numbers start at 1", "not an action reference",
  "no action number", "action number too large", "a range without a start", "a range without an end",
  // deliverable targets (src/core/parse/target.ts)
  "no numeric target",
  // settings text: --action-plan, --milestone (src/core/parse/action-plan.ts, src/core/milestone-text.ts)
  "write NAME=FROM-TO, e.g. Vientiane Action Plan (VAP)=1-40", "the plan needs a name",
  "the range must be two whole numbers, FROM-TO (1-40)", "the name is longer than 100 characters", "write NAME=YYYY-MM",
  // Word documents (src/hosts/file/read-docx.ts)
  "password-protected", "it is an old Word 97-2003 .doc file; save it as .docx in Word", "it is not a .docx (zip) file",
] as const;
export type Reason = (typeof REASONS)[number];

/** Reasons built from a value: each pattern's capture groups are handed to the language's wording. */
export const REASON_PATTERNS = {
  /** amount.ts: `unexpected character "${ch}"` */
  unexpectedCharacter: /^unexpected character "(.*)"$/s,
  /** action-ref.ts: `unexpected "${word}"` */
  unexpectedWord: /^unexpected "(.*)"$/s,
  /** amount.ts ("more than 2 decimal places"), rate.ts (`more than ${MAX_DECIMALS} decimal places`) */
  decimalPlaces: /^more than (\d+) decimal places$/,
  /** date.ts: `${m} is not a month (dates are read day first)` */
  notAMonthDayFirst: /^(\d+) is not a month \(dates are read day first\)$/,
  /** milestone-text.ts: `“${month}” is not a month (YYYY-MM)` */
  notAMonthKey: /^“(.*)” is not a month \(YYYY-MM\)$/s,
  /** action-plan.ts: `the range ${from}-${to} must start at 1 or more and not end before it starts` */
  badRange: /^the range (-?\d+)-(-?\d+) must start at 1 or more and not end before it starts$/,
} as const;
export type ReasonPattern = keyof typeof REASON_PATTERNS;

/** A language's phrasebook: every exact reason, and a wording for every pattern. */
export interface ReasonBook {
  readonly exact: Readonly<Record<Reason, string>>;
  readonly patterns: { readonly [K in ReasonPattern]: (...groups: string[]) => string };
}

const EXACT = new Set<string>(REASONS);

/** The reason in the book's language; a reason the book does not know stays as it is (never lost). */
export function translateReason(reason: string, book: ReasonBook | undefined): string {
  if (!book || reason === "") return reason;
  if (EXACT.has(reason)) return book.exact[reason as Reason];
  for (const name of Object.keys(REASON_PATTERNS) as ReasonPattern[]) {
    const m = REASON_PATTERNS[name].exec(reason);
    if (m) return book.patterns[name](...m.slice(1));
  }
  return reason;
}

/** Is this reason in the phrasebook (exactly or by a pattern)? For the completeness test. */
export const knownReason = (reason: string): boolean =>
  EXACT.has(reason) || (Object.values(REASON_PATTERNS) as RegExp[]).some((r) => r.test(reason));

export type ReasonBooks = Readonly<Record<Exclude<Lang, "en">, ReasonBook>>;
