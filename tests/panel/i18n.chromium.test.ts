/**
 * The French and the Spanish panel in headless Chromium, on the harness page (real panel, real core, fake host),
 * with a full report: the language's example workbook (examples/localized-examples.ts: budget, staffing, plan,
 * outreach log, contributions, rates, ledger) validated (budget, funding, execution, timelines, issues), every
 * section open (settings, insert template, import with a preview, coverage, compare), a status, an error banner
 * and the progress line. No English UI string may be left: every value of the English catalogue (its functions
 * called with sample arguments), the shared TERMS and the English month names, less those the target language
 * writes the same ("Total", "Budget", "Info"), is looked for in the page's visible text and in its title,
 * aria-label, placeholder and SVG tooltip text. Cell text is the user's, not the panel's: it is taken out first.
 * Screenshots: docs/panel-fr.png, docs/panel-fr-budget.png, docs/panel-fr-funding.png, docs/panel-fr-timeline.png,
 * docs/panel-fr-settings.png, docs/panel-es.png.
 *   npx webpack --mode development --env harness
 */
import { existsSync, mkdirSync } from "fs";
import path from "path";
import { pathToFileURL } from "url";
import type { Browser, Page } from "playwright-core";
import { exampleSnapshot } from "../../examples/example-workbook";
import { LOCALIZED_TEXT, localizedExample } from "../../examples/localized-examples";
import type { WorkbookSnapshot } from "../../src/core";
import { templateToSnapshot } from "../../src/core/templates";
import { type Lang, monthLong, monthShort, TERMS } from "../../src/core/i18n";
import { panelText, type PanelText } from "../../src/panel/i18n";
import { launchChromium } from "../support/chromium";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "dist/harness/index.html");
const WIDTH = 320;

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(HARNESS)) throw new Error(`${path.relative(ROOT, HARNESS)} is missing. Build it first: npx webpack --mode development --env harness`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// --- The English strings to look for ----------------------------------------------------------------------------

const SAMPLE = "⁂";
/** Argument lists a catalogue function is tried with: counts 7 and 1 (plural and singular), text, severities, lists. */
const CANDIDATES: readonly unknown[][] = [[7, 7, 7, 7], [1, 1, 1, 1], [SAMPLE, SAMPLE, SAMPLE, SAMPLE], [SAMPLE, SAMPLE, true], [SAMPLE, SAMPLE, false], [SAMPLE, null],
  [7, "error"], [7, "warning"], [1, "error"], [7, []], [1, [SAMPLE]], [7, [SAMPLE, SAMPLE]], [7, SAMPLE, 7], [7, 7, true], [7, 7, false]];

/** The literal parts of a text: what is left between the sample arguments, trimmed of punctuation. */
function fragments(text: string): string[] {
  return text.split(new RegExp(`${SAMPLE}|\\b[17]\\b`)).map((f) => f.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")).filter((f) => (f.match(/\p{L}/gu) ?? []).length >= 3);
}

/** Every literal of a catalogue, its functions called with each candidate argument list that they accept. */
function catalogueFragments(node: unknown, out = new Set<string>()): Set<string> {
  if (typeof node === "string") fragments(node).forEach((f) => out.add(f));
  else if (typeof node === "function") {
    for (const args of CANDIDATES) {
      try {
        const r = (node as (...a: unknown[]) => unknown)(...args);
        if (typeof r === "string") fragments(r).forEach((f) => out.add(f));
      } catch {
        // this argument list does not fit the function; another does
      }
    }
  } else if (node && typeof node === "object") for (const v of Object.values(node)) catalogueFragments(v, out);
  return out;
}

const monthNames = (lang: Lang): string[] => Array.from({ length: 12 }, (_, i) => [monthLong(lang, i + 1), monthShort(lang, i + 1)]).flat();

function englishLeft(target: Lang): string[] {
  const english = catalogueFragments([panelText("en"), TERMS.en, monthNames("en")]);
  const theirs = catalogueFragments([panelText(target) as PanelText, TERMS[target], monthNames(target)]);
  const theirsLower = new Set([...theirs].map((f) => f.toLowerCase()));
  // The same in the target language (a word both write, "Total", "Budget", "Contributions"): not English left over.
  return [...english].filter((f) => !theirsLower.has(f.toLowerCase()) && ![...theirs].some((t) => t.includes(f)));
}

// --- The page ----------------------------------------------------------------------------------------------------

/** The example workbook in a language: the English one, or the French or Spanish one built from that language's templates. */
const exampleIn = (lang: Lang): WorkbookSnapshot =>
  lang === "en" ? exampleSnapshot() : { name: LOCALIZED_TEXT[lang].file, sheets: localizedExample(lang).map((t) => templateToSnapshot(t, { hostTable: false })) };

/** Every cell text and sheet name of the workbook: the panel shows them as they are, whatever its language. */
function cellTexts(s: WorkbookSnapshot): string[] {
  const texts = new Set<string>([s.name ?? "", ...s.sheets.map((x) => x.name)]);
  for (const sheet of s.sheets) for (const row of sheet.values) for (const v of row) if (typeof v === "string" && v.trim().length >= 3) texts.add(v.trim());
  return [...texts].sort((a, b) => b.length - a.length);
}

interface Opened { page: Page; errors: string[] }

/** The page as the host's webview would show it: the browser in the host's locale (date inputs), the host named. */
async function openIn(language: { hostLocale: string; chosen?: Lang }, hostName?: string, snapshot?: WorkbookSnapshot): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 900 }, locale: language.hostLocale });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript((l) => { (window as unknown as { __HARNESS_LANGUAGE__: unknown }).__HARNESS_LANGUAGE__ = l; }, language);
  if (snapshot) await page.addInitScript((s) => { (window as unknown as { __HARNESS_SNAPSHOT__: unknown }).__HARNESS_SNAPSHOT__ = s; }, snapshot);
  if (hostName) await page.addInitScript((n) => { (window as unknown as { __HARNESS_HOST_NAME__: string }).__HARNESS_HOST_NAME__ = n; }, hostName);
  await page.goto(pathToFileURL(HARNESS).href);
  await page.locator(".wpc-panel").waitFor();
  return { page, errors };
}

