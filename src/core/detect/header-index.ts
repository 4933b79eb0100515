import { KINDS, KIND_NAMES, KindName } from "../kinds";
import { normaliseLabel } from "../text";

/** Which (kind, field) pairs a normalised header text names. Built once from the kinds' aliases. */
type Hit = { readonly kind: KindName; readonly field: string };
const INDEX = new Map<string, Hit[]>();
const PATTERNS: { readonly hit: Hit; readonly test: (header: string) => boolean }[] = [];
let LONGEST = 1;
for (const kind of KIND_NAMES) {
  for (const f of KINDS[kind].fields) {
    if (f.pattern) PATTERNS.push({ hit: { kind, field: f.name }, test: f.pattern });
    for (const alias of f.aliases) {
      const key = normaliseLabel(alias) || alias;
      const hits = INDEX.get(key) ?? [];
      if (!hits.some((h) => h.kind === kind && h.field === f.name)) hits.push({ kind, field: f.name });
      INDEX.set(key, hits);
      LONGEST = Math.max(LONGEST, key.split(" ").length);
    }
  }
}

/**
 * Fields a header cell names. Exact alias first ("amount in chf"); else the longest alias that
 * starts the text ("expected outputs by the third review conference" → expected outputs).
 */
export function headerHits(text: string): readonly Hit[] {
  if (text.length > 80) return [];
  const n = text === "%" || text === "#" ? text : normaliseLabel(text);
  if (n === "") return [];
  const exact = INDEX.get(n);
  if (exact) return exact;
  const words = n.split(" ");
  for (let k = Math.min(LONGEST, words.length - 1); k >= 1; k--) {
    const hits = INDEX.get(words.slice(0, k).join(" "));
    if (hits) return hits;
  }
  const patterned = PATTERNS.filter((p) => p.test(text));
  return patterned.length > 0 ? patterned.map((p) => p.hit) : [];
}
