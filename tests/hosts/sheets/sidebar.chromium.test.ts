/**
 * The BUILT dist/gas/Sidebar.html in headless Chromium at sidebar width (300 px), with a stub
 * google.script.run that records calls and answers with a report the test computed with the core in
 * Node (as the server would). The stub refuses what the real one refuses: Dates and functions.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { exampleSnapshot } from "../../../examples/example-workbook";
import { resolveSettings, toReport, validateWorkbook, type Report } from "../../../src/core";
import { BUILD_HINT, EXAMPLE_FILE, SIDEBAR_HTML } from "./load-code";
import { launchChromium } from "../../support/chromium";

const ROOT = path.resolve(__dirname, "../../..");
const SCREENSHOT = path.join(ROOT, "test-artifacts/sidebar.png");
const INSERT_SCREENSHOT = path.join(ROOT, "test-artifacts/sidebar-insert-template.png");
const AS_OF = "2026-03-01";
const HOSTILE = "<img src=x onerror=alert(1)>";

interface RunCall { name: string; args: unknown[] }
interface StubPayload { report: Report; settings: Record<string, unknown>; fail?: Record<string, string>; language?: { hostLocale?: string; chosen?: string | null } }

let browser: Browser;
const contexts: BrowserContext[] = [];

const exampleReport = (): Report =>
  JSON.parse(JSON.stringify(toReport(validateWorkbook(exampleSnapshot(), resolveSettings({ asOf: AS_OF }, AS_OF)), EXAMPLE_FILE)));

beforeAll(async () => {
  if (!existsSync(SIDEBAR_HTML)) throw new Error(`${SIDEBAR_HTML} is missing: ${BUILD_HINT}.`);
  browser = await launchChromium();
});

afterEach(async () => {
  for (const c of contexts.splice(0)) await c.close();
});

afterAll(async () => {
  await browser?.close();
});

/** Installed before the page's own script: a google.script.run look-alike. */
function installStub(payload: StubPayload): void {
  const calls: { name: string; args: unknown[] }[] = [];
  (window as unknown as { __runCalls: typeof calls }).__runCalls = calls;
  const answers: Record<string, unknown> = {
    validate: payload.report, loadPanel: { settings: payload.settings, language: payload.language ?? { hostLocale: "en", chosen: null } }, selectCell: null, saveSettings: null, saveLanguage: null,
    highlight: { cells: 3 }, clearHighlights: { cells: 3 }, writeRollups: { sheet: "Workplan Rollups" },
    insertTemplate: { sheet: "ISU Budget 2026 (2)" },
  };
  const illegal = (v: unknown): boolean =>
    v instanceof Date || typeof v === "function" || (typeof v === "object" && v !== null && Object.values(v).some(illegal));
  const runner = () => {
    let ok: (v: unknown) => void = () => undefined;
    let fail: (e: unknown) => void = () => undefined;
    const r: Record<string, unknown> = {
      withSuccessHandler(f: (v: unknown) => void) { ok = f; return r; },
      withFailureHandler(f: (e: unknown) => void) { fail = f; return r; },
    };
    for (const name of Object.keys(answers)) {
      r[name] = (...args: unknown[]) => {
        calls.push({ name, args: JSON.parse(JSON.stringify(args)) });
        setTimeout(() => {
          if (args.some(illegal)) fail(new Error(`Invalid argument passed to ${name}`));
          else if (payload.fail?.[name]) fail(new Error(payload.fail[name]));
          else ok(JSON.parse(JSON.stringify(answers[name] ?? null)));
        }, 5);
      };
    }
    return r;
  };
  (window as unknown as { google: unknown }).google = { script: { get run() { return runner(); } } };
}

interface Opened { page: Page; dialogs: string[]; pageErrors: string[]; requests: string[] }

async function open(payload: StubPayload, file = SIDEBAR_HTML): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 300, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const dialogs: string[] = [], pageErrors: string[] = [], requests: string[] = [];
  page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(installStub, payload);
  await page.goto(pathToFileURL(file).href);
  await page.locator(".wpc-panel").waitFor();
  return { page, dialogs, pageErrors, requests };
}

const runCalls = (page: Page): Promise<RunCall[]> => page.evaluate(() => (window as unknown as { __runCalls: RunCall[] }).__runCalls);

async function validate(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Validate", exact: true }).click();
  await page.locator("[data-region=budget] .wpc-total").first().waitFor();
}

