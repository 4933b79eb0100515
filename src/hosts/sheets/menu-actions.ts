import { formatMoney, type Report } from "../../core";
import { clearHighlights } from "./clear-highlights";
import { highlight } from "./highlight";
import { MENU_TITLE } from "./menu";
import { validateForAction } from "./run-validation";
import type { Services } from "./services";
import { loadSettings } from "./settings-store";
import { writeRollups } from "./write-rollups";

/** Menu commands: run the core server-side with the saved settings and report in a toast. */

const TOAST_SECONDS = 10;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "7 errors, 21 warnings, 0 info in 6 tables. Budget ISU Budget 2026: CHF 514'753." */
export function countsText(report: Report): string {
  const c = report.counts;
  let text = `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info in ${plural(report.tables.length, "table")}.`;
  for (const b of report.rollups.budget) text += ` Budget ${b.sheet}: ${formatMoney(Math.round(b.total * 100), b.currency)}.`;
  return text;
}

const run = (services: Services, action: "highlight" | "rollups" = "rollups"): Report => validateForAction(services, loadSettings(services.properties), action);
const toast = (services: Services, text: string): void => services.spreadsheet.toast(text, MENU_TITLE, TOAST_SECONDS);

export function validateFromMenu(services: Services): Report {
  const report = run(services);
  toast(services, countsText(report));
  return report;
}

export function highlightFromMenu(services: Services): void {
  const report = run(services, "highlight");
  const { cells } = highlight(services, report);
  toast(services, `Highlighted ${plural(cells, "cell")}. ${countsText(report)}`);
}

export function clearHighlightsFromMenu(services: Services): void {
  const { cells } = clearHighlights(services);
  toast(services, cells === 0 ? "No highlights to clear." : `Restored the fill of ${plural(cells, "cell")}.`);
}

export function writeRollupsFromMenu(services: Services): void {
  const report = run(services);
  const { sheet } = writeRollups(services, report);
  toast(services, `Rollups written to "${sheet}". ${countsText(report)}`);
}
