import { renameNames } from "../../core/templates";
import type { TemplateSheet, TemplateValidation } from "../../core/templates";
import { areaOf, plainA1 } from "./a1-area";
import { freeRangeNames, freeSheetName } from "./free-names";
import { todayIn } from "./run-validation";
import type { FormatDate, GasDataValidation, GasRuleBuilders, GasSheet, GasSpreadsheet, ParseDate } from "./services";
import { ensureSize } from "./sheet-size";
import { boldRanges, templateNumberFormats, widthRuns, wrapRanges } from "./template-formats";
import { requestedTemplate } from "./template-request";
import { templateValues } from "./template-values";
import { maxOf } from "../../core/max-of";
import { separatorFree } from "./sheets-formula";

export interface TemplateServices {
  readonly spreadsheet: GasSpreadsheet;
  /** SpreadsheetApp: newDataValidation(), newConditionalFormatRule(). */
  readonly builders: GasRuleBuilders;
  readonly formatDate: FormatDate;
  readonly parseDate: ParseDate;
}

/**
 * Inserts the template on a new sheet with a free name, batched: one setValues() and one
 * setNumberFormats() over the template's rectangle, one RangeList for bold, one setColumnWidths() per
 * run of equal widths, one setDataValidation() per validation, one setConditionalFormatRules(), one
 * setNamedRange() per name. Only the new sheet (and its named ranges) is written; if a step fails, the
 * new sheet is deleted again so no half-built template is left behind.
 */
export function insertTemplate(services: TemplateServices, kind: unknown, prefill: unknown, lang?: unknown): { sheet: string } {
  const timeZone = services.spreadsheet.getSpreadsheetTimeZone();
  return insertTemplateSheet(services, requestedTemplate(kind, prefill, todayIn(timeZone, services.formatDate), lang));
}

/** Inserts a template the server built (a requested one, or an imported work plan) as insertTemplate does. */
export function insertTemplateSheet(services: TemplateServices, requested: TemplateSheet): { sheet: string } {
  const { spreadsheet } = services;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const t = renameNames(requested, freeRangeNames(spreadsheet.getNamedRanges().map((n) => n.getName()), requested));
  const name = freeSheetName(spreadsheet.getSheets().map((s) => s.getName()), t.sheetName);
  const sheet = spreadsheet.insertSheet(name);
  try {
    writeTemplate(services, sheet, t, (iso) => services.parseDate(iso, timeZone, "yyyy-MM-dd"));
  } catch (e) {
    spreadsheet.deleteSheet(sheet);
    throw e;
  }
  sheet.activate();
  return { sheet: name };
}

function writeTemplate(services: TemplateServices, sheet: GasSheet, t: TemplateSheet, toDate: (iso: string) => Date): void {
  const size = extentOf(t);
  ensureSize(sheet, size.rows, size.columns);
  const width = maxOf(t.rows.map((r) => r.length), 1);
  if (t.rows.length > 0) {
    const rectangle = sheet.getRange(1, 1, t.rows.length, width);
    rectangle.setValues(templateValues(t, width, toDate));
    rectangle.setNumberFormats(templateNumberFormats(t, width));
  }
  const bold = boldRanges(t);
  if (bold.length > 0) sheet.getRangeList(bold).setFontWeight("bold");
  for (const run of widthRuns(t)) sheet.setColumnWidths(run.start, run.count, run.pixels);
  sheet.getRange(plainA1(t.table.ref)).setVerticalAlignment("top");
  sheet.getRangeList(wrapRanges(t)).setWrap(true);

  for (const v of t.validations) sheet.getRange(plainA1(v.range)).setDataValidation(validationRule(services.builders, v));
  if (t.conditionalFormats.length > 0) {
    const added = t.conditionalFormats.map((cf) =>
      services.builders.newConditionalFormatRule().whenFormulaSatisfied(separatorFree(cf.formula)).setBackground(cf.fill).setRanges([sheet.getRange(plainA1(cf.range))]).build());
    sheet.setConditionalFormatRules(sheet.getConditionalFormatRules().concat(added));
  }
  if (t.freezeRows > 0) sheet.setFrozenRows(t.freezeRows);
  if (t.freezeColumns > 0) sheet.setFrozenColumns(t.freezeColumns);
  // Sort and filter buttons on the header, as Excel's table shows them (off where a Total row would move).
  if (t.table.filterButtons) sheet.getRange(plainA1(t.table.ref)).createFilter();
  // Last: a name is spreadsheet-wide, so it must not outlive a sheet deleted after a failed step.
  for (const n of t.namedRanges) services.spreadsheet.setNamedRange(n.name, sheet.getRange(plainA1(n.ref)));
}

/** Strict rules refuse other input; the others offer the dropdown but accept anything (the core checks it). */
function validationRule(builders: GasRuleBuilders, v: TemplateValidation): GasDataValidation {
  const b = builders.newDataValidation();
  const rule = v.rule;
  const required =
    rule.type === "list" ? b.requireValueInList([...rule.values], true)
    : rule.type === "decimal" ? b.requireNumberBetween(rule.min, rule.max)
    : b.requireDate();
  return required.setAllowInvalid(!v.strict).setHelpText(v.prompt).build();
}

/** Rows and columns the template reaches, with its table, validations and conditional formats. */
function extentOf(t: TemplateSheet): { rows: number; columns: number } {
  const areas = [t.table.ref, ...t.validations.map((v) => v.range), ...t.conditionalFormats.map((c) => c.range), ...t.namedRanges.map((n) => n.ref)].map(areaOf);
  return {
    rows: maxOf(areas.map((a) => a.bottom), t.rows.length),
    columns: Math.max(maxOf(t.rows.map((r) => r.length), t.columns.length), maxOf(areas.map((a) => a.right), 0)),
  };
}