/** A full session: validate (progress seen), highlight, a failed clear, every section open, import previewed, compare run. */
async function fullSession(page: Page, t: PanelText): Promise<string> {
  await page.evaluate(() => { (window as unknown as { __harness: { hold: boolean } }).__harness.hold = true; });
  await page.getByRole("button", { name: t.actions.validate, exact: true }).click();
  await page.locator(".wpc-progress:not([hidden]) .wpc-progress-label").waitFor();
  const progress = await page.locator(".wpc-progress-label").textContent();
  await page.evaluate(() => { const h = (window as unknown as { __harness: { hold: boolean; release: () => void } }).__harness; h.hold = false; h.release(); });
  await page.locator("[data-region=budget] .wpc-total").first().waitFor();
  await page.locator(".wpc-body[aria-busy=false]").waitFor({ state: "attached" });
  await page.locator("[data-action=highlight]").click();
  await page.locator(".wpc-status:not(:empty)").waitFor();
  const highlighted = await page.locator(".wpc-status").textContent();
  await page.evaluate(() => { (window as unknown as { __harness: { fail: Record<string, string> } }).__harness.fail.clearHighlights = "E42"; });
  await page.locator("[data-action=clear]").click();
  await page.locator(".wpc-banner:not([hidden])").waitFor();
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
  await page.locator("textarea[name=import-text]").fill(PASTED.join("\n") + "\n");
  await page.locator("[data-action=preview-import]").click();
  await page.locator(".wpc-import-table").waitFor();
  await page.locator("[data-action=compare]").click();
  await page.locator(".wpc-compare-result > *").first().waitFor();
  return `${progress}\n${highlighted}`;
}

