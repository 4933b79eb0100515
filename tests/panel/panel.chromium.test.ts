/**
 * The shared panel in headless Chromium at task-pane width, on the harness page (real panel, real
 * core, fake host that records calls). Build the page first:
 *   npx webpack --mode development --env harness
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { exampleSnapshot } from "../../examples/example-workbook";
import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import type { Report, Settings, WorkbookSnapshot } from "../../src/core";
import { summaryLine } from "../../src/panel/panel-text";
import { ENGLISH_LOCALE } from "../../src/panel/i18n";
import { ISSUE_PAGE } from "../../src/panel/render-issues";
import { GANTT_ROWS } from "../../src/panel/render-timeline";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "dist/harness/index.html");
const SCREENSHOT = path.join(ROOT, "test-artifacts/panel.png");
const WIDTH = 320;

interface Call { method: string; args: unknown[] }
interface HarnessWindow {
  __calls: Call[];
  __reports: Report[];
  __harness: { fail: Record<string, string>; hold: boolean; release: () => void };
}

let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (!existsSync(HARNESS)) {
    throw new Error(`${path.relative(ROOT, HARNESS)} is missing. Build the panel test page first: npx webpack --mode development --env harness`);
  }
  browser = await launchChromium();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

afterAll(async () => {
  await browser?.close();
});

interface Opened { page: Page; pageErrors: string[]; dialogs: string[] }

async function openPanel(options: { snapshot?: WorkbookSnapshot; settings?: Settings } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  if (options.snapshot) await page.addInitScript((s) => { (window as unknown as { __HARNESS_SNAPSHOT__: unknown }).__HARNESS_SNAPSHOT__ = s; }, options.snapshot);
  if (options.settings) await page.addInitScript((s) => { (window as unknown as { __HARNESS_SETTINGS__: unknown }).__HARNESS_SETTINGS__ = s; }, options.settings);
  await page.goto(pathToFileURL(HARNESS).href);
  await page.locator(".wpc-panel").waitFor();
  return { page, pageErrors, dialogs };
}

const calls = (page: Page): Promise<Call[]> => page.evaluate(() => (window as unknown as HarnessWindow).__calls);
const status = (page: Page) => page.locator(".wpc-status");
const validateButton = (page: Page) => page.getByRole("button", { name: "Validate", exact: true });

async function validate(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as HarnessWindow).__reports.length);
  await validateButton(page).click();
  await page.waitForFunction((n) => (window as unknown as HarnessWindow).__reports.length > n, before);
  await page.locator(".wpc-body[aria-busy=false]").waitFor({ state: "attached" });
  await status(page).filter({ hasText: /^Checked / }).waitFor();
}

const noHorizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** What the CLI computes for the same workbook: the same core, as JSON. */
function coreReport(snapshot: WorkbookSnapshot, asOf = "2026-01-15"): Report {
  return JSON.parse(JSON.stringify(toReport(validateWorkbook(snapshot, resolveSettings({}, asOf)), snapshot.name)));
}

