import { a1, parseA1 } from "../../core";
import { deleteJsonProperty, readJsonProperty, writeJsonProperty } from "./json-property";
import type { GasProperties } from "./services";

/**
 * What Highlight changed, kept in document properties so Clear can undo exactly that. Compact: per
 * sheet (by id, which survives renames), cells grouped by the colour we painted and by their
 * original fill ("" = no fill).
 */
export interface SheetHighlights {
  /** Sheet id. */
  readonly i: number;
  /** Highlight colour (lower case) → A1 cells painted with it. */
  readonly h: Record<string, string[]>;
  /** Original fill ("" = none) → A1 cells. */
  readonly o: Record<string, string[]>;
}

export interface HighlightState {
  readonly v: 1;
  readonly sheets: SheetHighlights[];
}

export const HIGHLIGHT_KEY = "workplanCheck.highlights";

export function loadHighlightState(props: GasProperties): HighlightState | undefined {
  const value = readJsonProperty(props, HIGHLIGHT_KEY) as HighlightState | undefined;
  return value && value.v === 1 && Array.isArray(value.sheets) ? value : undefined;
}

export const saveHighlightState = (props: GasProperties, state: HighlightState): void => writeJsonProperty(props, HIGHLIGHT_KEY, state);
export const deleteHighlightState = (props: GasProperties): void => deleteJsonProperty(props, HIGHLIGHT_KEY);

/** The smallest rectangle holding every cell: one getBackgrounds() call reads them all. */
export interface Bounds {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export function boundsOf(cells: Iterable<{ row: number; column: number }>): Bounds | undefined {
  let top = Infinity, left = Infinity, bottom = -Infinity, right = -Infinity;
  for (const c of cells) {
    top = Math.min(top, c.row);
    left = Math.min(left, c.column);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.column);
  }
  return top === Infinity ? undefined : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function cellsOf(groups: Record<string, string[]>): { a1: string; row: number; column: number; key: string }[] {
  const out: { a1: string; row: number; column: number; key: string }[] = [];
  for (const [key, list] of Object.entries(groups)) {
    for (const cell of list) {
      const p = parseA1(cell);
      if (p) out.push({ a1: a1(p.row, p.column), row: p.row, column: p.column, key });
    }
  }
  return out;
}

/** Sheets reports "no fill" as white; restoring it as "no fill" keeps banding and themes visible. */
export const originalFill = (colour: string): string => {
  const c = (colour ?? "").toLowerCase();
  return c === "#ffffff" ? "" : c;
};
