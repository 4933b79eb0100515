/**
 * Writes the bundled example files from examples/example-workbook.ts (transcribed from examples/seeds/):
 *   examples/workplan-check-examples.xlsx  every sheet; the SDR work plan as a real Excel table
 *   examples/isu-budget-2026.csv          the ISU budget as text, as it is written in the document
 *   examples/plans/*.xlsx                 the four thematic work plans, one file each (for `consolidate`)
 *   examples/workplan-check-examples-rev.xlsx  a revised copy as a coordinator would send it (for `diff`)
 *   examples/workplan-check-exemples-fr.xlsx, workplan-check-ejemplos-es.xlsx  the French and Spanish templates,
 *                                          filled with the example's content translated (localized-examples.ts)
 * Run: npm run examples
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { isDateCell, RawCell } from "../src/core/snapshot";
import { ART6_WORKPLAN, EXAMPLE_SHEETS, ExampleSheet, ISU_BUDGET, SDR_WORKPLAN, UNIV24_WORKPLAN, UNIV25_WORKPLAN } from "./example-workbook";
import { editedSheets } from "./revised-example";
import { LOCALIZED_TEXT, localizedExample } from "./localized-examples";
import { addTemplateSheet } from "../src/hosts/file/write-template";

const ROOT = path.resolve(__dirname, "..", "..", "examples");
/** Fixed so that rebuilding changes nothing but what the data changes. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

function excelValue(v: RawCell): ExcelJS.CellValue {
  if (isDateCell(v)) return new Date(`${v.date}T00:00:00Z`);
  return v;
}

function addSheet(wb: ExcelJS.Workbook, sheet: ExampleSheet): void {
  const ws = wb.addWorksheet(sheet.name);
  (sheet.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const asTable = sheet === SDR_WORKPLAN;
  sheet.rows.forEach((row, r) => {
    if (asTable && r >= 1) return; // written by addTable below
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      const formula = sheet.formulas?.[cell.address];
      cell.value = formula ? { formula: formula.slice(1), result: excelValue(v) as number } : excelValue(v);
      if (isDateCell(v)) cell.numFmt = "d mmm yyyy";
      const fmt = sheet.numberFormats?.[String.fromCharCode(65 + c)];
      if (fmt && typeof v === "number") cell.numFmt = fmt;
      cell.alignment = { wrapText: typeof v === "string" && v.length > 30, vertical: "top" };
    });
    if (isHeaderRow(row)) ws.getRow(r + 1).font = { bold: true };
  });
  if (sheet.rows[0]?.length === 1) ws.getRow(1).font = { bold: true, size: 13 };
  if (asTable) {
    const [header, ...data] = sheet.rows.slice(1);
    ws.addTable({
      name: "SDRWorkplan",
      ref: "A2",
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: header.map((h) => ({ name: String(h), filterButton: true })),
      rows: data.map((row) => header.map((_, c) => excelValue(row[c] ?? null) ?? "")),
    });
  }
}

const isHeaderRow = (row: readonly RawCell[]) => row.length > 2 && row.every((v) => typeof v === "string" && v.length < 30);

function budgetCsv(sheet: ExampleSheet): string {
  const esc = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // As written in the published document: amounts with apostrophes, as text.
  const fmt = (v: RawCell) => (typeof v === "number" ? v.toLocaleString("en-US").replace(/,/g, "'") : v === null ? "" : String(v));
  return sheet.rows.slice(2, 10).map((row) => row.map((v) => esc(fmt(v))).join(",")).join("\n") + "\n";
}

async function writeBook(file: string, sheets: readonly ExampleSheet[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Workplan Check examples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of sheets) addSheet(wb, sheet);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The language's example from its templates (as `workplan-check template --lang` writes them), with a fixed date. */
export async function writeLocalized(dir: string, lang: "fr" | "es"): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Workplan Check examples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const t of localizedExample(lang)) addTemplateSheet(wb, t);
  const file = path.join(dir, LOCALIZED_TEXT[lang].file);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The four thematic plans as separate files: `consolidate` gives the same calendar as on the one workbook. */
export const PLAN_FILES: readonly [string, ExampleSheet][] = [
  ["art6-workplan-2025-2026.xlsx", ART6_WORKPLAN],
  ["sdr-workplan-2025-2026.xlsx", SDR_WORKPLAN],
  ["univ-workplan-2024-2025.xlsx", UNIV24_WORKPLAN],
  ["univ-workplan-2025-2026.xlsx", UNIV25_WORKPLAN],
];

export async function buildExamples(dir = ROOT): Promise<string[]> {
  const xlsx = await writeBook(path.join(dir, "workplan-check-examples.xlsx"), EXAMPLE_SHEETS);
  fs.mkdirSync(path.join(dir, "plans"), { recursive: true });
  const plans = [];
  for (const [name, sheet] of PLAN_FILES) plans.push(await writeBook(path.join(dir, "plans", name), [sheet]));
  const revised = await writeBook(path.join(dir, "workplan-check-examples-rev.xlsx"), editedSheets());
  const csv = path.join(dir, "isu-budget-2026.csv");
  fs.writeFileSync(csv, budgetCsv(ISU_BUDGET));
  const localized = [await writeLocalized(dir, "fr"), await writeLocalized(dir, "es")];
  return [xlsx, csv, ...plans, revised, ...localized];
}

if (require.main === module) {
  buildExamples().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (e) => { console.error(`build-examples: ${e instanceof Error ? e.message : e}`); process.exit(1); },
  );
}
