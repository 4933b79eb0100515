import { boundsOf, decodeCells, toRanges, type CellAt } from "./cell-ranges";
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
    const painted = Object.entries(saved.h).map(([colour, parts]) => ({ colour, cells: [...decodeCells(parts)] }));
    const b = boundsOf(painted.flatMap((p) => p.cells));
    if (!b) continue;
    const now = sheet.getRange(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).getBackgrounds();
    // Cells still showing our colour, each with its original fill ("" = none unless listed).
    const original = new Map<number, string>();
    for (const { colour, cells } of painted) {
      for (const c of cells) if ((now[c.row - b.top]?.[c.column - b.left] ?? "").toLowerCase() === colour) original.set(keyOf(c), "");
    }
    for (const [fill, parts] of Object.entries(saved.o)) {
      for (const c of decodeCells(parts)) if (original.has(keyOf(c))) original.set(keyOf(c), fill);
    }
    const byFill = new Map<string, CellAt[]>();
    for (const [key, fill] of original) {
      const list = byFill.get(fill) ?? [];
      list.push({ row: Math.floor(key / 32_768), column: key % 32_768 });
      byFill.set(fill, list);
    }
    for (const [fill, cells] of byFill) {
      sheet.getRangeList(toRanges(cells)).setBackground(fill === "" ? null : fill);
      restored += cells.length;
    }
  }
  deleteHighlightState(services.properties);
  return { cells: restored };
}
