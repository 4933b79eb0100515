/**
 * Looks at an inserted template as a user would: the ISU budget is inserted into the fake Excel through the add-in's
 * own insertTemplate, then what the document holds (values with Excel's calculated results, number formats, bold,
 * wrap, column widths, the table, dropdowns, frozen rows) is drawn as a spreadsheet grid in headless Chromium.
 * Screenshot: test-artifacts/inserted-template.png.
 */
import { mkdirSync, statSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { a1, columnLetters, excelSerialToIso, formatMoney, parseA1 } from "../../../src/core";
import { buildTemplate, DATE_FORMAT, MONEY_FORMAT, MONTH_FORMAT, SHARE_FORMAT, templateCells } from "../../../src/core/templates";
import { insertTemplate } from "../../../src/hosts/excel/insert-template";
import { FakeExcel } from "./fake-excel";
import { launchChromium } from "../../support/chromium";
import { drawSheet, type View, type ViewCell } from "../../support/sheet-picture";

const ROOT = path.resolve(__dirname, "../../..");
const SCREENSHOT = path.join(ROOT, "test-artifacts/inserted-template.png");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];


/** A value as Excel shows it with the few formats templates use. */
function display(v: unknown, format: string | undefined): string {
  if (v === undefined || v === "") return "";
  if (typeof v !== "number") return String(v);
  if (format === MONEY_FORMAT) return formatMoney(Math.round(v * 100), "CHF");
  if (format === SHARE_FORMAT) return `${Math.round(v * 100)}%`;
  if (format === DATE_FORMAT || format === MONTH_FORMAT) {
    const iso = excelSerialToIso(v);
    if (!iso.ok) return String(v);
    const [y, m, d] = iso.value.split("-").map(Number);
    return format === MONTH_FORMAT ? `${MONTHS[m - 1]} ${String(y).slice(2)}` : `${d} ${MONTHS[m - 1]} ${y}`;
  }
  return String(v);
}

function viewOf(excel: FakeExcel, sheet: string): View {
  const d = excel.sheet(sheet);
  const table = excel.tablesList.find((t) => t.sheet === sheet)!;
  const [from, to] = table.range.split(":").map((r) => parseA1(r)!);
  const lists = new Set(d.validations.filter((v) => (v.rule as Excel.DataValidationRule).list).flatMap((v) => {
    const [a, b = a] = v.range.split(":").map((r) => parseA1(r)!);
    const cells: string[] = [];
    for (let r = a.row; r <= b.row; r++) for (let c = a.column; c <= b.column; c++) cells.push(a1(r, c));
    return cells;
  }));
  const used = [...d.values.keys(), ...d.formulas.keys(), ...d.formats.keys()].map((c) => parseA1(c)!);
  const height = Math.max(...used.map((p) => p.row)), width = Math.max(...used.map((p) => p.column), ...d.columnWidths.keys());
  const rows: ViewCell[][] = [];
  for (let r = 1; r <= height; r++) {
    const row: ViewCell[] = [];
    for (let c = 1; c <= width; c++) {
      const ref = a1(r, c);
      const value = d.values.get(ref);
      const inTable = r >= from.row && r <= to.row && c >= from.column && c <= to.column;
      row.push({
        text: display(value, d.formats.get(ref)), bold: d.bold.has(ref), right: typeof value === "number", wrap: d.wrap.has(ref),
        inTable, header: inTable && r === from.row, dropdown: lists.has(ref), formula: d.formulas.get(ref) ?? "",
      });
    }
    rows.push(row);
  }
  return {
    letters: Array.from({ length: width }, (_, i) => columnLetters(i + 1)),
    widths: Array.from({ length: width }, (_, i) => Math.round((d.columnWidths.get(i + 1) ?? 48) / 0.75)), // points → px
    rows,
    frozenRows: d.frozen?.rows ?? 0,
  };
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

test("the ISU budget inserted into an empty workbook shows the rate, CHF amounts and the calculated total", async () => {
  const t = buildTemplate("budget", "isu-budget-2026");
  const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
  const results = new Map(templateCells(t).filter((p) => p.cell.formula !== undefined).map((p) => [p.ref, p.cell.result]));
  excel.calculate = (_sheet, cell) => results.get(cell); // what Excel shows once it has calculated
  const { sheet } = await insertTemplate(excel.context, t);
  const view = viewOf(excel, sheet);

  const page = await browser.newPage({ viewport: { width: 1100, height: 300 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await drawSheet(page, view);
  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  const texts = await page.locator("td").allTextContents();
  const formulaCells = await page.locator("td.formula").evaluateAll((tds) => tds.map((td) => [td.textContent, td.getAttribute("title")]));
  await page.close();

  expect(errors).toEqual([]);
  expect(texts).toEqual(expect.arrayContaining(["Social charges rate", "20%", "COST", "CHF 378'961", "CHF 75'792", "CHF 514'753", "GICHD, in-kind"]));
  expect(formulaCells).toEqual(expect.arrayContaining([["CHF 75'792", "=ROUND(SocialChargesRate*B5,0)"], ["CHF 514'753", "=SUM(B5:B9)"]]));
  expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
});