describe("Sidebar.html (built) with a stubbed google.script.run", () => {
  test("is one self-contained page: no other file or network request", async () => {
    const { requests, pageErrors } = await open({ report: exampleReport(), settings: {} });
    expect(requests).toEqual([pathToFileURL(SIDEBAR_HTML).href]);
    expect(pageErrors).toEqual([]);
    const html = readFileSync(SIDEBAR_HTML, "utf8");
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet/i);
  });

  test("validate shows the budget total; clicking an issue asks the server to select its cell", async () => {
    const report = exampleReport();
    const { page, pageErrors } = await open({ report, settings: { asOf: AS_OF } });
    await validate(page);
    await expect(page.locator("[data-region=budget] .wpc-total").first().textContent()).resolves.toBe("CHF 514'753");
    expect(await page.locator(".wpc-host").textContent()).toBe("Google Sheets");

    const calls = await runCalls(page);
    expect(calls[0]).toEqual({ name: "loadPanel", args: [] });
    const v = calls.find((c) => c.name === "validate")!;
    expect(v.args).toHaveLength(1);
    expect(v.args[0]).toMatchObject({ asOf: AS_OF });

    const issue = page.locator(".wpc-issue").first();
    const sheet = await issue.getAttribute("data-sheet");
    const cell = await issue.getAttribute("data-cell");
    expect(report.issues.some((i) => i.sheet === sheet && i.cell === cell)).toBe(true);
    await issue.click();
    await page.waitForFunction(() => (window as unknown as { __runCalls: RunCall[] }).__runCalls.some((c) => c.name === "selectCell"));
    expect((await runCalls(page)).filter((c) => c.name === "selectCell")).toEqual([{ name: "selectCell", args: [sheet, cell] }]);
    expect(pageErrors).toEqual([]);

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT }); // what the 300 px sidebar shows first
  });

  test("highlight, clear and write rollups send the last validation's settings, never the report back", async () => {
    const report = exampleReport();
    const { page } = await open({ report, settings: {} });
    await validate(page);
    for (const name of ["Highlight issues", "Clear highlights", "Write rollups"]) {
      await page.getByRole("button", { name, exact: true }).click();
      await page.locator(".wpc-body[aria-busy=false]").waitFor({ state: "attached" });
      await expect(page.getByRole("button", { name, exact: true }).isEnabled()).resolves.toBe(true);
    }
    const calls = await runCalls(page);
    const settings = calls.find((c) => c.name === "validate")?.args;
    expect(settings).toHaveLength(1);
    expect(calls.find((c) => c.name === "highlight")?.args).toEqual(settings);
    expect(calls.find((c) => c.name === "writeRollups")?.args).toEqual(settings);
    expect(JSON.stringify(calls.find((c) => c.name === "highlight")?.args).length).toBeLessThan(500);
    expect(calls.find((c) => c.name === "clearHighlights")?.args).toEqual([]);
    await expect(page.locator(".wpc-status").textContent()).resolves.toContain("Workplan Rollups");
  });

  test("untrusted cell text is shown as text, never as HTML", async () => {
    const report = exampleReport();
    // The first error sits in the first group, which the panel opens (tables with errors come first).
    const first = Math.max(0, report.issues.findIndex((i) => i.severity === "error"));
    report.issues[first] = { ...report.issues[first], message: `Bad ${HOSTILE} message` };
    const t = report.rollups.timeline[0];
    t.grid[0] = { ...t.grid[0], activity: `Activity ${HOSTILE}` };
    report.rollups.budget[0].lines[0] = { ...report.rollups.budget[0].lines[0], label: `Salaries ${HOSTILE}` };
    const { page, dialogs } = await open({ report, settings: {} });
    await validate(page);
    await page.getByText(`Bad ${HOSTILE} message`).first().waitFor();
    await expect(page.locator(".wpc-panel").textContent()).resolves.toContain(`Salaries ${HOSTILE}`);
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  test("a server failure is shown in the panel", async () => {
    const { page } = await open({ report: exampleReport(), settings: {}, fail: { validate: "Exception: The sheet is being edited" } });
    await page.getByRole("button", { name: "Validate", exact: true }).click();
    await page.locator(".wpc-banner:not([hidden])").waitFor();
    await expect(page.locator(".wpc-banner-text").textContent()).resolves.toContain("The sheet is being edited");
  });

  test("the server's language marker: the sidebar draws in French, validates with lang fr, and stores a new choice", async () => {
    // What showSidebar() appends for a user whose Google account is in French.
    const dir = mkdtempSync(path.join(tmpdir(), "wpc-sidebar-"));
    const file = path.join(dir, "Sidebar-fr.html");
    writeFileSync(file, readFileSync(SIDEBAR_HTML, "utf8") + '<div hidden data-workplan-lang="fr"></div>');
    const { page, pageErrors } = await open({ report: exampleReport(), settings: { asOf: AS_OF }, language: { hostLocale: "fr_FR", chosen: null } }, file);
    await expect(page.locator(".wpc-panel").getAttribute("lang")).resolves.toBe("fr");
    await expect(page.locator(".wpc-summary-line").textContent()).resolves.toBe("Pas encore vérifié");
    await page.getByRole("button", { name: "Valider", exact: true }).click();
    await page.locator("[data-region=budget] .wpc-total").first().waitFor();
    const v = (await runCalls(page)).find((c) => c.name === "validate")!;
    expect(v.args[0]).toMatchObject({ asOf: AS_OF, lang: "fr" });
    await page.locator(".wpc-settings > summary").click();
    await page.getByLabel("Langue").selectOption("es");
    await page.locator(".wpc-panel[lang=es]").waitFor();
    await page.waitForFunction(() => (window as unknown as { __runCalls: RunCall[] }).__runCalls.some((c) => c.name === "saveLanguage"));
    expect((await runCalls(page)).filter((c) => c.name === "saveLanguage")).toEqual([{ name: "saveLanguage", args: ["es"] }]);
    // One round trip brought both the settings and the language.
    expect((await runCalls(page)).filter((c) => c.name === "loadPanel")).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  test("the Settings menu's marker opens the panel on its settings", async () => {
    // What HtmlService's append() produces for showSettings().
    const dir = mkdtempSync(path.join(tmpdir(), "wpc-sidebar-"));
    const file = path.join(dir, "Sidebar-settings.html");
    writeFileSync(file, readFileSync(SIDEBAR_HTML, "utf8") + '<div hidden data-workplan-start="settings"></div>');
    const { page } = await open({ report: exampleReport(), settings: { asOf: AS_OF } }, file);
    await expect(page.locator("details.wpc-settings").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name"))).resolves.toBe("asOf");
    await page.locator("input[name=asOf]").fill("2026-04-15");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.waitForFunction(() => (window as unknown as { __runCalls: RunCall[] }).__runCalls.some((c) => c.name === "saveSettings"));
    const save = (await runCalls(page)).find((c) => c.name === "saveSettings")!;
    expect(save.args[0]).toMatchObject({ asOf: "2026-04-15" });
  });

  test("the Insert template… menu's marker opens the panel on that section, with the table choice focused", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wpc-sidebar-"));
    const file = path.join(dir, "Sidebar-insert.html");
    writeFileSync(file, readFileSync(SIDEBAR_HTML, "utf8") + '<div hidden data-workplan-start="insert-template"></div>');
    const { page, pageErrors } = await open({ report: exampleReport(), settings: {} }, file);
    await expect(page.locator("details.wpc-insert").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name"))).resolves.toBe("kind");
    await expect(page.locator("details.wpc-settings").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    expect(pageErrors).toEqual([]);
  });

  test("inserting calls google.script.run.insertTemplate with the chosen kind and prefill", async () => {
    const { page, pageErrors } = await open({ report: exampleReport(), settings: {} });
    const section = page.locator("details.wpc-insert");
    await section.locator("summary").click();
    await section.locator("select[name=kind]").selectOption("budget");
    await section.locator("select[name=prefill]").selectOption("isu-budget-2026");
    mkdirSync(path.dirname(INSERT_SCREENSHOT), { recursive: true });
    await section.screenshot({ path: INSERT_SCREENSHOT });
    await section.getByRole("button", { name: "Insert", exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __runCalls: RunCall[] }).__runCalls.some((c) => c.name === "insertTemplate"));
    // The server answers a few milliseconds later: wait for the status rather than read it at once.
    await page.locator(".wpc-status").filter({ hasText: "ISU Budget 2026 (2)" }).waitFor();

    // A blank template sends the kind alone.
    await section.locator("select[name=kind]").selectOption("outreach");
    await section.getByRole("button", { name: "Insert", exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { __runCalls: RunCall[] }).__runCalls.filter((c) => c.name === "insertTemplate").length === 2);
    // The panel's language goes with the request (the template is written in it); a blank template sends "".
    expect((await runCalls(page)).filter((c) => c.name === "insertTemplate")).toEqual([
      { name: "insertTemplate", args: ["budget", "isu-budget-2026", "en"] },
      { name: "insertTemplate", args: ["outreach", "", "en"] },
    ]);
    expect(pageErrors).toEqual([]);
  });

  test("without a marker the settings and the insert section stay closed", async () => {
    const { page } = await open({ report: exampleReport(), settings: {} });
    await expect(page.locator("details.wpc-settings").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator("details.wpc-insert").evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
  });
});
