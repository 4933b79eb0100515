import { type Lang, LANGS, parseLang } from "../../core/i18n";

/** The panel's language setting: the host's language, or one the user picked. */
export type LangChoice = Lang | "auto";

export const LANG_CHOICES: readonly LangChoice[] = ["auto", ...LANGS];

/** What a host knows of its user's language: its own (a BCP 47 tag or a locale) and the user's stored choice. */
export interface LanguagePrefs {
  /** Office.context.displayLanguage ("fr-FR"), Session.getActiveUserLocale() ("es_419", "fr"). */
  readonly hostLocale?: string | null;
  /** The user's own choice, stored per user by the host; absent or null: automatic. */
  readonly chosen?: Lang | null;
}

/** The host's language, English when it is none of ours. */
export const hostLang = (prefs: LanguagePrefs): Lang => parseLang(prefs.hostLocale) ?? "en";

/** The language the panel speaks: the user's choice wins, else the host's. */
export const chooseLang = (prefs: LanguagePrefs): Lang => prefs.chosen ?? hostLang(prefs);

/** A stored choice read back: one of our languages, or null (automatic) for anything else. */
export const storedLang = (value: unknown): Lang | null => (typeof value === "string" && (LANGS as readonly string[]).includes(value) ? (value as Lang) : null);
