/**
 * The report to share in French (and Spanish), as a francophone reader sees it in headless Chromium:
 * <html lang="fr">, every heading, table head, chart label and tooltip in French, amounts in the chosen
 * grouping. Screenshot: test-artifacts/report-fr-screen.png (copied to docs/report-fr-screen.png).
 */
import { mkdirSync } from "fs";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import type { Lang } from "../../src/core/i18n";
import { consolidate } from "../../src/core/views/consolidate";
import { htmlReport } from "../../src/views/html-report";
import { exampleSnapshot } from "../../examples/example-workbook";
import { FRENCH_SHEETS, SPANISH_SHEETS } from "../hosts/file/french-workbook";
import { launchChromium } from "../support/chromium";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

function page(lang: Lang, sheets = lang === "es" ? SPANISH_SHEETS : FRENCH_SHEETS, file = lang === "es" ? "plan-de-trabajo.xlsx" : "plan-de-travail.xlsx") {
  const settings = resolveSettings({ asOf: "2026-01-15", lang }, "2026-01-15");
  const report = toReport(validateWorkbook(exampleSnapshot(sheets, file), settings), file);
  const sources = [{ file, report }];
  return { report, html: htmlReport({ reports: sources, consolidated: consolidate(sources, settings.milestones), generator: "workplan-check", lang }) };
}

/** English words of the report's own (headings, table heads, chart labels and tooltips), as whole words; not those the languages share ("Plan", Spanish "error"). */
const ENGLISH = ["Summary", "Issues by sheet", "Each plan", "timeline", "All plans", "consolidated calendar", "coverage", "File", "As of", "Result",
  "Errors", "Warnings", "Tables", "Sheet", "Kind", "Range", "Rows", "Cell", "Severity", "Rule", "Line", "Amount", "Share", "Matches", "stated total",
  "differs", "Staff costs", "other costs", "In kind", "not in the total", "staff", "activity", "activities", "ongoing", "unscheduled", "Gantt chart of",
  "Activities per month", "by lead", "Quarter", "Busiest months", "Milestones", "no lead", "Actions \\d+–\\d+", "cited", "Filled", "dashed", "Not cited",
  "warning", "Jan", "Feb", "Sep", "Dec"].map((w) => new RegExp(`(^|[^\\p{L}-])${w}(?![\\p{L}-])`, "u"));

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

/** Every text a reader meets: the page's text, the charts' tooltips and labels; less the core's messages and the codes. */
async function readerText(p: Page, messages: readonly string[]): Promise<string> {
  const text = await p.evaluate(() => [document.title, document.body.innerText, ...Array.from(document.querySelectorAll("svg title, svg [aria-label]")).map((n) => n.textContent + " " + (n.getAttribute("aria-label") ?? ""))].join("\n"));
  let flat = text.replace(/\s+/g, " ");
  for (const m of messages) flat = flat.split(m.replace(/\s+/g, " ").trim()).join(" ‹message› ");
  return flat.replace(/\b[a-z]+\.[a-z-]+\b/g, "‹code›");
}

test.each(["fr", "es"] as const)("in %s: lang attribute, headings and charts in the language, no English word of the report", async (lang) => {
  const { report, html } = page(lang);
  const p = await open(html, 1100);
  expect(await p.$eval("html", (h) => h.lang)).toBe(lang);
  const headings = await p.$$eval("section.report-section > h2", (h) => h.map((x) => x.textContent));
  expect(headings).toEqual(lang === "fr"
    ? ["Résumé", "Problèmes par feuille", "Budget", "Calendrier de chaque plan", "Tous les plans : le calendrier consolidé", "Couverture du plan d'action"]
    : ["Resumen", "Problemas por hoja", "Presupuesto", "Calendario de cada plan", "Todos los planes: el calendario consolidado", "Cobertura del plan de acción"]);
  const body = await p.evaluate(() => document.body.innerText);
  expect(body).toContain(lang === "fr" ? "Au 15 janvier 2026" : "Al 15 de enero de 2026");
  expect(body).toContain(lang === "fr" ? "✗ Le total indiqué CHF 514'754 diffère de la somme des lignes de CHF 1." : "✗ El total indicado CHF 514'754 difiere de la suma de las líneas en CHF 1.");
  expect(body).toMatch(lang === "fr" ? /Frais de personnel CHF 454'753 · autres coûts CHF 60'000/ : /Gastos de personal CHF 454'753 · otros gastos CHF 60'000/);
  expect(await p.$$eval("#issues .sev", (s) => [...new Set(s.map((x) => x.textContent))].sort())).toEqual(lang === "fr" ? ["avertissement", "erreur", "info"] : ["advertencia", "error", "info"]);
  const text = await readerText(p, report.issues.map((i) => i.message));
  expect(ENGLISH.filter((re) => re.test(text)).map(String)).toEqual([]);
  if (lang === "fr") expect(text).not.toMatch(/(^|[^\p{L}-])error(?![\p{L}-])/u);
  if (lang === "fr") {
    await p.screenshot({ path: path.join(ARTIFACTS, "report-fr-screen.png"), clip: { x: 0, y: 0, width: 1100, height: 1400 } });
    const top = await p.$eval("#timelines", (s) => s.getBoundingClientRect().top + window.scrollY);
    await p.screenshot({ path: path.join(ARTIFACTS, "report-fr-calendar.png"), fullPage: true, clip: { x: 0, y: top - 10, width: 1100, height: 1200 } });
  }
  await p.close();
});

test("the English page of the same workbook does show those words (the list can fail)", async () => {
  const { report, html } = page("en", FRENCH_SHEETS);
  const p = await open(html, 1100);
  expect(await p.$eval("html", (h) => h.lang)).toBe("en");
  const text = await readerText(p, report.issues.map((i) => i.message));
  expect(ENGLISH.filter((re) => re.test(text)).length).toBeGreaterThan(25);
  await p.close();
});
