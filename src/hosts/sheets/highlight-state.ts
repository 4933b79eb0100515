import { deleteJsonProperty, readJsonProperty, writeJsonProperty } from "./json-property";
import type { GasProperties } from "./services";

/**
 * What Highlight changed, kept in document properties so Clear can undo exactly that. Compact: per
 * sheet (by id, which survives renames), cells as encodeCells text (ranges, or bitmaps where the
 * rows are scattered) grouped by the colour we painted and by their original fill; cells listed
 * under no original had no fill. Version 1 kept single cells (all originals), which still read.
 */
export interface SheetHighlights {
  /** Sheet id. */
  readonly i: number;
  /** Highlight colour (lower case) → the cells painted with it (encodeCells). */
  readonly h: Record<string, string[]>;
  /** Original fill → cells (encodeCells); a painted cell under no key had no fill ("" in version 1). */
  readonly o: Record<string, string[]>;
}

export interface HighlightState {
  readonly v: 1 | 2;
  readonly sheets: SheetHighlights[];
}

export const HIGHLIGHT_KEY = "workplanCheck.highlights";

export function loadHighlightState(props: GasProperties): HighlightState | undefined {
  const value = readJsonProperty(props, HIGHLIGHT_KEY) as HighlightState | undefined;
  return value && (value.v === 1 || value.v === 2) && Array.isArray(value.sheets) ? value : undefined;
}

export const saveHighlightState = (props: GasProperties, state: HighlightState): void => writeJsonProperty(props, HIGHLIGHT_KEY, state);
export const deleteHighlightState = (props: GasProperties): void => deleteJsonProperty(props, HIGHLIGHT_KEY);

/** Sheets reports "no fill" as white; restoring it as "no fill" keeps banding and themes visible. */
export const originalFill = (colour: string): string => {
  const c = (colour ?? "").toLowerCase();
  return c === "#ffffff" ? "" : c;
};
