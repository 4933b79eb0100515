/** Text helpers shared by header matching and label comparison. */
import type { Params } from "./issues";
import { PARAM_TEXT_MAX } from "./limits";
import { memoByText } from "./memo";

const DIACRITICS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9%#]+/g;

/**
 * "Amount in CHF:" → "amount in chf"; "Activité" → "activite". Memoised: rollups and kinds normalise
 * the same statuses, references and labels on every row (profiled as the core's top function).
 */
export const normaliseLabel = memoByText((text: string): string => text.normalize("NFD").replace(DIACRITICS, "").toLowerCase().replace(NON_WORD, " ").trim());

/**
 * Trimmed text of a cell for display, cut to a readable length (never inside a surrogate pair).
 * Every cell-derived message parameter goes through it: a 10 MB label must not become a 10 MB message.
 */
export function quote(text: string, max = 60): string {
  // Only the start can show: a huge text is cut before its spaces are collapsed.
  const head = text.length > 4 * max + 64 ? text.slice(0, 4 * max + 64) : text;
  const t = head.replace(/\s+/g, " ").trim();
  if (t.length <= max && head === text) return t;
  if (t.length <= max) return `${t}…`;
  let end = max - 1;
  if (end > 0 && /[\ud800-\udbff]/.test(t[end - 1])) end--;
  return `${t.slice(0, end)}…`;
}

/** Params with every string kept to PARAM_TEXT_MAX characters: the last guard before messages and --json. */
export function cutParams(params: Params): Params {
  let out: Record<string, string | number> | undefined;
  for (const k in params) {
    const v = params[k];
    if (typeof v === "string" && v.length > PARAM_TEXT_MAX) (out ??= { ...params })[k] = quote(v, PARAM_TEXT_MAX);
  }
  return out ?? params;
}
