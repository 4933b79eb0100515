/**
 * The report to share, as a reader sees it: rendered in headless Chromium on screen and in print (A4).
 * Screenshots: test-artifacts/report-screen.png and test-artifacts/report-print.png (copied to docs/).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import { consolidate } from "../../src/core/views/consolidate";
import { htmlReport } from "../../src/views/html-report";
import { ART6_WORKPLAN, exampleSnapshot, EXAMPLE_SHEETS } from "../../examples/example-workbook";
import { launchChromium } from "../support/chromium";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const XSS = "<img src=x onerror=alert(1)>";
const settings = resolveSettings({ asOf: "2026-01-15" }, "2026-01-15");

function page(sheets = EXAMPLE_SHEETS): string {
  const report = toReport(validateWorkbook(exampleSnapshot(sheets), settings), "workplan-check-examples.xlsx");
  const sources = [{ file: "workplan-check-examples.xlsx", report }];
  return htmlReport({ title: "Workplan Check report — workplan-check-examples.xlsx", reports: sources, consolidated: consolidate(sources, settings.milestones), generator: "workplan-check" });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => browser?.close());

async function open(html: string, width: number): Promise<Page> {
  const p = await browser.newPage({ viewport: { width, height: 1000 } });
  await p.setContent(html, { waitUntil: "load" });
  return p;
}

test("on screen: sections, charts drawn, screenshot", async () => {
  const p = await open(page(), 1100);
  const ids = await p.$$eval("section.report-section", (s) => s.map((x) => x.id));
  expect(ids).toEqual(["summary", "issues", "budget", "funding", "timelines", "consolidated", "coverage"]);
  // Five bars for each of the two budgets (the published sheet and the same lines by section), one Gantt per
  // plan plus the consolidated one, 50 coverage squares, 13 of them filled.
  expect(await p.$$eval("#budget svg", (s) => s.map((x) => x.querySelectorAll("rect").length))).toEqual([5, 5]);
  expect(await p.$$eval("#timelines svg.wpc-chart", (s) => s.length)).toBe(4);
  expect(await p.$$eval("#coverage svg [data-action]", (g) => g.length)).toBe(50);
  expect(await p.$$eval("#coverage svg [data-action]:not([data-cited='0'])", (g) => g.length)).toBe(13);
  const box = await p.$eval("#consolidated svg.wpc-chart", (s) => s.getBoundingClientRect().width);
  expect(box).toBeGreaterThan(300);
  await p.screenshot({ path: path.join(ARTIFACTS, "report-screen.png"), clip: { x: 0, y: 0, width: 1100, height: 1500 } });
  const top = await p.$eval("#consolidated", (s) => s.getBoundingClientRect().top + window.scrollY);
  await p.screenshot({ path: path.join(ARTIFACTS, "report-screen-calendar.png"), fullPage: true, clip: { x: 0, y: top - 10, width: 1100, height: 1400 } });
  await p.close();
});

test("in print: A4 pages, one section per page, no navigation; screenshot", async () => {
  const p = await open(page(), 794);
  await p.emulateMedia({ media: "print" });
  expect(await p.$eval(".toc", (n) => getComputedStyle(n).display)).toBe("none");
  expect(await p.$eval("#budget", (n) => getComputedStyle(n).breakBefore)).toBe("page");
  const pdf = await p.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(6); // at least one page per section
  await p.screenshot({ path: path.join(ARTIFACTS, "report-print.png"), clip: { x: 0, y: 0, width: 794, height: 1123 } });
  await p.close();
});

test("a cell holding <img src=x onerror=alert(1)> shows as text and runs nothing", async () => {
  const sheets = EXAMPLE_SHEETS.map((s) => (s.name !== ART6_WORKPLAN.name ? s : { ...s, rows: s.rows.map((r, i) => (i === 2 ? [XSS, ...r.slice(1)] : r)) }));
  const html = page(sheets);
  const p = await open(html, 1100);
  let dialogs = 0;
  p.on("dialog", (d) => { dialogs++; void d.dismiss(); });
  expect(await p.$$eval("img", (i) => i.length)).toBe(0);
  expect(await p.$$eval("script", (s) => s.length)).toBe(0);
  const shown = await p.$$eval("#coverage td, #consolidated svg title", (n) => n.map((x) => x.textContent ?? ""));
  expect(shown.some((t) => t.includes(XSS))).toBe(true);
  await p.waitForTimeout(100);
  expect(dialogs).toBe(0);
  await p.close();
});
