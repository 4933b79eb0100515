import type { Report } from "../../core";
import type { Grouping, Lang } from "../../core/i18n";
import { localeOf } from "../../panel/i18n";
import { summaryLine } from "../../panel/panel-text";
import { clearHighlights } from "./clear-highlights";
import { highlight } from "./highlight";
import { MENU_TITLE } from "./menu";
import { validateForAction } from "./run-validation";
import type { Services } from "./services";
import { loadSettings } from "./settings-store";
import { writeRollups } from "./write-rollups";

/** Menu commands: run the core server-side with the saved settings and report in a toast, in the user's language. */

const TOAST_SECONDS = 10;

/** "7 errors, 21 warnings, 0 info in 6 tables. Budget ISU Budget 2026: CHF 514'753." */
export function countsText(report: Report, lang: Lang = "en", grouping?: Grouping): string {
  const loc = localeOf(lang, grouping);
  let text = loc.text.sheetsMenu.counts(summaryLine(loc, report.counts), report.tables.length);
  for (const b of report.rollups.budget) text += loc.text.sheetsMenu.budget(b.sheet, loc.format.units(b.total, b.currency));
  return text;
}

/** The saved settings with the user's language: messages and the rollup sheet in it. */
const run = (services: Services, lang: Lang, action: "highlight" | "rollups" = "rollups"): Report =>
  validateForAction(services, { ...loadSettings(services.properties), lang }, action);
const toast = (services: Services, text: string): void => services.spreadsheet.toast(text, MENU_TITLE, TOAST_SECONDS);
const groupingOf = (services: Services) => loadSettings(services.properties).grouping;

export function validateFromMenu(services: Services, lang: Lang = "en"): Report {
  const report = run(services, lang);
  toast(services, countsText(report, lang, groupingOf(services)));
  return report;
}

export function highlightFromMenu(services: Services, lang: Lang = "en"): void {
  const report = run(services, lang, "highlight");
  const { cells } = highlight(services, report);
  toast(services, `${localeOf(lang).text.sheetsMenu.highlighted(cells)} ${countsText(report, lang, groupingOf(services))}`);
}

export function clearHighlightsFromMenu(services: Services, lang: Lang = "en"): void {
  const { cells } = clearHighlights(services);
  const t = localeOf(lang).text;
  toast(services, cells === 0 ? t.status.cleared(0, []) : t.sheetsMenu.restored(cells));
}

export function writeRollupsFromMenu(services: Services, lang: Lang = "en"): void {
  const report = run(services, lang);
  const { sheet } = writeRollups(services, report, lang);
  toast(services, `${localeOf(lang).text.sheetsMenu.rollups(sheet)} ${countsText(report, lang, groupingOf(services))}`);
}
