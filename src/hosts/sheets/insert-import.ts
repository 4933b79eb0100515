import { pastedTemplate } from "../../core/import";
import { ENGLISH, type Format } from "../../core/i18n";
import { insertTemplateSheet, type TemplateServices } from "./insert-template";
import { todayIn } from "./run-validation";

/**
 * Sidebar "Import from text…": the pasted timeline as a new activities sheet with a free name (never
 * over an existing sheet). The text comes through google.script.run, so it is checked here again; a refusal is
 * written in the Format's language (the user's).
 */
export function insertImport(services: TemplateServices, text: unknown, f: Format = ENGLISH): { sheet: string; rows: number } {
  const today = todayIn(services.spreadsheet.getSpreadsheetTimeZone(), services.formatDate);
  const built = pastedTemplate(text, today, f);
  if (!built.ok) throw new Error(built.reason);
  return { ...insertTemplateSheet(services, built.value.template), rows: built.value.rows };
}
