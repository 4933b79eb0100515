import { normaliseLabel } from "../text";

/** Character pairs of normalised text ("Meeting" → "me","ee","et",…), counted. */
function bigrams(text: string): Map<string, number> {
  const t = ` ${normaliseLabel(text)} `;
  const out = new Map<string, number>();
  for (let i = 0; i < t.length - 1; i++) {
    const b = t.slice(i, i + 2);
    out.set(b, (out.get(b) ?? 0) + 1);
  }
  return out;
}

/**
 * How alike two labels are, 0 to 1 (Sørensen–Dice over character pairs of the normalised text): a typo,
 * an added word or a changed capital keeps two versions of a line together; different lines fall far apart.
 */
export function similarity(a: string, b: string): number {
  const na = normaliseLabel(a), nb = normaliseLabel(b);
  if (na === nb) return 1;
  if (na === "" || nb === "") return 0;
  const x = bigrams(a), y = bigrams(b);
  let common = 0, total = 0;
  for (const n of x.values()) total += n;
  for (const [k, n] of y) {
    total += n;
    common += Math.min(n, x.get(k) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}

/** A candidate pair for matching: indexes into the old and new lists, and its score (higher is better). */
export interface Pair {
  readonly old: number;
  readonly new: number;
  readonly score: number;
}

/** Above this many old × new candidates, only identical texts are paired (a fuzzy pass would take too long). */
const MAX_FUZZY_PAIRS = 4_000_000;

/**
 * Pairs items of two versions by their text, not their position: identical normalised texts first, then
 * the most alike remaining pairs whose text similarity reaches `threshold`, best first. `bonus` breaks ties
 * between equally alike candidates (same period, same sheet) and never makes a pair below the threshold.
 */
export function matchByText<T>(olds: readonly T[], news: readonly T[], text: (t: T) => string, threshold: number, bonus: (a: T, b: T) => number = () => 0): Pair[] {
  const candidates: Pair[] = [];
  const fuzzy = olds.length * news.length <= MAX_FUZZY_PAIRS;
  if (fuzzy) {
    const newTexts = news.map(text);
    for (let i = 0; i < olds.length; i++) {
      const t = text(olds[i]);
      for (let j = 0; j < news.length; j++) {
        const s = similarity(t, newTexts[j]);
        if (s >= threshold) candidates.push({ old: i, new: j, score: s + bonus(olds[i], news[j]) });
      }
    }
  } else {
    const byText = new Map<string, number[]>();
    news.forEach((n, j) => {
      const k = normaliseLabel(text(n));
      byText.set(k, [...(byText.get(k) ?? []), j]);
    });
    olds.forEach((o, i) => {
      for (const j of byText.get(normaliseLabel(text(o))) ?? []) candidates.push({ old: i, new: j, score: 1 + bonus(o, news[j]) });
    });
  }
  // Best first; equal scores keep document order so the result does not depend on the sort's stability.
  candidates.sort((a, b) => b.score - a.score || a.old - b.old || a.new - b.new);
  const usedOld = new Set<number>(), usedNew = new Set<number>();
  const pairs: Pair[] = [];
  for (const c of candidates) {
    if (usedOld.has(c.old) || usedNew.has(c.new)) continue;
    usedOld.add(c.old);
    usedNew.add(c.new);
    pairs.push(c);
  }
  return pairs;
}
