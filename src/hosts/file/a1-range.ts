import { parseA1 } from "../../core";
import type { MergedArea } from "../../core";

/** "B3:D10" (or a single "B3") → 1-based inclusive bounds; undefined for anything else. */
export function parseRange(ref: string): MergedArea | undefined {
  const [from, to = from] = ref.replace(/\$/g, "").split(":");
  const a = parseA1(from), b = parseA1(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
