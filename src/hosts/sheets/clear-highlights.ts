import { boundsOf, cellsOf, deleteHighlightState, loadHighlightState } from "./highlight-state";
import type { Services } from "./services";

/**
 * Undoes Highlight exactly: only cells we painted, and only those still showing our colour (a fill
 * the user changed since is theirs and stays). Per sheet: one getBackgrounds() on the bounding range,
 * then one getRangeList(...).setBackground(original) per original colour (no fill → null).
 */
export function clearHighlights(services: Services): { cells: number } {
  const state = loadHighlightState(services.properties);
  if (!state) return { cells: 0 };
  const sheets = new Map(services.spreadsheet.getSheets().map((s) => [s.getSheetId(), s]));
  let restored = 0;
  for (const saved of state.sheets) {
    const sheet = sheets.get(saved.i);
    if (!sheet) continue; // deleted since: nothing to restore
    const painted = cellsOf(saved.h);
    const b = boundsOf(painted);
    if (!b) continue;
    const now = sheet.getRange(b.top, b.left, b.rows, b.columns).getBackgrounds();
    const stillOurs = new Set(painted.filter((c) => (now[c.row - b.top]?.[c.column - b.left] ?? "").toLowerCase() === c.key).map((c) => c.a1));
    for (const [original, cells] of Object.entries(saved.o)) {
      const list = cells.filter((c) => stillOurs.has(c));
      if (list.length === 0) continue;
      sheet.getRangeList(list).setBackground(original === "" ? null : original);
      restored += list.length;
    }
  }
  deleteHighlightState(services.properties);
  return { cells: restored };
}
