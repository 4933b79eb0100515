import type { Report, Severity } from "../../core";
import { HIGHLIGHT_COLOURS } from "../../panel/bridge";
import { boundsOf, encodeCells, toRanges, type CellAt } from "./cell-ranges";
import { clearHighlightsUnlocked } from "./clear-highlights";
import { underDocumentLock } from "./document-lock";
import { originalFill, saveHighlightState, type SheetHighlights } from "./highlight-state";
import { isOwnRollupSheet, ownRollupSheetId } from "./own-rollup-sheet";
import type { GasSheet, Services } from "./services";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Colours the cells of the report's issues, under the document lock. Earlier highlights are cleared
 * first, so a cell's saved "original" is never one of our own colours. Per sheet: one
 * getBackgrounds() on the bounding range of its issue cells, then one getRangeList(ranges)
 * .setBackground() per colour. The originals are saved (compactly) before anything is painted, so an
 * interrupted run can still be cleared; if they cannot be saved, nothing is painted.
 */
export function highlight(services: Services, report: Report): { cells: number } {
  return underDocumentLock(services, "Highlight", () => {
    clearHighlightsUnlocked(services);
    const ownId = ownRollupSheetId(services.properties);
    const plans: { sheet: GasSheet; byColour: Map<string, string[]>; cells: number }[] = [];
    const saved: SheetHighlights[] = [];
    for (const [sheetName, cells] of worstSeverityByCell(report)) {
      const sheet = services.spreadsheet.getSheetByName(sheetName);
      if (!sheet || isOwnRollupSheet(sheet, ownId)) continue;
      const entries = [...cells.values()];
      const b = boundsOf(entries)!;
      const backgrounds = sheet.getRange(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1).getBackgrounds();
      const byColour = new Map<string, CellAt[]>();
      const byOriginal = new Map<string, CellAt[]>();
      for (const c of entries) {
        group(byColour, HIGHLIGHT_COLOURS[c.severity].toLowerCase(), c);
        group(byOriginal, originalFill(backgrounds[c.row - b.top][c.column - b.left]), c);
      }
      byOriginal.delete(""); // no fill: what a painted cell listed under no original had
      plans.push({ sheet, byColour: rangesOf(byColour), cells: entries.length });
      saved.push({ i: sheet.getSheetId(), h: encoded(byColour), o: encoded(byOriginal) });
    }
    if (saved.length === 0) return { cells: 0 };
    saveHighlightState(services.properties, { v: 2, sheets: saved });
    let painted = 0;
    for (const { sheet, byColour, cells } of plans) {
      for (const [colour, ranges] of byColour) sheet.getRangeList(ranges).setBackground(colour);
      painted += cells;
    }
    return { cells: painted };
  });
}

type Marked = CellAt & { severity: Severity };

/** sheet → row·column → the most severe issue there (an error outranks a warning in the same cell). */
function worstSeverityByCell(report: Report): Map<string, Map<number, Marked>> {
  const bySheet = new Map<string, Map<number, Marked>>();
  for (const issue of report.issues) {
    if (!(issue.row >= 1 && issue.column >= 1)) continue;
    let cells = bySheet.get(issue.sheet);
    if (!cells) bySheet.set(issue.sheet, (cells = new Map()));
    const key = issue.row * 32_768 + issue.column; // Sheets has at most 18,278 columns
    const seen = cells.get(key);
    if (!seen || RANK[issue.severity] > RANK[seen.severity]) cells.set(key, { row: issue.row, column: issue.column, severity: issue.severity });
  }
  return bySheet;
}

function group<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const rangesOf = (groups: Map<string, CellAt[]>): Map<string, string[]> => new Map([...groups].map(([k, cells]) => [k, toRanges(cells)]));
const encoded = (groups: Map<string, CellAt[]>): Record<string, string[]> => Object.fromEntries([...groups].map(([k, cells]) => [k, encodeCells(cells)]));