/** What a reader sees or hears: visible text, option labels, tooltips, labels, placeholders, SVG titles and text. */
const pageWords = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const root = document.querySelector(".wpc-panel") as HTMLElement;
    const parts = [root.innerText];
    for (const e of Array.from(root.querySelectorAll("*"))) {
      for (const a of ["title", "aria-label", "placeholder", "alt"]) {
        const v = e.getAttribute(a);
        if (v) parts.push(v);
      }
      if (e instanceof HTMLOptionElement || e.namespaceURI === "http://www.w3.org/2000/svg" && (e.tagName === "title" || e.tagName === "text")) parts.push(e.textContent ?? "");
    }
    return parts.join("\n");
  });

/** The text pasted in the import box: the user's own words, shown back as they are. */
const PASTED = ["February 2026", "Workshop with national authorities", "March – April 2026", "Regional meeting"];

/**
 * The page's words less what is not the panel's: cell text and sheet names, the pasted text, issue codes (the
 * same in every language) and text a message quotes (« … », “…”: cell text, perhaps cut short with "…").
 */
function withoutCellText(text: string, codes: readonly string[], snapshot: WorkbookSnapshot): string {
  const cells = cellTexts(snapshot);
  // A label cut short to fit a chart or a message ("Report on activities und…") is cell text too.
  let out = text.replace(/([^\n\t¦«»“”]{6,})…/g, (all, head: string) => (cells.some((c) => c.startsWith(head.trim())) ? " ¦ " : all));
  out = out.replace(/«[^»]*»|“[^”]*”/g, " ¦ ");
  for (const c of [...cells, ...PASTED, ...codes].sort((a, b) => b.length - a.length)) out = out.split(c).join(" ¦ ");
  return out;
}

const issueCodes = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...new Set((window as unknown as { __reports: { issues: { code: string }[] }[] }).__reports.flatMap((r) => r.issues.map((i) => i.code)))]);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const found = (text: string, fragment: string): boolean => new RegExp(`(?<!\\p{L})${escape(fragment)}(?!\\p{L})`, "u").test(text);

async function shot(page: Page, file: string, locator?: string): Promise<void> {
  mkdirSync(path.join(ROOT, "docs"), { recursive: true });
  if (locator) await page.locator(locator).first().screenshot({ path: path.join(ROOT, "docs", file) });
  else await page.screenshot({ path: path.join(ROOT, "docs", file) });
}

describe.each([
  ["fr", { hostLocale: "fr-CH" }],
  ["es", { hostLocale: "de-DE", chosen: "es" as Lang }],
] as const)("the panel in %s", (lang, language) => {
  test("no English UI string is left, with a full report and every section open", async () => {
    const t = panelText(lang);
    const left = englishLeft(lang);
    // The check is real: the list holds the panel's words, and finds them on an English page.
    expect(left).toEqual(expect.arrayContaining(["Validate", "Highlight issues", "Settings", "Number grouping"]));
    expect(left.length).toBeGreaterThan(250);

    const { page, errors } = await openIn(language, undefined, exampleIn(lang));
    await page.locator(`.wpc-panel[lang=${lang}]`).waitFor();
    const seen = await fullSession(page, t);
    const text = withoutCellText(`${await pageWords(page)}\n${seen}`, await issueCodes(page), exampleIn(lang));
    expect(text).toContain(t.actions.validate);
    expect(text).toContain(TERMS[lang].severityTitle.error);
    const english = left.filter((f) => found(text, f));
    if (process.env.SHOW_LEFT) for (const f of english) { const i = text.search(new RegExp(`(?<!\\p{L})${escape(f)}(?!\\p{L})`, "u")); console.log(f, "→", JSON.stringify(text.slice(Math.max(0, i - 80), i + 80))); }
    expect(english).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    expect(errors).toEqual([]);

    // The same words, looked for on the English panel, are found: the scan would see them.
    const en = await openIn({ hostLocale: "en-US" });
    await fullSession(en.page, panelText("en"));
    const englishText = withoutCellText(await pageWords(en.page), await issueCodes(en.page), exampleIn("en"));
    expect(left.filter((f) => found(englishText, f)).length).toBeGreaterThan(100);
    await en.page.context().close();
    await page.context().close();
  });
});

