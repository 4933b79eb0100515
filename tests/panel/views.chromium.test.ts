/**
 * The panel's views across plans in headless Chromium at task-pane width, on the harness page (real
 * panel, real core, fake host): All plans, coverage, comparing two sheets, exporting the report.
 * Build the page first: npx webpack --mode development --env harness. Screenshot: test-artifacts/panel-all-plans.png.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { exampleSnapshot, EXAMPLE_SHEETS, ISU_BUDGET } from "../../examples/example-workbook";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "dist/harness/index.html");
const WIDTH = 320;
const REV = { ...ISU_BUDGET, name: "ISU Budget 2026 (rev)", rows: ISU_BUDGET.rows.map((r) => (r[0] === "Travel" ? ["Travel", 18000, r[2]] : r)) };

let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(HARNESS)) throw new Error(`${path.relative(ROOT, HARNESS)} is missing: npx webpack --mode development --env harness`);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  const snapshot = exampleSnapshot([...EXAMPLE_SHEETS, REV]);
  await page.addInitScript((s) => { (window as unknown as { __HARNESS_SNAPSHOT__: unknown }).__HARNESS_SNAPSHOT__ = s; }, snapshot);
  await page.addInitScript(() => { (window as unknown as { __HARNESS_SETTINGS__: unknown }).__HARNESS_SETTINGS__ = { asOf: "2026-01-15" }; });
  await page.goto(pathToFileURL(HARNESS).href);
  await page.getByRole("button", { name: "Validate", exact: true }).click();
  await page.locator(".wpc-status").filter({ hasText: /^Checked / }).waitFor();
});
afterAll(async () => browser?.close());

test("All plans: one Gantt across the four plans, per-month columns with milestones, by lead", async () => {
  const all = page.locator("[data-region=all-plans]");
  await expect(all.locator(".wpc-card-sub").first().textContent()).resolves.toBe("4 plans · 46 activities · 6 ongoing · 0 unscheduled");
  await expect(all.locator("svg[aria-label='Gantt chart of all plans'] g.wpc-chart-row").count()).resolves.toBe(46);
  await expect(all.locator("svg[aria-label='Activities per month across all plans'] .wpc-chart-milestone").count()).resolves.toBe(2);
  await expect(all.locator(".wpc-legend-item").allTextContents()).resolves.toEqual(["Art6 Workplan 2025-2026", "SDR Workplan 2025-2026", "Univ Workplan 2024-2025", "Univ Workplan 2025-2026"]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
});

test("coverage card: the Lausanne actions cited and those not cited", async () => {
  const card = page.locator(".wpc-coverage").first();
  await expect(card.locator(".wpc-card-sub").textContent()).resolves.toBe("13 of 50 actions cited · 37 not cited");
  await expect(card.locator("[data-uncovered]").textContent()).resolves.toBe("Not cited: 1–9, 18–37, 43–50");
  await expect(card.locator("svg [data-action]").count()).resolves.toBe(50);
});

test("compare two sheets: the revised budget's changed line and total", async () => {
  await expect(page.locator("#wpc-compare-old").inputValue()).resolves.toBe("ISU Budget 2026");
  await expect(page.locator("#wpc-compare-new").inputValue()).resolves.toBe("ISU Budget 2026 (rev)");
  await page.getByRole("button", { name: "Compare", exact: true }).click();
  const changes = page.locator(".wpc-changes");
  await expect(changes.getAttribute("data-changes")).resolves.toBe("1");
  await expect(changes.textContent()).resolves.toContain("Travel");
  await expect(changes.textContent()).resolves.toContain("CHF 20'000 → CHF 18'000");
  await expect(changes.textContent()).resolves.toContain("Total: CHF 514'753 → CHF 512'753");
  await changes.locator("button").first().click();
  const calls = await page.evaluate(() => (window as unknown as { __calls: { method: string; args: unknown[] }[] }).__calls);
  expect(calls.filter((c) => c.method === "selectCell").pop()?.args).toEqual(["ISU Budget 2026 (rev)", "B7"]);
});

test("Export report downloads the same self-contained HTML as the CLI's --html", async () => {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export report" }).click()]);
  expect(download.suggestedFilename()).toBe("Workplan Check report 2026-01-15.html");
  const html = readFileSync((await download.path())!, "utf8");
  for (const id of ["summary", "issues", "budget", "timelines", "consolidated", "coverage"]) expect(html).toContain(`<section id="${id}"`);
  expect(html).not.toMatch(/<script/i);
  await page.locator("[data-region=all-plans]").scrollIntoViewIfNeeded();
  const top = await page.locator("[data-region=all-plans]").evaluate((n) => n.getBoundingClientRect().top + window.scrollY);
  const bottom = await page.locator("[data-region=coverage]").evaluate((n) => n.getBoundingClientRect().bottom + window.scrollY);
  await page.screenshot({ path: path.join(ROOT, "test-artifacts/panel-all-plans.png"), fullPage: true, clip: { x: 0, y: top - 40, width: WIDTH, height: Math.min(2400, bottom - top + 50) } });
  expect(pageErrors).toEqual([]);
});