describe("panel on the example workbook", () => {
  test("Validate shows the summary, the budget total and issues grouped by table, as the core reports them", async () => {
    const { page, pageErrors } = await openPanel();
    await expect(page.locator(".wpc-summary-line").textContent()).resolves.toBe("Not checked yet");
    await validate(page);

    const expected = coreReport(exampleSnapshot());
    const shown = await page.evaluate(() => (window as unknown as HarnessWindow).__reports[0]);
    expect(shown).toEqual(expected); // same core, same report as the CLI

    await expect(page.locator(".wpc-summary-line").textContent()).resolves.toBe(summaryLine(ENGLISH_LOCALE, expected.counts));
    const budget = page.locator("[data-region=budget] .wpc-budget").first();
    await expect(budget.locator(".wpc-total").textContent()).resolves.toBe("CHF 514'753");
    await expect(budget.locator(".wpc-check").getAttribute("data-match")).resolves.toBe("true");
    await expect(budget.locator(".wpc-line").first().textContent()).resolves.toContain("CHF 378'961");
    await expect(budget.textContent()).resolves.toContain("2.5 FTE");
    await expect(budget.textContent()).resolves.toContain("Administrative expenses");

    // One group per table that has issues, tables with errors first, then in report order.
    const keyOf = (i: { table?: string; sheet: string }) => i.table ?? `sheet:${i.sheet}`;
    const rank = (key: string) => Math.min(...expected.issues.filter((i) => keyOf(i) === key).map((i) => ["error", "warning", "info"].indexOf(i.severity)));
    const tableKeys = [...new Set(expected.issues.map(keyOf))].map((k, n) => ({ k, n, r: rank(k) })).sort((a, b) => a.r - b.r || a.n - b.n).map((x) => x.k);
    expect(tableKeys.length).toBeGreaterThan(1);
    await expect(page.locator(".wpc-group").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-table")))).resolves.toEqual(tableKeys);
    const firstKey = tableKeys[0];
    const firstIssues = expected.issues.filter((i) => (i.table ?? `sheet:${i.sheet}`) === firstKey);
    const group = page.locator(".wpc-group").first();
    await expect(group.locator(".wpc-issue").count()).resolves.toBe(firstIssues.length);
    await expect(group.locator(".wpc-group-name").textContent()).resolves.toBe(firstIssues[0].sheet);
    await expect(page.locator(".wpc-issue").count()).resolves.toBe(expected.issues.length);

    // A timeline card per activities table, its Gantt scrolling inside the card.
    await expect(page.locator(".wpc-timeline").count()).resolves.toBe(expected.rollups.timeline.length);
    const t0 = expected.rollups.timeline[0];
    await expect(page.locator(".wpc-timeline").first().locator("tbody tr").count()).resolves.toBe(t0.grid.length);
    await expect(page.locator(".wpc-timeline").first().locator("th.wpc-g-month").count()).resolves.toBe(t0.months.length);
    await expect(page.locator("th.wpc-g-mark-on[data-milestone='3RC']").count()).resolves.toBeGreaterThan(0);

    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    expect(pageErrors).toEqual([]);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  test("clicking an issue selects its cell in the host", async () => {
    const { page } = await openPanel();
    await validate(page);
    const issue = page.locator(".wpc-issue").nth(1);
    const sheet = await issue.getAttribute("data-sheet");
    const cell = await issue.getAttribute("data-cell");
    await expect(issue.locator(".wpc-issue-cell").textContent()).resolves.toContain(cell!);
    await issue.click();
    await page.waitForFunction(() => (window as unknown as HarnessWindow).__calls.some((c) => c.method === "selectCell"));
    expect((await calls(page)).filter((c) => c.method === "selectCell")).toEqual([{ method: "selectCell", args: [sheet, cell] }]);
  });

  test("keyboard: Tab reaches an issue, Enter and Space select its cell", async () => {
    const { page } = await openPanel();
    await validate(page);
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.classList.contains("wpc-issue") ?? false);
    }
    expect(reached).toBe(true);
    const first = await page.evaluate(() => [document.activeElement!.getAttribute("data-sheet"), document.activeElement!.getAttribute("data-cell")]);
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusRing).not.toBe("none"); // a visible focus indicator
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as HarnessWindow).__calls.some((c) => c.method === "selectCell"));

    await page.keyboard.press("Tab");
    const second = await page.evaluate(() => [document.activeElement!.getAttribute("data-sheet"), document.activeElement!.getAttribute("data-cell")]);
    await page.keyboard.press(" ");
    await page.waitForFunction(() => (window as unknown as HarnessWindow).__calls.filter((c) => c.method === "selectCell").length === 2);
    expect((await calls(page)).filter((c) => c.method === "selectCell").map((c) => c.args)).toEqual([first, second]);
  });

  test("severity chips filter the issues", async () => {
    const { page } = await openPanel();
    await validate(page);
    const warnings = page.locator(".wpc-chip[data-severity=warning]");
    await warnings.click();
    await expect(warnings.getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(page.locator(".wpc-issue-warning").count()).resolves.toBe(0);
    await expect(page.locator(".wpc-issue-error").count()).resolves.toBeGreaterThan(0);
    await warnings.click();
    await expect(page.locator(".wpc-issue-warning").count()).resolves.toBeGreaterThan(0);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-severity"))).resolves.toBe("warning"); // focus stays on the chip
  });

  test("Highlight, Clear highlights and Write rollups call the host and report in the status line", async () => {
    const { page } = await openPanel();
    await expect(page.getByRole("button", { name: "Highlight issues" }).isDisabled()).resolves.toBe(true); // nothing to highlight yet
    await validate(page);
    const report = (await page.evaluate(() => (window as unknown as HarnessWindow).__reports[0]));
    const cells = new Set(report.issues.map((i) => `${i.sheet}!${i.cell}`)).size;

    await page.getByRole("button", { name: "Highlight issues" }).click();
    await status(page).filter({ hasText: `Highlighted ${cells} cells.` }).waitFor();
    await page.getByRole("button", { name: "Clear highlights" }).click();
    await status(page).filter({ hasText: `Cleared highlights from ${cells} cells.` }).waitFor();
    await page.getByRole("button", { name: "Write rollups" }).click();
    await status(page).filter({ hasText: "Rollups written to the sheet “Workplan Rollups”." }).waitFor();

    await expect(status(page).getAttribute("aria-live")).resolves.toBe("polite");
    const methods = (await calls(page)).map((c) => c.method);
    expect(methods).toEqual(["loadSettings", "loadLanguage", "validate", "highlight", "clearHighlights", "writeRollups"]);
    expect((await calls(page))[3].args).toEqual([{ issues: report.issues.length }]);
  });

  test("while a run is in flight: aria-busy, buttons disabled, a progress bar", async () => {
    const { page } = await openPanel();
    await page.evaluate(() => { (window as unknown as HarnessWindow).__harness.hold = true; });
    await validateButton(page).click();
    await page.locator(".wpc-body[aria-busy=true]").waitFor({ state: "attached" });
    await page.waitForFunction(() => document.querySelector(".wpc-progress [role=progressbar]")?.getAttribute("aria-valuenow") !== null);
    for (const name of ["Validate", "Highlight issues", "Clear highlights", "Write rollups"]) {
      await expect(page.getByRole("button", { name, exact: true }).isDisabled()).resolves.toBe(true);
    }
    const bar = page.locator(".wpc-progress [role=progressbar]");
    await expect(bar.isVisible()).resolves.toBe(true);
    const max = Number(await bar.getAttribute("aria-valuemax"));
    expect(max).toBe(exampleSnapshot().sheets.length);
    await expect(page.locator(".wpc-progress-label").textContent()).resolves.toMatch(/Reading “.+” \(\d+ of \d+\)/);

    await page.evaluate(() => (window as unknown as HarnessWindow).__harness.release());
    await status(page).filter({ hasText: /^Checked / }).waitFor();
    await expect(page.locator(".wpc-body").getAttribute("aria-busy")).resolves.toBe("false");
    await expect(validateButton(page).isDisabled()).resolves.toBe(false);
    await expect(bar.isVisible()).resolves.toBe(false);
  });

  test("a rejected bridge call shows a readable error banner and the panel keeps working", async () => {
    const { page, pageErrors } = await openPanel();
    await page.evaluate(() => { (window as unknown as HarnessWindow).__harness.fail = { validate: "The workbook is in cell-edit mode." }; });
    await validateButton(page).click();
    const banner = page.locator(".wpc-banner [role=alert]");
    await banner.filter({ hasText: "Validation failed: The workbook is in cell-edit mode." }).waitFor();
    await expect(validateButton(page).isDisabled()).resolves.toBe(false);

    await page.evaluate(() => { (window as unknown as HarnessWindow).__harness.fail = { highlight: "Sheet is protected" }; });
    await validate(page);
    await expect(page.locator(".wpc-banner").isVisible()).resolves.toBe(false); // success clears the banner
    await page.getByRole("button", { name: "Highlight issues" }).click();
    await banner.filter({ hasText: "Highlighting issues failed: Sheet is protected" }).waitFor();
    await page.getByRole("button", { name: "Dismiss error" }).click();
    await expect(page.locator(".wpc-banner").isVisible()).resolves.toBe(false);
    await expect(page.locator(".wpc-total").first().textContent()).resolves.toBe("CHF 514'753"); // the report is still there
    expect(pageErrors).toEqual([]);
  });
});

