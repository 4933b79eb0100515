import { type Parsed, ok, fail } from "./parsed";

/**
 * An exchange rate as an exact decimal: value = mantissa / 10^scale (0.9412 → 9412 / 10^4). Kept as
 * digits, never as a binary float, so a conversion gives the centime a finance officer computes by hand.
 */
export interface Rate {
  readonly mantissa: bigint;
  readonly scale: number;
  /** As written, for messages: "0.9412". */
  readonly text: string;
}

/** At most this many decimals: more is a pasted float artefact, not a published rate. */
const MAX_DECIMALS = 12;
const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d*))?$|^([+-]?)[.,](\d+)$/;

/**
 * A rate from a cell: a number (0.9412) or text ("0.9412", "0,9412", "1.0786"). Zero and negative
 * rates parse (the rate rule reports them); text that is not a plain decimal fails with a reason.
 */
export function parseRate(v: number | string): Parsed<Rate> {
  let text: string;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return fail("not a finite number");
    text = String(v);
    // Exponent form (1e-7): write the digits out; toFixed is exact for the shortest decimal of small numbers only up to 20 places.
    if (/e/i.test(text)) text = v.toFixed(MAX_DECIMALS + 2).replace(/0+$/, "").replace(/\.$/, "");
  } else text = v.replace(/[\s\u00a0\u202f']/g, "");
  if (text === "") return fail("empty");
  const m = DECIMAL.exec(text);
  if (!m) return fail(/\d/.test(text) ? "not a plain decimal number" : "not a number");
  const sign = m[1] ?? m[4] ?? "";
  const whole = m[2] ?? "0";
  let frac = (m[3] ?? m[5] ?? "").replace(/0+$/, "");
  if (frac.length > MAX_DECIMALS) return fail(`more than ${MAX_DECIMALS} decimal places`);
  const mantissa = BigInt(whole + frac) * (sign === "-" ? -1n : 1n);
  return ok({ mantissa, scale: frac.length, text: typeof v === "number" ? String(v) : v.trim() });
}

export const rateIsPositive = (r: Rate): boolean => r.mantissa > 0n;

/**
 * minor × rate, rounded once to a whole minor unit (the centime), half away from zero, computed in
 * BigInt: EUR 50'000.00 × 0.9412 = CHF 47'060.00 exactly. Undefined when the result is not a safe integer.
 */
export function convertMinor(minor: number, rate: Rate): number | undefined {
  const product = BigInt(minor) * rate.mantissa;
  const divisor = 10n ** BigInt(rate.scale);
  const negative = product < 0n;
  const abs = negative ? -product : product;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  const out = Number(negative ? -q : q);
  return Number.isSafeInteger(out) ? (out === 0 ? 0 : out) : undefined;
}
