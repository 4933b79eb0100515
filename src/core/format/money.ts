import { moneyText, shareText } from "../i18n/format";

/**
 * Minor units in Swiss style, as the finance officers write it: formatMoney(51475300, "CHF") → "CHF 514'753";
 * centimes only when non-zero: "CHF 1'234.50"; negative: "CHF -1'000"; without currency: "514'753".
 * The English default of src/core/i18n/format.ts; a reader's own language and grouping go through makeFormat.
 */
export const formatMoney = (minor: number, currency?: string): string => moneyText(minor, currency);

/** A share as a percentage with one decimal, dropped when zero: 0.7362 → "73.6%", 1 → "100%", 0.5 → "50%". */
export const formatShare = (fraction: number): string => shareText(fraction);