describe("settings", () => {
  test("saved settings round-trip: change as-of, Save, Validate → the host got that as-of", async () => {
    const { page } = await openPanel();
    await page.locator(".wpc-settings > summary").click();
    await page.getByLabel("As-of date").fill("2026-06-30");
    await page.getByLabel("Start").fill("2025-01");
    await page.getByLabel("End").fill("2026-12");
    await page.getByLabel("Milestones").fill("3RC=2026-09\nRetreat=2026-01");
    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    await page.getByRole("button", { name: "Save settings" }).click();
    await status(page).filter({ hasText: "Settings saved." }).waitFor();
    const saved = { asOf: "2026-06-30", planWindow: { start: "2025-01", end: "2026-12" }, milestones: { "3RC": "2026-09", Retreat: "2026-01" } };
    expect((await calls(page)).find((c) => c.method === "saveSettings")?.args).toEqual([saved]);

    await validate(page);
    const v = (await calls(page)).filter((c) => c.method === "validate");
    // The language goes with each validation (it is the user's, never saved in the document).
    expect(v[v.length - 1].args).toEqual([{ ...saved, lang: "en" }]);
    await expect(page.locator(".wpc-summary-meta").textContent()).resolves.toContain("as of 30 June 2026");
  });

  test("stored settings are loaded into the form on mount, and kept fields survive a save", async () => {
    const stored: Settings = { asOf: "2026-02-01", actionRange: { from: 1, to: 50 }, currency: "EUR" };
    const { page } = await openPanel({ settings: stored });
    await page.waitForFunction(() => (document.querySelector("input[name=asOf]") as HTMLInputElement).value !== "");
    await expect(page.locator("input[name=asOf]").inputValue()).resolves.toBe("2026-02-01");
    await expect(page.locator("input[name=actionTo]").inputValue()).resolves.toBe("50");
    await page.locator(".wpc-settings > summary").click();
    await page.getByRole("button", { name: "Save settings" }).click();
    await status(page).filter({ hasText: "Settings saved." }).waitFor();
    expect((await calls(page)).find((c) => c.method === "saveSettings")?.args).toEqual([stored]);
  });

  test("invalid settings are explained and not saved", async () => {
    const { page } = await openPanel();
    await page.locator(".wpc-settings > summary").click();
    await page.getByLabel("Milestones").fill("3RC in September");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.locator(".wpc-form-errors").filter({ hasText: "write NAME=YYYY-MM" }).waitFor();
    await validateButton(page).click();
    await page.locator(".wpc-banner").filter({ hasText: "fix the settings first" }).waitFor();
    expect((await calls(page)).map((c) => c.method)).toEqual(["loadSettings", "loadLanguage"]);
  });
});

