import type { Report } from "../../core";
import { ROLLUP_SHEET } from "../../panel/bridge";
import { panelText } from "../../panel/i18n";
import { addressChunks } from "./address";
import { is1904, queueDateSystem } from "./date-system";
import { isRollupSheet } from "./rollup-sheet";
import { COMMAND_BYTES, gridBytes, RequestBatch, WRITE_BUDGET } from "./request-batch";
import type { Lang } from "../../core/i18n/lang";
import { isRollupTitle } from "../../views/rollup-text";
import { type Layout, rollupLayout, type Style, type Value } from "./rollup-layout";

const STYLES: Record<Style, (f: Excel.RangeFormat) => void> = {
  title: (f) => { f.font.bold = true; f.font.size = 14; },
  note: (f) => { f.font.italic = true; f.font.color = "#605E5C"; },
  section: (f) => { f.font.bold = true; f.font.size = 12; f.font.color = "#0F6CBD"; },
  header: (f) => { f.font.bold = true; f.fill.color = "#DEECF9"; },
  total: (f) => { f.font.bold = true; },
  bar: (f) => { f.fill.color = "#0F6CBD"; },
  ongoing: (f) => { f.fill.color = "#9DC3E6"; },
  milestone: (f) => { f.font.bold = true; f.fill.color = "#FFC000"; },
  overspent: (f) => { f.font.color = "#A4262C"; f.fill.color = "#FDE7E9"; },
};

/** Excel's limit on a cell's text. */
const MAX_CELL_TEXT = 32767 - 1;

/**
 * Text as a user would type it with a leading apostrophe: Excel stores it as text and hides the apostrophe, so
 * cell text copied from the workbook ("=…", "1/2", "March 2026") never becomes a formula, date or number.
 */
export const asText = (v: Value): Value => (typeof v === "string" && v !== "" ? "'" + v.slice(0, MAX_CELL_TEXT) : v);

/** Column widths in points: labels and activities, periods and notes, then months and figures. */
const WIDTHS = [280, 170, 64];

/** Rows per value write: small enough that a block of long texts still fits the request budget. */
const BLOCK_ROWS = 2000;

/** Vertical runs of one number format in each column, General left out (a cleared sheet is General already). */
export function formatRuns(formats: readonly (readonly string[])[]): { row: number; column: number; rows: number; format: string }[] {
  const out: { row: number; column: number; rows: number; format: string }[] = [];
  const width = formats[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < formats.length; ) {
      const f = formats[r][c];
      let end = r + 1;
      while (end < formats.length && formats[end][c] === f) end++;
      if (f !== "General") out.push({ row: r, column: c, rows: end - r, format: f });
      r = end;
    }
  }
  return out;
}

/**
 * Queues the layout in requests under the budget: number formats (only where not General, before the values so
 * numbers land formatted), values in row blocks, then styles and widths, then the chart.
 */
async function write(batch: RequestBatch, ws: Excel.Worksheet, layout: Layout): Promise<void> {
  const height = layout.values.length;
  const width = layout.values[0].length;
  for (const run of formatRuns(layout.formats)) {
    const grid = Array.from({ length: run.rows }, () => [run.format]);
    await batch.add(gridBytes(grid), () => (ws.getRangeByIndexes(run.row, run.column, run.rows, 1).numberFormat = grid));
  }
  for (let r = 0; r < height; r += BLOCK_ROWS) {
    const rows = layout.values.slice(r, r + BLOCK_ROWS).map((row) => row.map(asText));
    for (const part of splitRows(rows)) {
      await batch.add(gridBytes(part.rows), () => (ws.getRangeByIndexes(r + part.offset, 0, part.rows.length, width).values = part.rows));
    }
  }
  for (const { style, areas } of layout.styles) {
    for (const list of addressChunks(areas)) await batch.add(list.length + COMMAND_BYTES * 3, () => STYLES[style](ws.getRanges(list).format));
  }
  await batch.add(COMMAND_BYTES * 3, () => {
    ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = WIDTHS[0];
    if (width > 1) ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = WIDTHS[1];
    if (width > 2) ws.getRangeByIndexes(0, 2, 1, width - 2).format.columnWidth = WIDTHS[2];
  });
  const chart = layout.chart;
  if (chart) {
    await batch.add(COMMAND_BYTES * 5, () => {
      const c = ws.charts.add("BarClustered", ws.getRange(chart.source), "Columns");
      c.title.text = chart.title;
      c.legend.visible = false;
      c.setPosition(chart.from, chart.to);
    });
  }
}

/** A block of rows cut again where its text alone would not fit one request (rows of very long cell text). */
function splitRows(rows: Value[][]): { offset: number; rows: Value[][] }[] {
  const out: { offset: number; rows: Value[][] }[] = [];
  let start = 0, bytes = 0;
  rows.forEach((row, i) => {
    const b = JSON.stringify(row).length;
    if (i > start && bytes + b > WRITE_BUDGET / 2) {
      out.push({ offset: start, rows: rows.slice(start, i) });
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (start < rows.length) out.push({ offset: start, rows: rows.slice(start) });
  return out;
}

/**
 * Creates the rollup sheet, or refreshes it (clears it, its charts included, and writes again); no other sheet is
 * touched. A sheet of that name (in any case) that the add-in did not write (A1 is not its title) is left alone
 * with an error. Requests: the sheet list, (to refresh) the title and charts, then the writes in requests under
 * the budget: two or three for a small report, a few more for thousands of activities. The sheet is written in
 * `lang` (settings.lang); its name stays the same in every language, and a sheet written in any language is
 * recognised as the add-in's own by its title, so switching language refreshes it instead of adding another.
 */
export async function writeRollups(context: Excel.RequestContext, report: Report, lang: Lang = "en"): Promise<{ sheet: string }> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const system = queueDateSystem(context);
  await context.sync();
  const layout = rollupLayout(report, { date1904: is1904(system), lang });

  let ws: Excel.Worksheet;
  const existing = sheets.items.find((s) => isRollupSheet(s.name));
  if (existing) {
    ws = existing;
    const title = ws.getRange("A1");
    title.load("values");
    ws.charts.load("items/name");
    await context.sync();
    if (!isRollupTitle(String(title.values[0][0]))) {
      throw new Error(panelText(lang).host.rollupSheetTakenCase(existing.name, ROLLUP_SHEET));
    }
    for (const chart of ws.charts.items) chart.delete();
    ws.getRange().clear();
  } else {
    ws = sheets.add(ROLLUP_SHEET);
  }
  const batch = new RequestBatch(context, WRITE_BUDGET);
  await write(batch, ws, layout);
  ws.activate();
  await context.sync();
  return { sheet: existing ? existing.name : ROLLUP_SHEET };
}
