/** The languages the product speaks: those of the Convention's States Parties. */
export const LANGS = ["en", "fr", "es"] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: "English", fr: "Français", es: "Español" };

/**
 * A language from a BCP 47 tag or a POSIX locale: "fr-CH" → "fr", "es_ES.UTF-8" → "es", "EN" → "en";
 * undefined for any other language or for "C"/"POSIX" (the caller picks the default).
 */
export function parseLang(tag: string | undefined | null): Lang | undefined {
  if (typeof tag !== "string") return undefined;
  const m = /^\s*([A-Za-z]{2,3})(?:[-_.@]|\s*$)/.exec(tag);
  if (!m) return undefined;
  const code = m[1].toLowerCase();
  return (LANGS as readonly string[]).includes(code) ? (code as Lang) : undefined;
}

/**
 * The language of a POSIX environment, in its own precedence: LC_ALL, then LC_MESSAGES, then LANG.
 * The first variable that is set decides, even when it names a language we do not speak (→ English),
 * as gettext does; LANGUAGE (a GNU list "fr:en") is read first when it names one of ours.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const part of (env.LANGUAGE ?? "").split(":")) {
    const l = parseLang(part);
    if (l) return l;
  }
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (v !== undefined && v !== "") return parseLang(v) ?? "en";
  }
  return "en";
}