describe("untrusted cell text", () => {
  const IMG = "<img src=x onerror=alert(1)>";
  const SVG = "<svg onload=alert(2)></svg>";
  const snapshot: WorkbookSnapshot = {
    name: "untrusted.xlsx",
    sheets: [
      {
        name: "Workplan 2025-2026",
        originRow: 1,
        originColumn: 1,
        values: [
          ["Workplan 2025-2026"],
          ["Activity", "Lead", "Partners", "Timeline", "Expected output", "Status"],
          [IMG, null, "ISU", "March 2025", "<script>alert(3)</script>", null],
          ["Retreat", "Norway", "ISU", "January 2026", "Report", null],
        ],
      },
      {
        name: "Budget 2026",
        originRow: 1,
        originColumn: 1,
        values: [
          ["2026 Budget"],
          ["COST", "Amount in CHF", "NOTES"],
          [SVG, 1000, null],
          ["Travel", 500, null],
          ["Total", 1500, null],
        ],
      },
    ],
  };

  test("renders as literal text: no element is created, no script runs", async () => {
    const { page, dialogs, pageErrors } = await openPanel({ snapshot });
    await validate(page);
    const expected = coreReport(snapshot);
    const quoting = expected.issues.filter((i) => i.message.includes(IMG));
    expect(quoting.length).toBeGreaterThan(0); // the core quotes the cell in a message

    const messages = await page.locator(".wpc-issue-message").allTextContents();
    for (const q of quoting) expect(messages).toContain(q.message);
    await expect(page.locator(".wpc-g-label").allTextContents()).resolves.toContain(IMG);
    await expect(page.locator(".wpc-line-label").allTextContents()).resolves.toContain(SVG);
    // The only SVG is the panel's own charts (src/views/charts.ts), where the cell text is a text node in a <title>.
    await expect(page.locator("#panel img, #panel svg:not(.wpc-chart), #panel script, #panel iframe, #panel foreignObject").count()).resolves.toBe(0);
    await expect(page.locator("#panel svg.wpc-chart title").allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringContaining(IMG)]));
    await expect(page.locator("[onerror], [onload]").count()).resolves.toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("a large workbook", () => {
  const ROWS = 500;
  const snapshot: WorkbookSnapshot = {
    name: "large.xlsx",
    sheets: [{
      name: "Workplan 2026",
      originRow: 1,
      originColumn: 1,
      values: [
        ["Workplan 2026"],
        ["Activity", "Lead", "Partners", "Timeline", "Expected output", "Status"],
        ...Array.from({ length: ROWS }, (_, i) => [`Activity ${i + 1}`, null, "ISU", "March 2026", "Report", null]),
      ],
    }],
  };

  test("capped lists: exact counts, a not-listed note, and long sections paged by 100", async () => {
    const { page, pageErrors } = await openPanel({ snapshot });
    await validate(page);
    const expected = coreReport(snapshot);
    expect(expected.unlisted).toBeGreaterThan(0);
    await expect(page.locator(".wpc-summary-meta").textContent()).resolves.toContain(`${expected.unlisted} more not listed`);
    const errors = expected.issues.filter((i) => i.severity === "error").length;
    expect(errors).toBeGreaterThan(ISSUE_PAGE);
    const section = page.locator(".wpc-severity[data-severity=error]").first();
    await expect(section.locator(".wpc-issue").count()).resolves.toBe(ISSUE_PAGE);
    await section.getByRole("button", { name: `Show ${errors - ISSUE_PAGE} more` }).click();
    await expect(section.locator(".wpc-issue").count()).resolves.toBe(errors);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("data-cell"))).resolves.toBe(expected.issues.filter((i) => i.severity === "error")[ISSUE_PAGE].cell);
    await expect(page.locator(".wpc-issue[data-code='table.more-issues']").count()).resolves.toBeGreaterThan(0);

    // The Gantt draws its first rows, the rest on request.
    const timeline = page.locator(".wpc-timeline").first();
    await expect(timeline.locator("tbody tr").count()).resolves.toBe(GANTT_ROWS);
    await timeline.getByRole("button", { name: `Show all ${ROWS} rows` }).click();
    await expect(timeline.locator("tbody tr").count()).resolves.toBe(ROWS);
    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    expect(pageErrors).toEqual([]);
  });
});

