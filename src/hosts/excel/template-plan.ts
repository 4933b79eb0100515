/**
 * A core TemplateSheet in the shapes Office.js takes: one rectangle of formulas and one of number formats from
 * A1, areas to make bold or wrap, column widths in points, data-validation rules, conditional formats, defined
 * names and frozen panes. Pure data, so tests read it directly; insert-template.ts turns it into a few requests.
 */
import { isoToExcelSerial, qualified } from "../../core";
import { a1Range } from "../../core/a1";
import type { TemplateCell, TemplateSheet, TemplateValidation } from "../../core/templates";
import { maxOf } from "../../core/max-of";
import { from1900 } from "./date-system";

/** Excel's limits on data-validation texts (longer ones are refused with InvalidArgument). */
export const MAX_PROMPT_TITLE = 32;
export const MAX_PROMPT_MESSAGE = 255;
/** Excel refuses a formula longer than this, or one holding a text constant longer than MAX_FORMULA_TEXT. */
export const MAX_FORMULA = 8192;
export const MAX_FORMULA_TEXT = 255;
/** Excel's limit on an inline list source ("a,b,c"). */
export const MAX_LIST_SOURCE = 255;
/** The date rule accepts any date after 1 Jan 1900, as the CLI's .xlsx writer does: it refuses text such as "spring 2026". */
const FIRST_DATE = "1900-01-01";
const TABLE_STYLE = "TableStyleLight9";

export type FormulaValue = string | number;

export interface PlannedValidation {
  readonly range: string;
  readonly rule: Excel.DataValidationRule;
  readonly prompt: Excel.DataValidationPrompt;
  readonly errorAlert: Excel.DataValidationErrorAlert;
}

export interface TemplatePlan {
  readonly sheet: string;
  /** From A1, rectangular: "=…" formulas, "'text" (the apostrophe keeps "March 2026" text), numbers, dates as serials, "" blank. */
  readonly formulas: FormulaValue[][];
  /** Same shape as formulas, "General" where the template sets none. */
  readonly formats: string[][];
  readonly bold: string[];
  /** Cells that wrap their text (header row, long-text columns of the table). */
  readonly wrap: string[];
  /** The table area, aligned to the top so wrapped rows read line by line. */
  readonly topAligned: string;
  /** Runs of columns with one width: 0-based first column, how many, width in points. */
  readonly widths: { readonly column: number; readonly count: number; readonly points: number }[];
  readonly table: { readonly range: string; readonly name: string; readonly showFilterButton: boolean; readonly style: string };
  readonly validations: PlannedValidation[];
  readonly conditionalFormats: { readonly range: string; readonly formula: string; readonly fill: string }[];
  /** Workbook-scoped names, with their reference qualified by the sheet ("='ISU Budget 2026'!$B$1"). */
  readonly names: { readonly name: string; readonly reference: string }[];
  readonly freeze: { readonly rows: number; readonly columns: number };
}

/** Excel's column width unit is characters of the default font: about 7 px each plus 5 px padding; 96 px = 72 pt. */
export const widthInPoints = (characters: number): number => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

const clip = (s: string, max: number): string => (s.length <= max ? s : s.slice(0, max - 1) + "…");

/** The formula, or an error naming it when Excel would refuse it (with only "InvalidArgument" to say why). */
export function checkedFormula(formula: string): string {
  const head = formula.slice(0, 40);
  if (formula.length > MAX_FORMULA) throw new Error(`template formula longer than ${MAX_FORMULA} characters: ${head}…`);
  for (const m of formula.matchAll(/"((?:[^"]|"")*)"/g)) {
    if (m[1].replace(/""/g, '"').length > MAX_FORMULA_TEXT) throw new Error(`template formula with a text longer than ${MAX_FORMULA_TEXT} characters: ${head}…`);
  }
  return formula;
}

/** One cell as range.formulas takes it: what a user would type, text made text by a leading apostrophe. */
export function formulaValue(cell: TemplateCell | null, date1904 = false): FormulaValue {
  if (cell === null) return "";
  if (cell.formula !== undefined) return checkedFormula(cell.formula);
  const v = cell.value;
  if (v === undefined) return "";
  if (typeof v === "number") return v;
  if (typeof v === "string") return v === "" ? "" : "'" + v;
  const serial = isoToExcelSerial(v.date);
  if (!Number.isFinite(serial)) throw new Error(`template date ${v.date} is not a date Excel can hold`);
  return from1900(serial, date1904);
}

