import { a1Range } from "../../core/a1";
import { renameNames } from "../../core/templates";
import type { TemplateSheet } from "../../core/templates";
import { addressChunks } from "./address";
import { is1904, queueDateSystem } from "./date-system";
import { freeName, freeNames, freeSheetName } from "./free-names";
import { type TemplatePlan, templatePlan } from "./template-plan";

/**
 * Queues the whole template on its new, empty sheet. Requirement sets: tables 1.1, names.add 1.4,
 * conditional formats 1.6, freezePanes 1.7, data validation 1.8, getRanges 1.9 (the manifest asks for 1.9).
 */
function write(context: Excel.RequestContext, ws: Excel.Worksheet, plan: TemplatePlan): void {
  // First: the formulas written next find the names they use (SocialChargesRate) already defined.
  for (const n of plan.names) context.workbook.names.add(n.name, n.reference);
  const height = plan.formulas.length, width = plan.formulas[0]?.length ?? 0;
  const block = ws.getRangeByIndexes(0, 0, height, width);
  block.numberFormat = plan.formats; // before the values, so dates land formatted
  block.formulas = plan.formulas;
  for (const list of addressChunks(plan.bold)) ws.getRanges(list).format.font.bold = true;
  for (const list of addressChunks(plan.wrap)) ws.getRanges(list).format.wrapText = true;
  ws.getRange(plan.topAligned).format.verticalAlignment = "Top";
  for (const w of plan.widths) ws.getRangeByIndexes(0, w.column, 1, w.count).format.columnWidth = w.points;

  // A Range, not its address: an address without a sheet name is taken on the ACTIVE sheet (the new one is
  // activated only at the end), for tables.add and freezeAt alike.
  const table = ws.tables.add(ws.getRange(plan.table.range), true);
  table.name = plan.table.name;
  table.style = plan.table.style;
  table.showFilterButton = plan.table.showFilterButton;

  for (const v of plan.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = v.rule;
    dv.prompt = v.prompt;
    dv.errorAlert = v.errorAlert;
  }
  for (const cf of plan.conditionalFormats) {
    const f = ws.getRange(cf.range).conditionalFormats.add("Custom"); // Excel.ConditionalFormatType.custom
    f.custom.rule.formula = cf.formula;
    f.custom.format.fill.color = cf.fill;
  }
  const { rows, columns } = plan.freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(ws.getRange(a1Range(1, 1, rows, columns)));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  ws.activate();
}

/**
 * Inserts a template on a new sheet and shows it. Request 1 reads the names in use (sheets, tables, defined
 * names) to pick free ones: "ISU Budget 2026 (2)" when that sheet exists, "SocialChargesRate_2" (in the
 * formulas too) when a budget was inserted before. Request 2 adds the empty sheet. Request 3 writes it all.
 * No existing sheet is ever written; if request 3 fails, the half-written new sheet is deleted again (only
 * that sheet: request 2 proved it is the add-in's own), and so are the names it defined (free in request 1).
 */
export async function insertTemplate(context: Excel.RequestContext, template: TemplateSheet): Promise<{ sheet: string }> {
  const { worksheets, tables, names } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name");
  names.load("items/name");
  const system = queueDateSystem(context);
  await context.sync();

  const sheet = freeSheetName(worksheets.items.map((w) => w.name), template.sheetName);
  // Table names and defined names share one namespace.
  const taken = [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
  const renames = freeNames(taken, template.namedRanges.map((n) => n.name));
  const t = renameNames(template, renames);
  const plan = templatePlan(t, sheet, freeName([...taken, ...Object.values(renames)], t.table.name), is1904(system));

  const ws = worksheets.add(sheet);
  await context.sync();
  try {
    write(context, ws, plan);
    await context.sync();
  } catch (e) {
    ws.delete();
    // A name that request 3 did not get to add is a null object: deleting it ends this cleanup, after the sheet.
    for (const n of plan.names) context.workbook.names.getItemOrNullObject(n.name).delete();
    await context.sync().catch(() => undefined); // the first error is the one worth reporting
    throw e;
  }
  return { sheet };
}
