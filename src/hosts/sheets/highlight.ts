import { a1, type Report, type Severity } from "../../core";
import { HIGHLIGHT_COLOURS, ROLLUP_SHEET } from "../../panel/bridge";
import { clearHighlights } from "./clear-highlights";
import { boundsOf, originalFill, saveHighlightState, type SheetHighlights } from "./highlight-state";
import type { GasSheet, Services } from "./services";

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Colours the cells of the report's issues. Earlier highlights are cleared first, so a cell's saved
 * "original" is never one of our own colours. Per sheet: one getBackgrounds() on the bounding range
 * of its issue cells, then one getRangeList(...).setBackground() per colour. The originals are saved
 * before anything is painted, so an interrupted run can still be cleared.
 */
export function highlight(services: Services, report: Report): { cells: number } {
  clearHighlights(services);
  const worst = worstSeverityByCell(report);
  const plans: { sheet: GasSheet; byColour: Map<string, string[]> }[] = [];
  const saved: SheetHighlights[] = [];
  for (const [sheetName, cells] of worst) {
    if (sheetName === ROLLUP_SHEET) continue;
    const sheet = services.spreadsheet.getSheetByName(sheetName);
    if (!sheet) continue;
    const entries = [...cells.values()];
    const b = boundsOf(entries)!;
    const backgrounds = sheet.getRange(b.top, b.left, b.rows, b.columns).getBackgrounds();
    const byColour = new Map<string, string[]>();
    const original: Record<string, string[]> = {};
    for (const c of entries) {
      const cell = a1(c.row, c.column);
      const colour = HIGHLIGHT_COLOURS[c.severity].toLowerCase();
      push(byColour, colour, cell);
      (original[originalFill(backgrounds[c.row - b.top][c.column - b.left])] ??= []).push(cell);
    }
    plans.push({ sheet, byColour });
    saved.push({ i: sheet.getSheetId(), h: Object.fromEntries(byColour), o: original });
  }
  if (saved.length === 0) return { cells: 0 };
  saveHighlightState(services.properties, { v: 1, sheets: saved });
  let painted = 0;
  for (const { sheet, byColour } of plans) {
    for (const [colour, list] of byColour) {
      sheet.getRangeList(list).setBackground(colour);
      painted += list.length;
    }
  }
  return { cells: painted };
}

type Marked = { row: number; column: number; severity: Severity };

/** sheet → "row:column" → the most severe issue there (an error outranks a warning in the same cell). */
function worstSeverityByCell(report: Report): Map<string, Map<string, Marked>> {
  const bySheet = new Map<string, Map<string, Marked>>();
  for (const issue of report.issues) {
    if (!(issue.row >= 1 && issue.column >= 1)) continue;
    let cells = bySheet.get(issue.sheet);
    if (!cells) bySheet.set(issue.sheet, (cells = new Map()));
    const key = `${issue.row}:${issue.column}`;
    const seen = cells.get(key);
    if (!seen || RANK[issue.severity] > RANK[seen.severity]) cells.set(key, { row: issue.row, column: issue.column, severity: issue.severity });
  }
  return bySheet;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
