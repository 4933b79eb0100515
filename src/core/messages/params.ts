import type { Format } from "../i18n/format";
import type { Params } from "../issues";

/** Reading message parameters: every language module reads them the same way. */
export const num = (p: Params, k: string): number => Number(p[k]);
export const str = (p: Params, k: string): string => String(p[k] ?? "");

/** A money parameter in minor units, in the parameter set's currency ("" → no currency). */
export const money = (f: Format, p: Params, k: string): string => f.money(num(p, k), str(p, "currency") || undefined);
/** The size of a difference, without its sign (the sentence says "too high" or "too low"). */
export const moneyAbs = (f: Format, p: Params, k: string): string => f.money(Math.abs(num(p, k)), str(p, "currency") || undefined);
export const share = (f: Format, p: Params, k: string): string => f.share(num(p, k));

/** A count: grouped as the reader groups amounts; text (a limit left blank) as it is. */
export const count = (f: Format, p: Params, k: string): string => {
  const v = p[k];
  return typeof v === "number" ? f.count(v) : str(p, k);
};

/** An ISO date ("2026-03-31") or a month key ("2026-03") in the reader's language; other text unchanged. */
export const date = (f: Format, p: Params, k: string): string => f.date(str(p, k));
export const month = (f: Format, p: Params, k: string): string => f.monthLong(str(p, k));
