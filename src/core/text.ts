/** Text helpers shared by header matching and label comparison. */

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9%#]+/g;

/** "Amount in CHF:" → "amount in chf"; "Activité" → "activite". */
export function normaliseLabel(text: string): string {
  return text.normalize("NFD").replace(DIACRITICS, "").toLowerCase().replace(NON_WORD, " ").trim();
}

/** Trimmed text of a cell for display, cut to a readable length. */
export function quote(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
