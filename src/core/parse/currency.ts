import { normaliseLabel } from "../text";

/** Symbols and words people write for a currency; anything else of three letters is taken as an ISO code. */
const WORDS: Record<string, string> = {
  "€": "EUR", "$": "USD", "us$": "USD", "£": "GBP", "fr": "CHF", "fr.": "CHF", "sfr": "CHF", "sfr.": "CHF", "frs": "CHF", "frs.": "CHF",
  "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD", "dolar": "USD", "dolares": "USD",
  "pound": "GBP", "pounds": "GBP", "livre": "GBP", "livres": "GBP", "franc": "CHF", "francs": "CHF", "swiss franc": "CHF", "swiss francs": "CHF", "franc suisse": "CHF", "francs suisses": "CHF", "franco suizo": "CHF", "francos suizos": "CHF",
};

/**
 * A currency cell's text as an upper-case code: "eur" → "EUR", "€" → "EUR", "Swiss francs" → "CHF".
 * Text that is not a code comes back upper-cased as written, so a message can name it; "" when blank.
 */
export function currencyCode(text: string): string {
  const t = text.trim();
  if (t === "") return "";
  const word = WORDS[t.toLowerCase()] ?? WORDS[normaliseLabel(t)];
  if (word) return word;
  return /^[A-Za-z]{3}$/.test(t) ? t.toUpperCase() : t.toUpperCase().slice(0, 20);
}

/** The currency named in a column header: "Pledged (EUR)", "Amount in CHF" → "EUR", "CHF". */
export function currencyInHeader(header: string | undefined): string | undefined {
  const m = header ? /\b(CHF|EUR|USD|GBP|NOK|SEK|DKK|JPY|CAD|AUD|NZD)\b/i.exec(header) : null;
  return m ? m[1].toUpperCase() : undefined;
}
