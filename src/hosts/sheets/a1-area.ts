import { parseA1 } from "../../core";

export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B3:D10", "B3" or "$B$1" → 1-based inclusive bounds; throws for anything else (templates are ours). */
export function areaOf(ref: string): Area {
  const [from, to = from] = ref.split(":");
  const a = parseA1(from), b = parseA1(to);
  if (!a || !b) throw new Error(`Template range "${ref}" is not an A1 range.`);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

/** The A1 text Sheets' getRange() takes: no "$" (absolute markers mean nothing to a range). */
export const plainA1 = (ref: string): string => ref.replace(/\$/g, "");
