/**
 * Looks at the written templates as a user would: each .xlsx is read back with ExcelJS, its Gantt
 * conditional format evaluated by HyperFormula, and the sheet drawn as a spreadsheet-like HTML grid in
 * headless Chromium. Screenshots: test-artifacts/template-activities.png, test-artifacts/template-budget.png.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { formatMoney } from "../../../src/core";
import { buildTemplate } from "../../../src/core/templates";
import type { PrefillName, TemplateKind } from "../../../src/core/templates";
import { writeTemplateXlsx } from "../../../src/hosts/file/write-template";
import { engineFor, shiftFormula } from "./hyperformula";
import { launchChromium } from "../../support/chromium";
import { drawSheet, type View, type ViewCell } from "../../support/sheet-picture";

const ROOT = path.resolve(__dirname, "../../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];


/** A cell's text as the number format shows it (only the formats the templates use). */
function display(v: unknown, numFmt: string | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) {
    const d = v.getUTCDate(), m = MONTHS[v.getUTCMonth()], y = v.getUTCFullYear();
    return numFmt === "mmm yy" ? `${m} ${String(y).slice(2)}` : `${d} ${m} ${y}`;
  }
  if (typeof v === "number") {
    if (numFmt === "0%") return `${Math.round(v * 100)}%`;
    if (numFmt?.includes(`"CHF "`)) return formatMoney(Math.round(v * 100), "CHF");
    if (numFmt?.includes(`"FTE"`)) return `${v} FTE`;
    return String(v);
  }
  return String(v);
}

const argbToCss = (argb: string | undefined) => (argb ? `#${argb.slice(-6)}` : "");

/** The written sheet as the grid a user sees: values as formatted, Gantt fills as Excel would compute them. */
function viewOf(wb: ExcelJS.Workbook): View {
  const ws = wb.worksheets[0];
  const engine = engineFor(wb);
  const fills = new Map<string, string>();
  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
  for (const cf of cfs) {
    const [from, to] = cf.ref.split(":").map((r) => ws.getCell(r));
    for (let r = Number(from.row); r <= Number(to.row); r++)
      for (let c = Number(from.col); c <= Number(to.col); c++)
        if (engine.evaluate(shiftFormula(`=${cf.rules[0].formulae[0]}`, r - Number(from.row), c - Number(from.col))) === true)
          fills.set(`${r},${c}`, argbToCss(cf.rules[0].style.fill.bgColor.argb));
  }
  const table = ws.getTables()[0] as unknown as { table: { tableRef: string } };
  const [tFrom, tTo] = table.table.tableRef.split(":").map((r) => ws.getCell(r));
  const columns = ws.columnCount, rowCount = ws.rowCount;
  const rows: ViewCell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row: ViewCell[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = ws.getCell(r, c);
      const value = cell.formula ? cell.result : cell.value;
      const inTable = r >= Number(tFrom.row) && r <= Number(tTo.row) && c >= Number(tFrom.col) && c <= Number(tTo.col);
      row.push({
        text: display(value, cell.numFmt),
        bold: cell.font?.bold === true,
        right: typeof value === "number",
        wrap: cell.alignment?.wrapText === true,
        fill: fills.get(`${r},${c}`) ?? "",
        dropdown: cell.dataValidation?.type === "list",
        header: inTable && r === Number(tFrom.row),
        inTable,
      });
    }
    rows.push(row);
  }
  const frozenRows = (ws.views[0] as { ySplit?: number }).ySplit ?? 0;
  return { letters: Array.from({ length: columns }, (_, i) => ws.getColumn(i + 1).letter), widths: Array.from({ length: columns }, (_, i) => Math.round((ws.getColumn(i + 1).width ?? 9) * 7 + 5)), rows, frozenRows };
}

let browser: Browser;
const tmp = mkdtempSync(path.join(tmpdir(), "wpc-render-"));

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function render(kind: TemplateKind, prefill: PrefillName, png: string) {
  const file = path.join(tmp, `${prefill}.xlsx`);
  await writeTemplateXlsx(buildTemplate(kind, prefill), file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const view = viewOf(wb);
  const page = await browser.newPage({ viewport: { width: 1200, height: 400 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await drawSheet(page, view);
  const out = path.join(ARTIFACTS, png);
  await page.screenshot({ path: out, fullPage: true });
  const texts = await page.locator("td").allTextContents();
  const shaded = await page.locator("td[data-gantt]").count();
  await page.close();
  return { view, out, texts, shaded, errors };
}

describe("rendered templates", () => {
  it("the Stockpile destruction work plan shows its activities and one Gantt bar month per activity month", async () => {
    const r = await render("activities", "sdr-2025-2026", "template-activities.png");
    expect(r.errors).toEqual([]);
    expect(r.texts).toContain("May – June 2026");
    expect(r.texts).toContain("1 May 2026");
    expect(r.texts).toContain("30 Jun 2026");
    expect(r.texts).toContain("Jan 25");
    // January, April, May, May–June, September 2026: 1 + 1 + 1 + 2 + 1 shaded months.
    expect(r.shaded).toBe(6);
    expect(statSync(r.out).size).toBeGreaterThan(10_000);
  });

  it("the ISU budget shows the rate, CHF amounts and the computed total", async () => {
    const r = await render("budget", "isu-budget-2026", "template-budget.png");
    expect(r.errors).toEqual([]);
    expect(r.texts).toEqual(expect.arrayContaining(["Social charges rate", "20%", "CHF 378'961", "CHF 75'792", "CHF 514'753", "GICHD, in-kind"]));
    expect(r.shaded).toBe(0);
    expect(statSync(r.out).size).toBeGreaterThan(10_000);
  });
});
