import { areaOfRange, type CellArea } from "./cell-ranges";

export type Area = CellArea;

/** "B3:D10", "B3" or "$B$1" → 1-based inclusive bounds; throws for anything else (templates are ours). */
export function areaOf(ref: string): Area {
  const area = areaOfRange(ref);
  if (!area) throw new Error(`Template range "${ref}" is not an A1 range.`);
  return area;
}

/** The A1 text Sheets' getRange() takes: no "$" (absolute markers mean nothing to a range). */
export const plainA1 = (ref: string): string => ref.replace(/\$/g, "");
