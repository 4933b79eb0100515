import { type Parsed, ok, fail } from "./parsed";

/** A number above this is read as percent points (50 → 50%); at or below it, as a fraction (0.5, 1, 1.5). */
const POINTS_ABOVE = 1.5;
/** Largest accepted share: 1000%. */
const MAX_FRACTION = 10;

/** intDigits.fracDigits ÷ 100, exactly rounded (moves the decimal point in the string instead of dividing). */
function hundredth(intDigits: string, fracDigits: string): number {
  const digits = intDigits + fracDigits;
  const point = intDigits.length - 2;
  if (point <= 0) return Number("0." + "0".repeat(-point) + digits);
  return Number(digits.slice(0, point) + "." + digits.slice(point));
}

const HAS_DIGIT = /\d/;
const SHARE_RE = /^([+\-\u2212]?)\s*(?:(\d+)(?:[.,](\d+))?|[.,](\d+))\s*(%)?$/;

/**
 * A share such as an FTE or a rate, as a fraction: "50%", "50 %", "12,5%" → 0.5, 0.5, 0.125; plain numbers ≤ 1.5 are
 * fractions ("0.5", 1, 1.5), above 1.5 percent points (50 → 0.5, "100" → 1). Fails for negative values, text,
 * and more than 1000%.
 */
export function parseShare(raw: string | number): Parsed<number> {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return fail("not a number");
    if (raw < 0) return fail("negative share");
    if (raw <= POINTS_ABOVE) return ok(raw === 0 ? 0 : raw);
    const s = String(raw); // no exponent for 1.5 < raw < 1e21
    if (raw > MAX_FRACTION * 100) return fail("more than 1000%");
    const dot = s.indexOf(".");
    return ok(dot < 0 ? hundredth(s, "") : hundredth(s.slice(0, dot), s.slice(dot + 1)));
  }
  if (typeof raw !== "string") return fail("not a number");
  const t = raw.trim();
  if (t === "") return fail("empty");
  const m = SHARE_RE.exec(t);
  if (m === null) return fail(HAS_DIGIT.test(t) ? "contains text" : "not a number");
  const intDigits = m[2] ?? "0";
  const fracDigits = m[3] ?? m[4] ?? "";
  let fraction: number;
  if (m[5] !== undefined) fraction = hundredth(intDigits, fracDigits);
  else {
    const plain = Number(intDigits + "." + (fracDigits || "0"));
    fraction = plain <= POINTS_ABOVE ? plain : hundredth(intDigits, fracDigits);
  }
  if (m[1] !== "" && m[1] !== "+" && fraction !== 0) return fail("negative share");
  if (fraction > MAX_FRACTION) return fail("more than 1000%");
  return ok(fraction);
}

/** A percentage in free text: "20%", "20 %", "12,5%", "20 percent", "20 pour cent", "20 por ciento". */
const STATED_RE = /(\d+)(?:[.,](\d+))?\s?(?:%|(?:per ?cent|pour ?cent|por ?ciento)(?![\p{L}\p{N}]))/giu;
const WORDY_PERCENT = /per|pour|por/i;
/** "of"-like word after the percentage: of / des / de / du / del / d'. */
const OF_RE = /\s*(?:(?:of|des|de|du|del)\s+|d['’]\s*)/iuy;
const WORD_RE = /\s*([\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*)/uy;
/** Leading articles dropped from `of` ("of the salary" → "salary"). */
const ARTICLES = new Set(["the", "la", "le", "les", "los", "las", "el", "l'", "l’"]);
/** Words that end the `of` phrase ("20% of salary and 10% of travel" → "salary"). */
const STOP = new Set([
  "and", "or", "for", "in", "per", "from", "with", "by", "on", "at", "to", "as",
  "et", "ou", "pour", "en", "par", "avec", "dans", "sur",
  "y", "o", "para", "por", "con", "en", "sobre",
]);
const MAX_OF_WORDS = 4;

/**
 * Percentages stated in free text: "Estimated at 20% of salary" → [{ rate: 0.2, of: "salary", text: "20% of salary" }],
 * "20 % des salaires" → of "salaires", "15% of travel costs" → of "travel costs". `of` is the words after
 * of/des/de/du/del/d' (leading article dropped) up to punctuation, a connective (and, for, in, et, pour, y, …) or
 * 4 words, lower-cased; `text` is the matched span as written.
 */
export function findStatedPercentages(text: string): { rate: number; of?: string; text: string }[] {
  const found: { rate: number; of?: string; text: string }[] = [];
  if (typeof text !== "string" || (text.indexOf("%") < 0 && !WORDY_PERCENT.test(text))) return found;
  STATED_RE.lastIndex = 0;
  for (let m = STATED_RE.exec(text); m !== null; m = STATED_RE.exec(text)) {
    const rate = hundredth(m[1], m[2] ?? "");
    let end = STATED_RE.lastIndex;
    const words: string[] = [];
    OF_RE.lastIndex = end;
    if (OF_RE.exec(text) !== null) {
      let pos = OF_RE.lastIndex;
      for (;;) {
        WORD_RE.lastIndex = pos;
        const w = WORD_RE.exec(text);
        if (w === null) break;
        let word = w[1].toLowerCase();
        if (word.length > 2 && word.charCodeAt(0) === 108 && (word[1] === "'" || word[1] === "’")) word = word.slice(2);
        if (STOP.has(word)) break;
        pos = WORD_RE.lastIndex;
        if (words.length === 0 && ARTICLES.has(word)) continue;
        words.push(word);
        end = pos;
        if (words.length === MAX_OF_WORDS) break;
      }
    }
    const span = text.slice(m.index, end);
    found.push(words.length > 0 ? { rate, of: words.join(" "), text: span } : { rate, text: span });
  }
  return found;
}