export function validationRule(v: TemplateValidation): Excel.DataValidationRule {
  switch (v.rule.type) {
    case "list": {
      // An inline source is one comma-separated string: its values cannot hold a comma.
      if (v.rule.values.some((x) => x.includes(","))) throw new Error(`list values with a comma in ${v.range}`);
      const source = v.rule.values.join(",");
      if (source.length > MAX_LIST_SOURCE) throw new Error(`list source longer than ${MAX_LIST_SOURCE} characters in ${v.range}`);
      return { list: { inCellDropDown: true, source } };
    }
    case "decimal":
      return { decimal: { formula1: v.rule.min, formula2: v.rule.max, operator: "Between" } };
    case "date":
      return { date: { formula1: FIRST_DATE, operator: "GreaterThan" } };
  }
}

function plannedValidation(v: TemplateValidation): PlannedValidation {
  const title = clip(v.promptTitle, MAX_PROMPT_TITLE);
  return {
    range: v.range,
    rule: validationRule(v),
    prompt: { showPrompt: v.prompt !== "", title, message: clip(v.prompt, MAX_PROMPT_MESSAGE) },
    // Not strict: the dropdown is offered, anything may be typed (the core checks it).
    errorAlert: { showAlert: v.strict, style: "Stop", title, message: clip(v.error, MAX_PROMPT_MESSAGE) },
  };
}

/** Runs of true cells in each row, as areas ("A3:K3"). */
function rowRuns(height: number, width: number, on: (row: number, column: number) => boolean): string[] {
  const out: string[] = [];
  for (let r = 1; r <= height; r++) {
    let start = 0;
    for (let c = 1; c <= width + 1; c++) {
      const yes = c <= width && on(r, c);
      if (yes && start === 0) start = c;
      if (!yes && start !== 0) {
        out.push(a1Range(r, start, r, c - 1));
        start = 0;
      }
    }
  }
  return out;
}

/**
 * The plan for writing `t` on a new sheet named `sheet`, its table named `tableName` (names already free); dates as
 * serials of the workbook's date system (`date1904`: counted from 1904).
 */
export function templatePlan(t: TemplateSheet, sheet: string, tableName: string, date1904 = false): TemplatePlan {
  const height = t.rows.length;
  const width = maxOf(t.rows.map((r) => r.length), 1);
  const at = (r: number, c: number): TemplateCell | null => t.rows[r - 1]?.[c - 1] ?? null;
  const grid = <T>(f: (cell: TemplateCell | null) => T): T[][] =>
    Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => f(at(r + 1, c + 1))));

  const { table } = t;
  const wrap: string[] = [a1Range(table.headerRow, table.firstColumn, table.headerRow, table.lastColumn)];
  t.columns.forEach((col, i) => {
    const c = i + 1;
    if (col.wrap && c >= table.firstColumn && c <= table.lastColumn && table.lastDataRow >= table.firstDataRow) wrap.push(a1Range(table.firstDataRow, c, table.lastDataRow, c));
  });

  const widths: { column: number; count: number; points: number }[] = [];
  t.columns.forEach((col, i) => {
    const points = widthInPoints(col.width);
    const last = widths[widths.length - 1];
    if (last && last.points === points && last.column + last.count === i) last.count++;
    else widths.push({ column: i, count: 1, points });
  });

  return {
    sheet,
    formulas: grid((c) => formulaValue(c, date1904)),
    formats: grid((c) => c?.numberFormat ?? "General"),
    bold: rowRuns(height, width, (r, c) => at(r, c)?.bold === true),
    wrap,
    topAligned: table.ref,
    widths,
    table: { range: table.ref, name: tableName, showFilterButton: table.filterButtons, style: TABLE_STYLE },
    validations: t.validations.map(plannedValidation),
    conditionalFormats: t.conditionalFormats.map((cf) => ({ range: cf.range, formula: checkedFormula(cf.formula), fill: cf.fill })),
    names: t.namedRanges.map((n) => ({ name: n.name, reference: `=${qualified(sheet, n.ref)}` })),
    freeze: { rows: t.freezeRows, columns: t.freezeColumns },
  };
}
