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
  const snapshot = readSpreadsheet(services.spreadsheet, services.formatDate, timeZone);
  const today = todayIn(timeZone, services.formatDate);
  return toReport(validateWorkbook(snapshot, resolveSettings(checked, today)), snapshot.name);
}