describe("switching the language in the settings", () => {
  test("redraws the panel at once without validating, stores the choice, and the next Validate sends lang", async () => {
    const { page, errors } = await openIn({ hostLocale: "en-GB" });
    await page.getByRole("button", { name: "Validate", exact: true }).click();
    await page.locator("[data-region=budget] .wpc-total").first().waitFor();
    const englishMessage = await page.locator(".wpc-issue-message").first().textContent();
    await page.locator(".wpc-settings > summary").click();
    await page.getByLabel("Language").focus();
    await page.getByLabel("Language").selectOption("fr");
    // At once, from the report the panel holds: French words, the same cards, the settings still open and focused.
    await page.locator(".wpc-panel[lang=fr]").waitFor();
    await expect(page.locator("[data-action=validate]").textContent()).resolves.toBe("Valider");
    await expect(page.locator(".wpc-summary-line").textContent()).resolves.toMatch(/erreurs?, \d+ avertissements?/);
    await expect(page.locator("[data-region=budget] .wpc-total").first().textContent()).resolves.toBe("CHF 514'753");
    await expect(page.locator(".wpc-settings").getAttribute("open")).resolves.toBe("");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("name"))).resolves.toBe("language");
    await page.locator(".wpc-status").filter({ hasText: "Langue du panneau\u00a0: Français." }).waitFor();
    type Calls = { method: string; args: unknown[] }[];
    const calls = () => page.evaluate(() => (window as unknown as { __calls: Calls }).__calls);
    expect((await calls()).filter((c) => c.method === "validate")).toHaveLength(1);
    expect((await calls()).filter((c) => c.method === "saveLanguage").map((c) => c.args)).toEqual([["fr"]]);
    // Messages already shown stay as validated; the next Validate sends the language and they come back in French.
    await expect(page.locator(".wpc-issue-message").first().textContent()).resolves.toBe(englishMessage);
    await page.locator("[data-action=validate]").click();
    await page.waitForFunction(() => (window as unknown as { __calls: Calls }).__calls.filter((c) => c.method === "validate").length === 2);
    await page.locator(".wpc-status").filter({ hasText: /tableaux vérifiés/ }).waitFor();
    const sent = (await calls()).filter((c) => c.method === "validate")[1].args[0] as { lang?: string };
    expect(sent.lang).toBe("fr");
    await expect(page.locator(".wpc-issue-message").first().textContent()).resolves.not.toBe(englishMessage);
    // Automatic again: the host's language (English), and the stored choice is removed.
    await page.getByLabel("Langue").selectOption("auto");
    await page.locator(".wpc-panel[lang=en]").waitFor();
    expect((await calls()).filter((c) => c.method === "saveLanguage").map((c) => c.args)).toEqual([["fr"], [null]]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe("screenshots of the French and the Spanish panel (docs/)", () => {
  test("French: summary and issues, budget, funding, a timeline, settings; Spanish: summary and issues", async () => {
    const fr = await openIn({ hostLocale: "fr-FR" }, "Excel", exampleIn("fr"));
    const t = panelText("fr");
    await fr.page.getByRole("button", { name: t.actions.validate, exact: true }).click();
    await fr.page.locator("[data-region=budget] .wpc-total").first().waitFor();
    await shot(fr.page, "panel-fr.png");
    await shot(fr.page, "panel-fr-budget.png", "[data-region=budget] .wpc-budget");
    await shot(fr.page, "panel-fr-funding.png", "[data-region=funding]");
    await shot(fr.page, "panel-fr-timeline.png", "[data-region=timeline] .wpc-timeline");
    await fr.page.locator(".wpc-settings > summary").click();
    await shot(fr.page, "panel-fr-settings.png", ".wpc-settings");
    await fr.page.context().close();

    const es = await openIn({ hostLocale: "es-ES" }, "Google Sheets", exampleIn("es"));
    await es.page.getByRole("button", { name: panelText("es").actions.validate, exact: true }).click();
    await es.page.locator("[data-region=budget] .wpc-total").first().waitFor();
    await shot(es.page, "panel-es.png");
    await es.page.context().close();
  });
});
