/**
 * The BUILT dist/addin/taskpane.html in headless Chromium at task-pane width, with the Office.js request answered
 * by a stub: Office.onReady, document settings, and an Excel.run whose workbook holds the example sheets as Excel
 * gives them (serial dates, "" blanks). The real bundle runs: panel → ExcelBridge → readWorkbook → core.
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { a1 } from "../../../src/core";
import { buildTemplate } from "../../../src/core/templates";
import { exampleSpecs } from "./fake-excel";
import { launchChromium } from "../../support/chromium";

const ROOT = path.resolve(__dirname, "../../..");
const TASKPANE = path.join(ROOT, "dist/addin/taskpane.html");
const SCREENSHOT = path.join(ROOT, "test-artifacts/excel-taskpane.png");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

interface StubSheet { name: string; address: string; values: unknown[][]; numberFormat: string[][] }
interface Payload { host: string | null; url: string; sheets: StubSheet[] }
interface Call { op: string; args: unknown[] }

/** Runs in the page as office.js: just what the task pane uses. */
function officeStub(payload: Payload): void {
  const w = window as unknown as Record<string, unknown>;
  const calls: Call[] = [];
  w.__officeCalls = calls;
  const store: Record<string, unknown> = {};
  w.Office = {
    HostType: { Excel: "Excel" },
    onReady(cb?: (info: unknown) => void) {
      const info = { host: payload.host, platform: "OfficeOnline" };
      if (cb) setTimeout(() => cb(info), 0);
      return Promise.resolve(info);
    },
    context: {
      document: {
        url: payload.url,
        settings: {
          get: (k: string) => (k in store ? store[k] : null),
          set: (k: string, v: unknown) => void (store[k] = v),
          remove: (k: string) => void delete store[k],
          saveAsync: (cb?: (r: unknown) => void) => cb?.({ status: "succeeded" }),
        },
      },
      requirements: { isSetSupported: () => false },
    },
  };
  /** What a new sheet, its ranges, tables and formats are here: every set and call is recorded as [path, …]. */
  const paths = new WeakMap<object, string>();
  // An Office object passed as an argument is recorded as { object: its path }.
  const plain = (a: unknown): unknown => (typeof a === "function" && paths.has(a) ? { object: paths.get(a) } : a);
  const recorder = (path: string): unknown => {
    const proxy: object = new Proxy(function () {}, {
      get: (_t, p) => (p === "then" || typeof p === "symbol" ? undefined : recorder(`${path}.${String(p)}`)),
      set: (_t, p, value) => (calls.push({ op: "set", args: [`${path}.${String(p)}`, plain(value)] }), true),
      apply: (_t, _this, args) => (calls.push({ op: "call", args: [path, ...args.map(plain)] }), recorder(`${path}()`)),
    });
    paths.set(proxy, path);
    return proxy;
  };
  const sheet = (s: StubSheet) => ({
    name: s.name,
    id: s.name,
    getUsedRange: () => ({ load: () => undefined, address: s.address, values: s.values, numberFormat: s.numberFormat }),
    activate: () => calls.push({ op: "activate", args: [s.name] }),
    getRange: (cell: string) => ({ select: () => calls.push({ op: "select", args: [s.name, cell] }) }),
  });
  w.Excel = {
    run: async (options: unknown, batch: (ctx: unknown) => Promise<unknown>) => {
      calls.push({ op: "run-options", args: [options] });
      let syncs = 0;
      const context = {
        workbook: {
          worksheets: {
            load: () => undefined,
            items: payload.sheets.map(sheet),
            getItem: (n: string) => sheet(payload.sheets.find((s) => s.name === n)!),
            add: (n: string) => (calls.push({ op: "call", args: ["worksheets.add", n] }), recorder(`sheet:${n}`)),
          },
          tables: { load: () => undefined, items: [] },
          names: { load: () => undefined, items: [], add: (...args: unknown[]) => calls.push({ op: "call", args: ["names.add", ...args] }) },
          functions: { date: () => ({ load: () => undefined, value: 1462 }) }, // a 1900 workbook
        },
        sync: async () => void syncs++,
      };
      const result = await batch(context);
      calls.push({ op: "run", args: [syncs] });
      return result;
    },
  };
}

function payload(host: string | null): Payload {
  return {
    host,
    url: "https://contoso.sharepoint.com/Shared%20Documents/workplan-check-examples.xlsx",
    sheets: exampleSpecs(EXAMPLE_SHEETS).map((s) => ({
      name: s.name,
      address: `'${s.name}'!A1:${a1(s.values.length, s.values[0].length)}`,
      values: s.values as unknown[][],
      numberFormat: s.numberFormat as string[][],
    })),
  };
}

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(TASKPANE)) throw new Error(`${TASKPANE} is missing: run "npx webpack --mode production --env addin" first (npm test does).`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(host: string | null, officeReachable = true): Promise<{ page: Page; errors: string[]; remote: string[] }> {
  const page = await browser.newPage({ viewport: { width: 340, height: 900 } });
  const errors: string[] = [], remote: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS && !officeReachable) return route.abort("internetdisconnected");
    if (url === OFFICE_JS) return route.fulfill({ contentType: "application/javascript", body: `(${officeStub.toString()})(${JSON.stringify(payload(host))});` });
    remote.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(TASKPANE).href);
  return { page, errors, remote };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __officeCalls: Call[] }).__officeCalls);

