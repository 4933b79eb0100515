import type { Report } from "../../core";
import { ROLLUP_SHEET } from "../../panel/bridge";
import { addressChunks } from "./address";
import { type Layout, ROLLUP_TITLE, rollupLayout, type Style, type Value } from "./rollup-layout";

const STYLES: Record<Style, (f: Excel.RangeFormat) => void> = {
  title: (f) => { f.font.bold = true; f.font.size = 14; },
  note: (f) => { f.font.italic = true; f.font.color = "#605E5C"; },
  section: (f) => { f.font.bold = true; f.font.size = 12; f.font.color = "#0F6CBD"; },
  header: (f) => { f.font.bold = true; f.fill.color = "#DEECF9"; },
  total: (f) => { f.font.bold = true; },
  bar: (f) => { f.fill.color = "#0F6CBD"; },
  ongoing: (f) => { f.fill.color = "#9DC3E6"; },
  milestone: (f) => { f.font.bold = true; f.fill.color = "#FFC000"; },
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

function write(ws: Excel.Worksheet, layout: Layout): void {
  const height = layout.values.length;
  const width = layout.values[0].length;
  const block = ws.getRangeByIndexes(0, 0, height, width);
  block.numberFormat = layout.formats; // before values, so numbers land formatted
  block.values = layout.values.map((row) => row.map(asText));
  for (const { style, areas } of layout.styles) for (const list of addressChunks(areas)) STYLES[style](ws.getRanges(list).format);
  ws.getRangeByIndexes(0, 0, 1, 1).format.columnWidth = WIDTHS[0];
  if (width > 1) ws.getRangeByIndexes(0, 1, 1, 1).format.columnWidth = WIDTHS[1];
  if (width > 2) ws.getRangeByIndexes(0, 2, 1, width - 2).format.columnWidth = WIDTHS[2];
  if (layout.chart) {
    const chart = ws.charts.add("BarClustered", ws.getRange(layout.chart.source), "Columns");
    chart.title.text = layout.chart.title;
    chart.legend.visible = false;
    chart.setPosition(layout.chart.from, layout.chart.to);
  }
}

/**
 * Creates the rollup sheet, or refreshes it (clears it, its charts included, and writes again); no other sheet is
 * touched. A sheet of that name that the add-in did not write (A1 is not its title) is left alone with an error.
 * Two requests to create, three to refresh.
 */
export async function writeRollups(context: Excel.RequestContext, report: Report): Promise<{ sheet: string }> {
  const layout = rollupLayout(report);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();

  let ws: Excel.Worksheet;
  if (sheets.items.some((s) => s.name === ROLLUP_SHEET)) {
    ws = sheets.getItem(ROLLUP_SHEET);
    const title = ws.getRange("A1");
    title.load("values");
    ws.charts.load("items/name");
    await context.sync();
    if (!String(title.values[0][0]).startsWith(ROLLUP_TITLE)) {
      throw new Error(`A sheet named "${ROLLUP_SHEET}" already exists and was not written by Workplan Check. Rename or delete it, then write the rollups again.`);
    }
    for (const chart of ws.charts.items) chart.delete();
    ws.getRange().clear();
  } else {
    ws = sheets.add(ROLLUP_SHEET);
  }
  write(ws, layout);
  ws.activate();
  await context.sync();
  return { sheet: ROLLUP_SHEET };
}
