import { resolveSettings, SettingsSchema, toReport, validateWorkbook, type Report, type Settings } from "../../core";
import { readSpreadsheet } from "./read-spreadsheet";
import type { FormatDate, Services } from "./services";

/** Today in the spreadsheet's time zone, "YYYY-MM-DD" (the core never reads the clock). */
export function todayIn(timeZone: string, formatDate: FormatDate): string {
  return formatDate(new Date(), timeZone, "yyyy-MM-dd");
}

/** Reads the whole spreadsheet once and runs the core on it. */
export function validateSpreadsheet(services: Services, settings: Settings | null | undefined): Report {
  const checked = SettingsSchema.parse(settings ?? {});
  const timeZone = services.spreadsheet.getSpreadsheetTimeZone();
  const snapshot = readSpreadsheet(services.spreadsheet, services.properties, services.formatDate, timeZone);
  const today = todayIn(timeZone, services.formatDate);
  return toReport(validateWorkbook(snapshot, resolveSettings(checked, today)), snapshot.name);
}

/**
 * A fresh read for Highlight or Write rollups (the sidebar sends its settings, never the report back).
 * Highlight lists every finding, so every cell with an issue is coloured, not only the first ones
 * of each rule that the panel lists.
 */
export function validateForAction(services: Services, settings: Settings | null | undefined, action: "highlight" | "rollups"): Report {
  const checked = SettingsSchema.parse(settings ?? {});
  return validateSpreadsheet(services, action === "highlight" ? { ...checked, maxIssuesPerRule: 0 } : checked);
}
