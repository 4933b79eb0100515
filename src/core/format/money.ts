import { scaleDecimal } from "../parse/amount";

/** Digits of a whole number with an ASCII apostrophe every three digits: 514753 → "514'753". */
function grouped(units: number): string {
  const s = String(units);
  const n = s.length;
  if (n <= 3) return s;
  let out = s.slice(0, ((n - 1) % 3) + 1);
  for (let i = out.length; i < n; i += 3) out += "'" + s.slice(i, i + 3);
  return out;
}

/**
 * Minor units in Swiss style, as the finance officers write it: formatMoney(51475300, "CHF") → "CHF 514'753";
 * centimes only when non-zero: "CHF 1'234.50"; negative: "CHF -1'000"; without currency: "514'753".
 * ASCII apostrophe as thousands separator, as in the published budget. Non-integers are rounded to whole minor units.
 */
export function formatMoney(minor: number, currency?: string): string {
  if (!Number.isFinite(minor)) return String(minor);
  const m = Math.round(Math.abs(minor));
  const cents = m % 100;
  const units = (m - cents) / 100; // exact: m - cents is a multiple of 100
  let body = grouped(units);
  if (cents !== 0) body += (cents < 10 ? ".0" : ".") + cents;
  if (minor < 0 && m !== 0) body = "-" + body;
  return currency ? currency + " " + body : body;
}

/** A share as a percentage with one decimal, dropped when zero: 0.7362 → "73.6%", 1 → "100%", 0.5 → "50%". */
export function formatShare(fraction: number): string {
  const tenths = scaleDecimal(fraction, 3); // fraction × 1000, half away from zero, from its decimal digits
  if (tenths === undefined) return String(fraction * 100) + "%";
  const a = Math.abs(tenths);
  const d = a % 10;
  const whole = (a - d) / 10;
  return (tenths < 0 ? "-" : "") + whole + (d === 0 ? "" : "." + d) + "%";
}