describe("insert template", () => {
  const INSERT_SHOT = path.join(ROOT, "test-artifacts/panel-insert-template.png");
  const section = (page: Page) => page.locator("details.wpc-insert");

  test("choose Budget and the ISU budget 2026, Insert: the host inserts it and the status line names the new sheet", async () => {
    const { page, pageErrors } = await openPanel();
    await section(page).locator("summary").click();
    const kind = page.getByLabel("Table", { exact: true });
    const prefill = page.getByLabel("Fill with");
    // The seeds follow the kind: an empty table, or one of that kind's seeds.
    await expect(prefill.locator("option").allTextContents()).resolves.toEqual([
      "None (empty table)",
      "Article 6 cooperation and assistance work plan 2025-2026",
      "Stockpile destruction and retention work plan 2025-2026",
      "Universalization work plan 2024-2025",
      "Universalization work plan 2025-2026",
    ]);
    await kind.selectOption({ label: "Budget" });
    await expect(prefill.locator("option").allTextContents()).resolves.toEqual(["None (empty table)", "ISU budget 2026 (CHF 514'753)"]);
    await expect(page.locator(`#${await kind.getAttribute("aria-describedby")}`).textContent()).resolves.toContain("Total that adds them up");
    await prefill.selectOption({ label: "ISU budget 2026 (CHF 514'753)" });
    await section(page).getByRole("button", { name: "Insert", exact: true }).click();
    await status(page).filter({ hasText: "Template inserted on the new sheet “ISU Budget 2026 (2)”." }).waitFor();
    expect((await calls(page)).filter((c) => c.method === "insertTemplate")).toEqual([{ method: "insertTemplate", args: ["budget", "isu-budget-2026", "en"] }]);

    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    expect(pageErrors).toEqual([]);
    mkdirSync(path.dirname(INSERT_SHOT), { recursive: true });
    await page.screenshot({ path: INSERT_SHOT, fullPage: true });

    // The next Validate reads the new sheet too: a third budget of CHF 514'753 (after the published sheet and the same lines by section).
    await validate(page);
    const totals = await page.locator("[data-region=budget] .wpc-total").allTextContents();
    expect(totals).toEqual(["CHF 514'753", "CHF 514'753", "CHF 514'753"]);
  });

  test("keyboard: open the section, pick Budget and its seed with the arrow keys, Enter inserts", async () => {
    const { page } = await openPanel();
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.matches("details.wpc-insert > summary") ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press("Enter");
    await expect(section(page).evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).resolves.toBe("kind");
    await page.keyboard.press("ArrowDown"); // Activities → Budget
    await expect(page.evaluate(() => (document.activeElement as HTMLSelectElement).value)).resolves.toBe("budget");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => (document.activeElement as HTMLSelectElement).name)).resolves.toBe("prefill");
    await page.keyboard.press("ArrowDown"); // None → ISU budget 2026
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Insert");
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(focusRing).not.toBe("none");
    await page.keyboard.press("Enter");
    await status(page).filter({ hasText: "“ISU Budget 2026 (2)”" }).waitFor();
    expect((await calls(page)).filter((c) => c.method === "insertTemplate").map((c) => c.args)).toEqual([["budget", "isu-budget-2026", "en"]]);
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Insert"); // focus kept on the button
  });

  test("an empty table is inserted without a seed; a refused insert shows in the banner", async () => {
    const { page } = await openPanel();
    await section(page).locator("summary").click();
    await page.getByLabel("Table", { exact: true }).selectOption({ label: "Staffing" });
    await section(page).getByRole("button", { name: "Insert", exact: true }).click();
    await status(page).filter({ hasText: "“Staffing”" }).waitFor();
    await page.evaluate(() => { (window as unknown as HarnessWindow).__harness.fail = { insertTemplate: "The workbook is protected." }; });
    await section(page).getByRole("button", { name: "Insert", exact: true }).click();
    await page.locator(".wpc-banner [role=alert]").filter({ hasText: "Inserting the template failed: The workbook is protected." }).waitFor();
    expect((await calls(page)).filter((c) => c.method === "insertTemplate").map((c) => c.args)).toEqual([["staffing", null, "en"], ["staffing", null, "en"]]);
  });

  test("a host without insertTemplate shows no Insert template section", async () => {
    const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.addInitScript(() => { (window as unknown as { __HARNESS_WITHOUT__: string[] }).__HARNESS_WITHOUT__ = ["insertTemplate"]; });
    await page.goto(pathToFileURL(HARNESS).href);
    await page.locator(".wpc-panel").waitFor();
    await expect(section(page).isVisible()).resolves.toBe(false);
    await expect(page.locator(".wpc-settings").first().isVisible()).resolves.toBe(true); // the rest of the panel is there
  });
});

