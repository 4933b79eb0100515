/** The rollup sheet's words by language (one module per language; English defines the type). */
import { LANGS, type Lang } from "../../core/i18n/lang";
import { dateLong, monthYearShort } from "../../core/i18n/months";
import { en, type RollupText } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { RollupText } from "./en";

export const ROLLUP_TEXT: Readonly<Record<Lang, RollupText>> = { en, fr, es };
export const rollupText = (lang: Lang = "en"): RollupText => ROLLUP_TEXT[lang];

/** The rollup sheet's A1 title in every language: a sheet the add-in wrote in any language is still its own. */
export const ROLLUP_TITLES: readonly string[] = LANGS.map((l) => ROLLUP_TEXT[l].title);
export const isRollupTitle = (a1: unknown): boolean => typeof a1 === "string" && ROLLUP_TITLES.some((t) => a1.startsWith(t));

/** A month key as the rollup sheet writes it: "2026-09" in English (as before), "sept. 2026" otherwise. */
export const rollupMonth = (lang: Lang, key: string): string => (lang === "en" ? key : monthYearShort(lang, key));
/** An ISO date as the rollup sheet writes it: "2026-10-01" in English (as before), "1er octobre 2026" otherwise. */
export const rollupDate = (lang: Lang, iso: string): string => (lang === "en" ? iso : dateLong(lang, iso));
