import { ROLLUP_TEXT } from "../../src/views/rollup-text";
import type { Lang } from "../../src/core/i18n";

/** The rollup sheet's fixed English words that `lang` writes differently: none may appear on that language's sheet. */
export function englishOnlyLabels(lang: Lang): string[] {
  const en = ROLLUP_TEXT.en as unknown as Record<string, unknown>, other = ROLLUP_TEXT[lang] as unknown as Record<string, unknown>;
  return Object.keys(en).filter((k) => typeof en[k] === "string" && en[k] !== other[k]).map((k) => en[k] as string);
}

/** English label prefixes ("Timeline — ", "In kind: ") the sheet's titles and rows would start with. */
export const ENGLISH_PREFIXES = ["Timeline —", "Funding —", "Execution —", "Staffing —", "All plans —", "Coverage —", "In kind:", "Left out,", "Not a budget line", "As of ", "Amount (", "Pledged (", "Received (", "Figures above"];
