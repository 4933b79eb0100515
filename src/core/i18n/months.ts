import type { Lang } from "./lang";

/** Month names as each language writes them in running text and in a short column header. */
const LONG: Readonly<Record<Lang, readonly string[]>> = {
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
  fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
  es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
};
/** Abbreviations of the languages' own usage (the Académie's and the RAE's); "mai", "juin", "mayo" are not cut. */
const SHORT: Readonly<Record<Lang, readonly string[]>> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."],
  es: ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."],
};

export const monthLong = (lang: Lang, month: number): string => LONG[lang][month - 1] ?? String(month);
export const monthShort = (lang: Lang, month: number): string => SHORT[lang][month - 1] ?? String(month);

const KEY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISO = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** "2026-09" → "Sep 2026" / "sept. 2026" / "sept. 2026"; other text unchanged. */
export function monthYearShort(lang: Lang, key: string): string {
  const m = KEY.exec(key);
  return m ? `${monthShort(lang, Number(m[2]))} ${m[1]}` : key;
}

/** "2026-09" → "September 2026" / "septembre 2026" / "septiembre de 2026"; other text unchanged. */
export function monthYearLong(lang: Lang, key: string): string {
  const m = KEY.exec(key);
  if (!m) return key;
  const name = monthLong(lang, Number(m[2]));
  return lang === "es" ? `${name} de ${m[1]}` : `${name} ${m[1]}`;
}

/**
 * A date as each language writes it in a sentence: "2026-03-31" → "31 March 2026" / "31 mars 2026" /
 * "31 de marzo de 2026"; the first of the month in French is "1er mars 2026". Other text unchanged.
 */
export function dateLong(lang: Lang, iso: string): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const d = Number(m[3]), name = monthLong(lang, Number(m[2]));
  if (lang === "fr") return `${d === 1 ? "1er" : d} ${name} ${m[1]}`;
  if (lang === "es") return `${d} de ${name} de ${m[1]}`;
  return `${d} ${name} ${m[1]}`;
}