test("in Excel: validate reads the workbook in two requests and shows the report; an issue selects its cell", async () => {
  const { page, errors, remote } = await open("Excel");
  await page.locator(".wpc-panel").waitFor();
  await page.getByRole("button", { name: "Validate", exact: true }).click();
  await page.locator("[data-region=budget] .wpc-total").first().waitFor();
  await expect(page.locator("[data-region=budget] .wpc-total").first().textContent()).resolves.toBe("CHF 514'753");
  expect((await calls(page)).filter((c) => c.op === "run")).toEqual([{ op: "run", args: [2] }]);
  expect((await calls(page)).filter((c) => c.op === "run-options")).toEqual([{ op: "run-options", args: [{ delayForCellEdit: true }] }]);

  const issue = page.locator(".wpc-issue").first();
  const [sheet, cell] = await Promise.all([issue.getAttribute("data-sheet"), issue.getAttribute("data-cell")]);
  await issue.click();
  await page.waitForFunction(() => (window as unknown as { __officeCalls: Call[] }).__officeCalls.some((c) => c.op === "select"));
  expect((await calls(page)).filter((c) => !c.op.startsWith("run"))).toEqual([{ op: "activate", args: [sheet] }, { op: "select", args: [sheet, cell] }]);

  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  expect(errors).toEqual([]);
  expect(remote).toEqual([]); // nothing but Office.js is fetched from the network
  await page.close();
});

test("in Excel: Insert template adds the ISU budget on a new sheet in three requests, through the built bundle", async () => {
  const { page, errors, remote } = await open("Excel");
  await page.locator(".wpc-panel").waitFor();
  await page.locator("details.wpc-insert > summary").click();
  await page.getByLabel("Table", { exact: true }).selectOption("budget");
  await page.getByLabel("Fill with").selectOption("isu-budget-2026");
  await page.getByRole("button", { name: "Insert", exact: true }).click();
  await page.locator(".wpc-status").filter({ hasText: "Template inserted on the new sheet “ISU Budget 2026 (2)”." }).waitFor();

  const all = await calls(page);
  expect(all.filter((c) => c.op === "run")).toEqual([{ op: "run", args: [3] }]);
  const made = all.filter((c) => !c.op.startsWith("run")).map((c) => c.args);
  expect(made[0]).toEqual(["worksheets.add", "ISU Budget 2026 (2)"]);
  expect(made[1]).toEqual(["names.add", "SocialChargesRate", "='ISU Budget 2026 (2)'!$B$1"]); // before the formulas that use it
  const sheet = "sheet:ISU Budget 2026 (2)";
  // Everything is written on the new sheet, but the workbook-wide name of its rate cell.
  expect(made.slice(1).filter((a) => !String(a[0]).startsWith(sheet))).toEqual([["names.add", "SocialChargesRate", "='ISU Budget 2026 (2)'!$B$1"]]);
  const formulas = made.find((a) => a[0] === `${sheet}.getRangeByIndexes().formulas`)![1] as unknown[][];
  expect(formulas.flat()).toEqual(expect.arrayContaining(["'Salaries", 378961, expect.stringMatching(/^=SUM\(B5:B\d+\)$/), "=ROUND(SocialChargesRate*B5,0)"]));
  // The table's range is a Range of the new sheet (an address alone would be taken on the active sheet).
  expect(made).toContainEqual([`${sheet}.getRange`, buildTemplate("budget", "isu-budget-2026").table.ref]);
  expect(made).toContainEqual([`${sheet}.tables.add`, { object: `${sheet}.getRange()` }, true]);
  expect(made).toContainEqual([`${sheet}.tables.add().name`, "Budget"]);
  expect(made).toContainEqual([`${sheet}.freezePanes.freezeRows`, 4]);
  expect(made[made.length - 1]).toEqual([`${sheet}.activate`]);
  expect(errors).toEqual([]);
  expect(remote).toEqual([]);
  await page.close();
});

test("outside Excel the page says where it runs instead of mounting the panel", async () => {
  const { page, errors } = await open(null);
  await page.getByText("Workplan Check runs in Excel").waitFor();
  expect(await page.locator(".wpc-panel").count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test("Office.js unreachable (offline, a proxy): the pane says so in plain words instead of staying blank", async () => {
  const { page, errors } = await open("Excel", false);
  await page.getByRole("alert").filter({ hasText: "Workplan Check could not load Office.js from Microsoft (appsforoffice.microsoft.com)" }).waitFor();
  expect(await page.locator(".wpc-panel").count()).toBe(0);
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
  await page.close();
});
