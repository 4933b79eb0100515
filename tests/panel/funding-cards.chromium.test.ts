/**
 * The funding and execution cards in headless Chromium at task-pane width, on the harness page (real
 * panel, real core, fake host). Screenshots: test-artifacts/panel-funding.png, docs/panel-funding.png.
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { EXAMPLE_SHEETS, EXPENDITURE_2026, exampleSnapshot } from "../../examples/example-workbook";
import type { WorkbookSnapshot } from "../../src/core";
import { FUNDING, GOLDEN_AS_OF } from "../core/funding/funding-golden";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "dist/harness/index.html");
const SHOTS = [path.join(ROOT, "test-artifacts/panel-funding.png"), path.join(ROOT, "docs/panel-funding.png")];
const WIDTH = 320;

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(HARNESS)) throw new Error(`${HARNESS} is missing: npx webpack --mode development --env harness`);
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function validated(snapshot: WorkbookSnapshot): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: WIDTH, height: 900 } })).newPage();
  await page.addInitScript((s) => { (window as unknown as { __HARNESS_SNAPSHOT__: unknown }).__HARNESS_SNAPSHOT__ = s; }, snapshot);
  await page.addInitScript((s) => { (window as unknown as { __HARNESS_SETTINGS__: unknown }).__HARNESS_SETTINGS__ = s; }, { asOf: GOLDEN_AS_OF });
  await page.goto(pathToFileURL(HARNESS).href);
  await page.getByRole("button", { name: "Validate", exact: true }).click();
  await page.locator(".wpc-funding").waitFor();
  return page;
}

describe("the funding and execution cards", () => {
  test("the funding card shows received of the budget as a bar, the gap and each contributor", async () => {
    const page = await validated(exampleSnapshot());
    const card = page.locator("[data-region=funding] .wpc-funding");
    await expect(card.locator(".wpc-total").getAttribute("data-received")).resolves.toBe(String(FUNDING.received));
    await expect(card.locator(".wpc-total").textContent()).resolves.toBe("CHF 381'065.22 received of CHF 514'753 (74%)");
    await expect(card.locator("[data-gap]").textContent()).resolves.toBe("Funding gap CHF 133'687.78: budget not yet received");
    await expect(card.locator(".wpc-line").count()).resolves.toBe(6);
    // The bar: received then pledged-not-received, as shares of the budget.
    const widths = await card.locator(".wpc-bar-tall .wpc-bar-fill").evaluateAll((s) => s.map((x) => (x as HTMLElement).style.width));
    expect(widths.map((w) => Math.round(parseFloat(w)))).toEqual([74, 10]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await page.close();
  });

  test("the execution card puts an overspent line first, marked, and the screenshot is taken", async () => {
    const sheets = EXAMPLE_SHEETS.map((s) => (s === EXPENDITURE_2026 ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? [r[0], r[1], 21176.4, ...r.slice(3)] : r)) } : s));
    const page = await validated(exampleSnapshot(sheets));
    const card = page.locator("[data-region=funding] .wpc-execution");
    const labels = await card.locator(".wpc-line-label").allTextContents();
    expect(labels[0]).toBe("Communicationoverspent");
    expect(labels.slice(1)).toEqual(["Salaries", "Social charges", "Travel", "Other implementation support costs"]);
    await expect(card.locator(".wpc-line-over .wpc-bar-fill-over").count()).resolves.toBe(1);
    await expect(card.locator(".wpc-facts").textContent()).resolves.toContain("Projected at 31 Dec 2026");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    const region = page.locator("section.wpc-section").filter({ has: page.locator("[data-region=funding]") });
    for (const shot of SHOTS) {
      mkdirSync(path.dirname(shot), { recursive: true });
      await region.screenshot({ path: shot });
    }
    await page.close();
  });
});
