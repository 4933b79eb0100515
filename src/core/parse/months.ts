/** Month names and abbreviations in English, French and Spanish, looked up after folding. */

/** Characters NFKD changes usefully: accented Latin letters, "º", superscripts, ligatures, full-width forms. */
const NEEDS_NFKD = /[\u00aa-\u024f\u0300-\u036f\u1e00-\u1eff\u2070-\u209f\ufb00-\ufb06\uff00-\uffef]/;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * Lower case without accents: "Févr." → "fevr.", "Año" → "ano", "1º" → "1o". Other text (ASCII, dashes,
 * non-breaking spaces: the common case) skips the costly normalisation.
 */
export function fold(text: string): string {
  return NEEDS_NFKD.test(text) ? text.normalize("NFKD").replace(COMBINING, "").toLowerCase() : text.toLowerCase();
}

const NAMES: readonly (readonly string[])[] = [
  ["january", "jan", "janv", "janvier", "enero", "ene"],
  ["february", "feb", "febr", "fev", "fevr", "fevrier", "febrero"],
  ["march", "mar", "mars", "marzo"],
  ["april", "apr", "avr", "avril", "abril", "abr"],
  ["may", "mai", "mayo"],
  ["june", "jun", "juin", "junio"],
  ["july", "jul", "juil", "juillet", "julio"],
  ["august", "aug", "aout", "ago", "agosto"],
  ["september", "sep", "sept", "set", "septembre", "septiembre", "setiembre"],
  ["october", "oct", "octobre", "octubre"],
  ["november", "nov", "novembre", "noviembre"],
  ["december", "dec", "decembre", "diciembre", "dic"],
];

/** Folded month word (no trailing dot) → 1..12. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  NAMES.flatMap((words, i) => words.map((w): [string, number] => [w, i + 1])),
);

/** "Févr." → 2, "SEPTIEMBRE" → 9, "Jan" → 1; undefined when the word is not a month. */
export function monthNumber(word: string): number | undefined {
  let w = fold(word.trim());
  if (w.endsWith(".")) w = w.slice(0, -1);
  return MONTH_WORDS.get(w);
}
