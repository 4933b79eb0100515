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

const ROOT = path.resolve(__dirname, "../../..");
const SCREENSHOT = path.join(ROOT, "test-artifacts/inserted-template.png");
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

interface ViewCell { text: string; bold: boolean; right: boolean; wrap: boolean; inTable: boolean; header: boolean; dropdown: boolean; formula: string }
interface View { letters: string[]; widths: number[]; rows: ViewCell[][]; frozenRows: number }

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

const PAGE_STYLE = `
  body { margin: 0; font: 12px Calibri, Carlito, "Liberation Sans", Arial, sans-serif; background: #fff; }
  table { border-collapse: collapse; table-layout: fixed; }
  td, th { border: 1px solid #d4d4d4; padding: 2px 4px; vertical-align: top; white-space: nowrap; overflow: hidden; height: 16px; }
  th { background: #f3f3f3; color: #555; font-weight: normal; text-align: center; }
  td.wrap { white-space: normal; }
  td:not(.table):not(.wrap) { overflow: visible; } /* text runs on over empty neighbours, as in Excel */
  td.bold { font-weight: bold; }
  td.right { text-align: right; }
  td.table { border-color: #9bc2e6; }
  td.header { background: #ddebf7; border-bottom: 2px solid #5b9bd5; }
  td.dropdown::after { content: " ▾"; color: #888; float: right; }
  td.formula { background: #f7fbf1; }
  tr.frozen td { border-bottom: 2px solid #a6a6a6; }
`;

/** Builds the grid in the page from data, with textContent only (cell text is never HTML). */
function drawGrid(view: View): void {
  const table = document.createElement("table");
  const widths = [36, ...view.widths];
  table.style.width = `${widths.reduce((a, b) => a + b, 0)}px`;
  const colgroup = document.createElement("colgroup");
  for (const w of widths) {
    const col = document.createElement("col");
    col.style.width = `${w}px`;
    colgroup.appendChild(col);
  }
  table.appendChild(colgroup);
  const head = document.createElement("tr");
  for (const l of ["", ...view.letters]) {
    const th = document.createElement("th");
    th.textContent = l;
    head.appendChild(th);
  }
  table.appendChild(head);
  view.rows.forEach((cells, i) => {
    const tr = document.createElement("tr");
    if (i + 1 === view.frozenRows) tr.className = "frozen";
    const th = document.createElement("th");
    th.textContent = String(i + 1);
    tr.appendChild(th);
    for (const c of cells) {
      const td = document.createElement("td");
      td.textContent = c.text;
      if (c.formula) td.title = c.formula;
      td.className = [c.wrap && "wrap", c.bold && "bold", c.right && "right", c.inTable && "table", c.header && "header", c.dropdown && "dropdown", c.formula && "formula"].filter(Boolean).join(" ");
      tr.appendChild(td);
    }
    table.appendChild(tr);
  });
  document.body.appendChild(table);
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
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>${PAGE_STYLE}</style></head><body></body></html>`);
  await page.evaluate(drawGrid, view);
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
