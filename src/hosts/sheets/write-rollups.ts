import type { Report } from "../../core";
import { panelText } from "../../panel/i18n";
import type { Lang } from "../../core/i18n/lang";
import { ROLLUP_SHEET } from "../../panel/bridge";
import { ROLLUP_SHEET_ID_KEY } from "./own-rollup-sheet";
import { rollupLayout } from "./rollup-layout";
import type { GasSheet, Services } from "./services";
import { ensureSize } from "./sheet-size";
import { sheetsNumberFormat } from "./template-formats";
import { moneyNumberFormat } from "../../core/format/number-formats";
import { maxOf } from "../../core/max-of";


/**
 * Cells per setValues()/setBackgrounds() call. One call for a 50,000-activity Gantt would carry
 * 1.25M cells (tens of MB through one service call, near the limits of a single request); a block
 * is written in slices of whole rows up to this size instead.
 */
export const WRITE_CELLS = 100_000;

/** Row slices [offset, count] of a block `rows` high and `width` wide, each at most WRITE_CELLS cells. */
export function rowSlices(rows: number, width: number): [number, number][] {
  const per = Math.max(1, Math.floor(WRITE_CELLS / Math.max(1, width)));
  const out: [number, number][] = [];
  for (let at = 0; at < rows; at += per) out.push([at, Math.min(per, rows - at)]);
  return out;
}

/**
 * Writes the rollups to the add-on's own sheet only: created on first use, cleared and rewritten
 * after. setValues() per block and setBackgrounds() per Gantt, in slices of at most WRITE_CELLS
 * cells; one call per format. Written in `lang` (settings.lang); the sheet's name and how it is
 * recognised (its id in the document's properties) are the same in every language.
 */
export function writeRollups(services: Services, report: Report, lang: Lang = "en"): { sheet: string } {
  const layout = rollupLayout(report, lang);
  const sheet = ownRollupSheet(services, lang);
  // A new sheet has 26 columns; a two-year Gantt (4 + 24 months) needs more.
  ensureSize(sheet, maxOf(layout.blocks.map((b) => b.row + b.values.length - 1), 1), maxOf(layout.blocks.map((b) => b.values[0].length), 1));
  for (const b of layout.blocks) {
    const width = b.values[0].length;
    for (const [at, n] of rowSlices(b.values.length, width)) {
      sheet.getRange(b.row + at, 1, n, width).setValues(b.values.slice(at, at + n).map((r) => r.map(literal)));
    }
    const f = b.fills;
    if (f) {
      const columns = f.colours[0].length;
      for (const [at, n] of rowSlices(f.colours.length, columns)) sheet.getRange(f.row + at, f.column, n, columns).setBackgrounds(f.colours.slice(at, at + n));
    }
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

function ownRollupSheet(services: Services, lang: Lang): GasSheet {
  const { spreadsheet, properties } = services;
  const existing = spreadsheet.getSheetByName(ROLLUP_SHEET);
  if (existing) {
    if (properties.getProperty(ROLLUP_SHEET_ID_KEY) !== String(existing.getSheetId())) {
      throw new Error(panelText(lang).host.rollupSheetTaken(ROLLUP_SHEET));
    }
    existing.clear();
    return existing;
  }
  const created = spreadsheet.insertSheet(ROLLUP_SHEET);
  properties.setProperties({ [ROLLUP_SHEET_ID_KEY]: String(created.getSheetId()) });
  return created;
}
