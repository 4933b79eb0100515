import { boundsOf, cellsOfRanges, toRanges, type CellAt } from "./cell-ranges";
import { underDocumentLock } from "./document-lock";
import { deleteHighlightState, loadHighlightState } from "./highlight-state";
import type { Services } from "./services";

/** Undoes Highlight exactly, under the document lock (see clearHighlightsUnlocked). */
export function clearHighlights(services: Services): { cells: number } {
  return underDocumentLock(services, "Clear highlights", () => clearHighlightsUnlocked(services));
}

const keyOf = (c: CellAt): number => c.row * 32_768 + c.column;

/**
 * Only cells we painted, and only those still showing our colour (a fill the user changed since is
 * theirs and stays). Per sheet: one getBackgrounds() on the bounding range, then one
 * getRangeList(ranges).setBackground(original) per original colour (no fill → null). The caller holds the lock.
 */
export function clearHighlightsUnlocked(services: Services): { cells: number } {
  const state = loadHighlightState(services.properties);
  if (!state) return { cells: 0 };
  const sheets = new Map(services.spreadsheet.getSheets().map((s) => [s.getSheetId(), s]));
  let restored = 0;
  for (const saved of state.sheets) {
    const sheet = sheets.get(saved.i);
    if (!sheet) continue; // deleted since: nothing to restore
    const b = boundsOf(Object.values(saved.h).flatMap((ranges) => [...cellsOfRanges(ranges)]));
    if (!b) continue;
    const now = sheet.getRange(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).getBackgrounds();
    const stillOurs = new Set<number>();
    for (const [colour, ranges] of Object.entries(saved.h)) {
      for (const c of cellsOfRanges(ranges)) if ((now[c.row - b.top]?.[c.column - b.left] ?? "").toLowerCase() === colour) stillOurs.add(keyOf(c));
    }
    for (const [original, ranges] of Object.entries(saved.o)) {
      const cells = [...cellsOfRanges(ranges)].filter((c) => stillOurs.has(keyOf(c)));
      if (cells.length === 0) continue;
      sheet.getRangeList(toRanges(cells)).setBackground(original === "" ? null : original);
      restored += cells.length;
    }
  }
  deleteHighlightState(services.properties);
  return { cells: restored };
}