describe("layout at task-pane width", () => {
  test("no horizontal page scroll at 320 px, with every group and the settings open", async () => {
    const { page } = await openPanel();
    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    await validate(page);
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    // The Gantt is wider than the pane: it scrolls inside its own card.
    const gantt = await page.locator(".wpc-gantt-scroll").first().evaluate((e) => ({ scroll: e.scrollWidth, client: e.clientWidth }));
    expect(gantt.scroll).toBeGreaterThan(gantt.client);
  });
});

describe("budget card: sections, the column used, the other columns", () => {
  test("the ISU budget by section shows its sections, Budget 2026 as the column used, and 2025 and the variance", async () => {
    const sheet = exampleSnapshot().sheets.find((s) => s.name === "ISU Budget 2026 by section")!;
    const { page, pageErrors } = await openPanel({ snapshot: { name: "isu-budget-sections.xlsx", sheets: [sheet] } });
    await validate(page);
    const card = page.locator("[data-region=budget] .wpc-budget").first();
    await expect(card.locator(".wpc-total").textContent()).resolves.toBe("CHF 514'753");
    await expect(card.locator(".wpc-column-used").getAttribute("data-column")).resolves.toBe("Budget 2026");
    await expect(card.locator(".wpc-section .wpc-line-label").allTextContents()).resolves.toEqual(["Staff costs", "Operational costs"]);
    await expect(card.locator(".wpc-section .wpc-line-amount").allTextContents()).resolves.toEqual(["CHF 454'753", "CHF 60'000"]);
    await expect(card.locator(".wpc-columns dd").allTextContents()).resolves.toEqual(["CHF 502'000", "CHF 12'753"]);
    expect(await noHorizontalOverflow(page)).toBeLessThanOrEqual(WIDTH);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await card.screenshot({ path: path.join(ROOT, "test-artifacts/panel-budget-sections.png") });
    expect(pageErrors).toEqual([]);
  });
});
