/** The environment of a CLI test that reads English text: a developer's own LANG=fr_CH must not change it. */
export const ENGLISH_ENV = { LANGUAGE: "", LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" } as const;
