/**
 * Writes a core TemplateSheet as a real .xlsx with ExcelJS: values, formulas with their cached results,
 * number formats, widths, an Excel table, data validations, conditional formats, defined names and frozen
 * panes. It only translates: every decision is in the template (src/core/templates).
 */
import ExcelJS from "exceljs";
import { parseA1, qualified } from "../../core";
import { renameNames, templateCells } from "../../core/templates";
import type { TemplateCell, TemplateSheet, TemplateValidation } from "../../core/templates";
import { parseRange } from "./a1-range";

const MAX_SHEET_NAME = 31;

/** ExcelJS takes dates as JS Dates at UTC midnight (it has no time zone), formulas without "=". */
export function excelValue(cell: TemplateCell | null): ExcelJS.CellValue {
  if (cell === null) return null;
  if (cell.formula !== undefined) return { formula: cell.formula.replace(/^=/, ""), result: cell.result } as ExcelJS.CellFormulaValue;
  const v = cell.value;
  if (v === undefined) return null;
  if (typeof v === "object") return new Date(`${v.date}T00:00:00Z`);
  return v;
}

function excelValidation(v: TemplateValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: v.strict,
    ...(v.strict ? { errorStyle: "stop", errorTitle: v.promptTitle, error: v.error } : {}),
  };
  switch (v.rule.type) {
    case "list":
      // An inline list source is one quoted, comma-separated string: its values cannot hold either.
      if (v.rule.values.some((x) => /[",]/.test(x))) throw new Error(`list values with a comma or quote in ${v.range}`);
      return { type: "list", formulae: [`"${v.rule.values.join(",")}"`], ...messages };
    case "decimal":
      return { type: "decimal", operator: "between", formulae: [v.rule.min, v.rule.max], ...messages };
    case "date":
      return { type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))], ...messages };
  }
}

/** "Budget", or "Budget (2)" when taken: never replace a sheet. */
function freeSheetName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.map((ws) => ws.name.toLowerCase()));
  const base = wanted.slice(0, MAX_SHEET_NAME);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Table names are unique in a workbook. */
function freeTableName(wb: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(wb.worksheets.flatMap((ws) => ws.getTables().map((t) => String((t as unknown as { name: string }).name).toLowerCase())));
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : `${wanted}_${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Defined names are workbook-wide: a second budget's rate becomes SocialChargesRate_2, in its formulas too. */
function withFreeNames(wb: ExcelJS.Workbook, t: TemplateSheet): TemplateSheet {
  const taken = new Set(wb.definedNames.model.map((n) => n.name.toLowerCase()));
  const renames: Record<string, string> = {};
  for (const { name } of t.namedRanges) {
    let free = name;
    for (let n = 2; taken.has(free.toLowerCase()); n++) free = `${name}_${n}`;
    renames[name] = free;
    taken.add(free.toLowerCase());
  }
  return renameNames(t, renames);
}

/** Every cell of an A1 range ("K4:K23"). */
function* rangeCells(range: string): Generator<[number, number]> {
  const area = parseRange(range);
  if (!area) throw new Error(`bad range in template: ${range}`);
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) yield [r, c];
}

/** Adds the template as a new sheet (with a free name) and returns it. */
export function addTemplateSheet(wb: ExcelJS.Workbook, template: TemplateSheet): ExcelJS.Worksheet {
  const t = withFreeNames(wb, template);
  const name = freeSheetName(wb, t.sheetName);
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: t.freezeColumns, ySplit: t.freezeRows }] });
  t.columns.forEach((col, i) => (ws.getColumn(i + 1).width = col.width));

  const { table } = t;
  const inTable = (r: number, c: number) => r >= table.headerRow && r <= table.lastDataRow && c >= table.firstColumn && c <= table.lastColumn;
  const at = (r: number, c: number) => t.rows[r - 1]?.[c - 1] ?? null;
  const columns: number[] = [];
  for (let c = table.firstColumn; c <= table.lastColumn; c++) columns.push(c);
  // addTable writes the header and data cells itself; formats are applied afterwards, cell by cell.
  ws.addTable({
    name: freeTableName(wb, table.name),
    ref: `${ws.getColumn(table.firstColumn).letter}${table.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: columns.map((c) => ({ name: String(at(table.headerRow, c)?.value ?? `Column${c}`), filterButton: table.filterButtons })),
    rows: Array.from({ length: table.lastDataRow - table.headerRow }, (_, i) => columns.map((c) => excelValue(at(table.headerRow + 1 + i, c)))),
  });

  for (const { row, column, cell } of templateCells(t)) {
    const x = ws.getCell(row, column);
    if (!inTable(row, column)) x.value = excelValue(cell);
    if (cell.numberFormat) x.numFmt = cell.numberFormat;
    if (cell.bold) x.font = { bold: true };
  }
  // Wrapping columns wrap in the header and every data row, typed or still empty.
  for (let r = table.headerRow; r <= table.lastDataRow; r++)
    for (const c of columns) ws.getCell(r, c).alignment = { vertical: "top", wrapText: r === table.headerRow || t.columns[c - 1]?.wrap === true };

  for (const v of t.validations) {
    const rule = excelValidation(v);
    for (const [r, c] of rangeCells(v.range)) ws.getCell(r, c).dataValidation = rule;
  }
  t.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula.replace(/^=/, "")], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: `FF${cf.fill.replace(/^#/, "")}` } } } }],
    }),
  );
  for (const n of t.namedRanges) {
    if (!parseA1(n.ref)) throw new Error(`bad named range in template: ${n.ref}`);
    wb.definedNames.add(qualified(name, n.ref), n.name);
  }
  return ws;
}

export async function writeTemplateXlsx(t: TemplateSheet, path: string): Promise<void> {
  await writeTemplatesXlsx([t], path);
}

/** Several templates, one sheet each, in one workbook (an import: activities and a budget). */
export async function writeTemplatesXlsx(templates: readonly TemplateSheet[], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Workplan Check";
  for (const t of templates) addTemplateSheet(wb, t);
  await wb.xlsx.writeFile(path);
}
