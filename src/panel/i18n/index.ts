import { type Format, type Grouping, type Lang, makeFormat, TERMS, type Terms } from "../../core/i18n";
import { reasonsEs } from "../../core/messages/reasons-es";
import { reasonsFr } from "../../core/messages/reasons-fr";
import { translateReason } from "../../core/messages";
import { en, type PanelText } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { PanelText } from "./en";

const CATALOGUES: Readonly<Record<Lang, PanelText>> = { en, fr, es };

/** The panel's words in one language. */
export const panelText = (lang: Lang): PanelText => CATALOGUES[lang] ?? en;

/**
 * Everything a renderer needs to write for its reader: the panel's words, the shared terms (kind and severity
 * names) and the Format (money in the user's grouping, months and dates in the language).
 */
export interface Locale {
  readonly lang: Lang;
  readonly text: PanelText;
  readonly terms: Terms;
  readonly format: Format;
}

export function localeOf(lang: Lang, grouping?: Grouping): Locale {
  return { lang, text: panelText(lang), terms: TERMS[lang], format: makeFormat({ lang, grouping }) };
}

/** A parser's reason (the core writes them in English) in the locale's language; an unknown one as it is. */
export const reasonIn = (loc: Locale, reason: string): string => (loc.lang === "en" ? reason : translateReason(reason, loc.lang === "fr" ? reasonsFr : reasonsEs));

/** English with the default grouping (tests, hosts before the language is known). */
export const ENGLISH_LOCALE: Locale = localeOf("en");
