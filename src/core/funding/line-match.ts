import { normaliseLabel } from "../text";

/** Words that do not tell budget lines apart: "Travel costs" is the Travel line. */
const FILLER = new Set(["cost", "costs", "cout", "couts", "costo", "costos", "coste", "costes", "frais", "gastos", "de", "des", "du", "of", "and", "et", "y", "the", "les", "la", "le"]);

/** A word in its singular: "travels" → "travel", "salaries" → "salary", "charges" → "charge". */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.slice(0, -1);
  return w;
}

/**
 * The key a ledger line and a budget line are matched on: case, accents, punctuation, plurals and the
 * words "cost(s)" set aside ("Travels" = "Travel", "Other implementation support cost" = "… costs").
 */
export function lineKey(label: string): string {
  const words = normaliseLabel(label).split(" ").filter((w) => w !== "");
  const kept = words.filter((w) => !FILLER.has(w)).map(singular);
  return (kept.length > 0 ? kept : words.map(singular)).join(" ");
}

/** Edit distance (Levenshtein), for naming the nearest budget line. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The budget line nearest to a ledger's `label`: a line whose notes name it ("catering" is in the notes
 * of "Other implementation support costs"), else a line sharing a word, else the smallest edit distance
 * between keys (the first on a tie).
 */
export function nearestLabel(label: string, lines: readonly { readonly label: string; readonly notes?: string }[]): string | undefined {
  const k = lineKey(label);
  const words = k.split(" ").filter((w) => w.length > 2);
  const inNotes = lines.find((l) => l.notes && lineKey(l.notes).split(" ").some((w) => words.includes(w)));
  if (inNotes) return inNotes.label;
  let best: string | undefined, bestD = Infinity;
  for (const l of lines) {
    const lk = lineKey(l.label);
    const d = distance(k, lk) - (lk.split(" ").some((w) => words.includes(w)) ? 100 : 0);
    if (d < bestD) [best, bestD] = [l.label, d];
  }
  return best;
}
