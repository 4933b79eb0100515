import type { Report } from "../../core";
import { ROLLUP_SHEET } from "../../panel/bridge";
import { ROLLUP_SHEET_ID_KEY } from "./own-rollup-sheet";
import { rollupLayout } from "./rollup-layout";
import type { GasSheet, Services } from "./services";
import { ensureSize } from "./sheet-size";
import { sheetsNumberFormat } from "./template-formats";
import { moneyNumberFormat } from "../../core/format/number-formats";
import { maxOf } from "../../core/max-of";


/**
 * Writes the rollups to the add-on's own sheet only: created on first use, cleared and rewritten
 * after. One setValues() per block, one setBackgrounds() per Gantt, one call per format.
 */
export function writeRollups(services: Services, report: Report): { sheet: string } {
  const layout = rollupLayout(report);
  const sheet = ownRollupSheet(services);
  // A new sheet has 26 columns; a two-year Gantt (4 + 24 months) needs more.
  ensureSize(sheet, maxOf(layout.blocks.map((b) => b.row + b.values.length - 1), 1), maxOf(layout.blocks.map((b) => b.values[0].length), 1));
  for (const b of layout.blocks) {
    sheet.getRange(b.row, 1, b.values.length, b.values[0].length).setValues(b.values.map((r) => r.map(literal)));
    if (b.fills) sheet.getRange(b.fills.row, b.fills.column, b.fills.colours.length, b.fills.colours[0].length).setBackgrounds(b.fills.colours);
  }
  if (layout.bold.length > 0) sheet.getRangeList(layout.bold).setFontWeight("bold");
  // CHF 514'753 as finance staff write it; one currency per report's budgets (the first one's).
  if (layout.amounts.length > 0) sheet.getRangeList(layout.amounts).setNumberFormat(sheetsNumberFormat(moneyNumberFormat(report.rollups.budget[0]?.currency ?? "CHF")));
  if (layout.shares.length > 0) sheet.getRangeList(layout.shares).setNumberFormat("0.0%");
  sheet.activate();
  return { sheet: ROLLUP_SHEET };
}

/**
 * Cell text is untrusted: a leading apostrophe makes Sheets store it as literal text, so "=IMPORTXML(…)"
 * never becomes a formula and "2026-01" never becomes a date. The apostrophe itself is not shown.
 */
export const literal = (v: string | number): string | number => (typeof v === "string" && v !== "" ? `'${v}` : v);

function ownRollupSheet(services: Services): GasSheet {
  const { spreadsheet, properties } = services;
  const existing = spreadsheet.getSheetByName(ROLLUP_SHEET);
  if (existing) {
    if (properties.getProperty(ROLLUP_SHEET_ID_KEY) !== String(existing.getSheetId())) {
      throw new Error(`A sheet named "${ROLLUP_SHEET}" exists but was not created by Workplan Check. Rename it, then write the rollups again.`);
    }
    existing.clear();
    return existing;
  }
  const created = spreadsheet.insertSheet(ROLLUP_SHEET);
  properties.setProperties({ [ROLLUP_SHEET_ID_KEY]: String(created.getSheetId()) });
  return created;
}
