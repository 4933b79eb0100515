/**
 * "Import from text…" in the shared panel, in headless Chromium at task-pane width on the harness page:
 * paste a timeline, preview the rows, insert a new activities sheet with a free name. Build the page first:
 *   npx webpack --mode development --env harness
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "dist/harness/index.html");
const SHOT = path.join(ROOT, "test-artifacts/panel-import.png");

/** The Article 6 timeline as Word copies it: one line per paragraph, bullets as "•". */
const PASTE = [
  "First quarter of 2026",
  "• Meeting with CCM ISU to discuss workplan priorities and planned activities.",
  "• Meeting with the Chair of MASG.",
  "Second quarter of 2026",
  "• Meeting with APMBC International Cooperation and Assistance Committee.",
  "Third quarter of 2026",
  "Spring 2027",
  "• Report on activities <b>undertaken</b> during the year.",
].join("\n");

interface Call { method: string; args: unknown[] }
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(HARNESS)) throw new Error(`${path.relative(ROOT, HARNESS)} is missing: npx webpack --mode development --env harness`);
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

async function open(without: string[] = []): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 320, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((w) => { (window as unknown as { __HARNESS_WITHOUT__: string[] }).__HARNESS_WITHOUT__ = w; }, without);
  await page.goto(pathToFileURL(HARNESS).href);
  await page.locator(".wpc-panel").waitFor();
  return { page, errors };
}
const calls = (page: Page): Promise<Call[]> => page.evaluate(() => (window as unknown as { __calls: Call[] }).__calls);

describe("Import from text…", () => {
  test("paste, preview the rows, insert a new activities sheet with a free name, twice", async () => {
    const { page, errors } = await open();
    const section = page.locator("details.wpc-import");
    await section.locator("summary").click();
    const insert = section.getByRole("button", { name: "Insert as new sheet" });
    expect(await insert.isDisabled()).toBe(true);
    await section.getByLabel("Timeline of a work plan").fill(PASTE);
    await section.getByRole("button", { name: "Preview" }).click();

    const rows = section.locator(".wpc-import-table tbody tr");
    await rows.first().waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td"), (td) => td.textContent)))).toEqual([
      ["First quarter of 2026", "Meeting with CCM ISU to discuss workplan priorities and planned activities.", "—"],
      ["First quarter of 2026", "Meeting with the Chair of MASG.", "—"],
      ["Second quarter of 2026", "Meeting with APMBC International Cooperation and Assistance Committee.", "—"],
      // Kept as written ("never guessed"); the markup in the paste is text, never HTML.
      ["Spring 2027", "Report on activities undertaken during the year.", "—"],
    ]);
    expect(await section.locator(".wpc-import-notes").textContent()).toMatch(/'Third quarter of 2026' has no activity below it; it was skipped/);
    expect(await section.locator(".wpc-import-table b").count()).toBe(0);
    mkdirSync(path.dirname(SHOT), { recursive: true });
    await section.screenshot({ path: SHOT });

    await insert.click();
    await page.locator(".wpc-status").filter({ hasText: "4 activities imported on the new sheet “Work plan 2026”." }).waitFor();
    expect(await section.getByLabel("Timeline of a work plan").inputValue()).toBe("");

    await section.getByLabel("Timeline of a work plan").fill(PASTE);
    await section.getByRole("button", { name: "Preview" }).click();
    await insert.click();
    await page.locator(".wpc-status").filter({ hasText: "“Work plan 2026 (2)”" }).waitFor();
    expect((await calls(page)).filter((c) => c.method === "insertImport").map((c) => c.args)).toEqual([[PASTE], [PASTE]]);
    expect(errors).toEqual([]);
  });

  test("text with no period says so and offers no Insert; editing after a preview asks for a new one", async () => {
    const { page } = await open();
    const section = page.locator("details.wpc-import");
    await section.locator("summary").click();
    const text = section.getByLabel("Timeline of a work plan");
    const insert = section.getByRole("button", { name: "Insert as new sheet" });
    await text.fill("Background\nWe will do good work.");
    await section.getByRole("button", { name: "Preview" }).click();
    await section.locator(".wpc-form-errors").filter({ hasText: "No timeline section was found" }).waitFor();
    expect(await insert.isDisabled()).toBe(true);
    await text.fill("March 2026\nWorkshop");
    await section.getByRole("button", { name: "Preview" }).click();
    expect(await insert.isDisabled()).toBe(false);
    await text.fill("March 2026\nWorkshop in Geneva");
    expect(await insert.isDisabled()).toBe(true);
    expect(await section.locator(".wpc-import-result").textContent()).toMatch(/preview it again/);
    expect((await calls(page)).filter((c) => c.method === "insertImport")).toEqual([]);
  });

  test("a host without insertImport shows no Import from text section", async () => {
    const { page } = await open(["insertImport"]);
    expect(await page.locator("details.wpc-import").isHidden()).toBe(true);
  });
});
