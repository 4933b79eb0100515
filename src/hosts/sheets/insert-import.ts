import { pastedTemplate } from "../../core/import";
import { insertTemplateSheet, type TemplateServices } from "./insert-template";
import { todayIn } from "./run-validation";

/**
 * Sidebar "Import from text…": the pasted timeline as a new activities sheet with a free name (never
 * over an existing sheet). The text comes through google.script.run, so it is checked here again.
 */
export function insertImport(services: TemplateServices, text: unknown): { sheet: string; rows: number } {
  const today = todayIn(services.spreadsheet.getSpreadsheetTimeZone(), services.formatDate);
  const built = pastedTemplate(text, today);
  if (!built.ok) throw new Error(built.reason);
  return { ...insertTemplateSheet(services, built.value.template), rows: built.value.rows };
}
