/**
 * One workbook through the three adapters: the .xlsx readers (ExcelJS whole and streaming), Excel (the
 * office-addin-mock fake, through ExcelBridge) and Google Sheets (the built Code.js on the Apps Script
 * fake). The budgets are laid out as finance staff lay them out: sections and subtotals, 2025 and 2026
 * side by side, a variance, a merged two-row header, a programme support line, SUM formulas.
 */
import ExcelJS from "exceljs";
import { join } from "path";
import { ReportSchema, resolveSettings, toReport, validateWorkbook, type Report } from "../../../src/core";
import { ISU_BUDGET, ISU_BUDGET_SECTIONS } from "../../../examples/example-workbook";
import { readSpreadsheet } from "../../../src/hosts/file/read-file";
import { ExcelBridge } from "../../../src/hosts/excel/excel-bridge";
import { FakeExcel, FakeSettings, type SheetSpec } from "../excel/fake-excel";
import { FakeAppsScript } from "../sheets/fake-apps-script";
import { loadCode, overTheWire, TIME_ZONE } from "../sheets/load-code";
import { tempDir } from "../file/example-xlsx";

const AS_OF = "2026-03-01";
const FILE = "isu-budgets.xlsx";

interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** A1 → formula; the value in `rows` is its result. */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly merged?: readonly string[];
}

const cellA1 = (r: number, c: number) => `${String.fromCharCode(64 + c)}${r}`;

/** The two-row header layout: a merged "Budget (CHF)" over 2025 | 2026, then Variance; a PSC line at 13%. */
const twoRow: Sheet = (() => {
  const body = ISU_BUDGET_SECTIONS.rows.slice(3, 13) as (string | number | null)[][];
  const rows: (string | number | null)[][] = [
    ["ISU budget 2026 with programme support (ILLUSTRATIVE layout; 2025 figures illustrative)"],
    ["COST", "Budget (CHF)", null, "Variance", "NOTES"],
    [null, 2025, 2026, null, null],
    ...body.slice(0, 9).map((r) => r.slice(0, 5)),
    ["Total direct costs", 502000, 514753, 12753, null],
    ["Programme support costs (13%)", 65260, 66918, 1658, null],
    ["Total", 567260, 581671, 14411, null],
  ];
  const formulas: Record<string, string> = { ...ISU_BUDGET_SECTIONS.formulas, B15: "=B13+B14", C15: "=C13+C14", D14: "=C14-B14", D15: "=C15-B15" };
  return { name: "ISU Budget 2026 with PSC", rows, merged: ["B2:C2"], formulas };
})();

const SHEETS: Sheet[] = [
  { name: ISU_BUDGET.name, rows: ISU_BUDGET.rows as Sheet["rows"], formulas: ISU_BUDGET.formulas },
  { name: ISU_BUDGET_SECTIONS.name, rows: ISU_BUDGET_SECTIONS.rows as Sheet["rows"], formulas: ISU_BUDGET_SECTIONS.formulas },
  twoRow,
];

const width = (s: Sheet) => Math.max(...s.rows.map((r) => r.length));
const formulaGrid = (s: Sheet) => s.rows.map((r, i) => Array.from({ length: width(s) }, (_, c) => s.formulas?.[cellA1(i + 1, c + 1)] ?? null));

async function viaFile(reader: "auto" | "whole" | "stream"): Promise<Report> {
  const tmp = tempDir("wpc-parity-");
  try {
    const wb = new ExcelJS.Workbook();
    for (const s of SHEETS) {
      const ws = wb.addWorksheet(s.name);
      s.rows.forEach((row, r) => row.forEach((v, c) => {
        const f = s.formulas?.[cellA1(r + 1, c + 1)];
        if (v === null && !f) return;
        ws.getCell(r + 1, c + 1).value = f ? { formula: f.slice(1), result: v as number } : v;
      }));
      for (const m of s.merged ?? []) ws.mergeCells(m);
    }
    const path = join(tmp.dir, FILE);
    await wb.xlsx.writeFile(path);
    const { snapshot } = await readSpreadsheet(path, { reader });
    return toReport(validateWorkbook(snapshot, resolveSettings({ asOf: AS_OF }, AS_OF)), FILE);
  } finally {
    tmp.cleanup();
  }
}

async function viaExcel(): Promise<Report> {
  const specs: SheetSpec[] = SHEETS.map((s) => ({
    name: s.name,
    values: s.rows.map((r) => Array.from({ length: width(s) }, (_, c) => r[c] ?? "")),
    formulas: formulaGrid(s),
    merged: s.merged,
  }));
  const excel = new FakeExcel(specs);
  const bag = new FakeSettings();
  const bridge = new ExcelBridge({ run: (batch) => batch(excel.context), settings: () => bag, today: () => AS_OF, documentName: () => FILE, mergedAreas: () => true });
  return bridge.validate({ asOf: AS_OF });
}

function viaSheets(): Report {
  const fake = new FakeAppsScript({
    name: FILE, timeZone: TIME_ZONE,
    sheets: SHEETS.map((s) => ({ name: s.name, values: s.rows.map((r) => r.map((v) => v ?? "")), formulas: formulaGrid(s), merged: s.merged })),
  });
  return overTheWire(loadCode(fake).globals.validate({ asOf: AS_OF }));
}

const budgetErrors = (r: Report) => r.issues.filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.cell} ${i.code}`);

describe("one budget workbook, three hosts, one report", () => {
  let file: Report, lean: Report, streamed: Report, excel: Report, sheets: Report;
  beforeAll(async () => {
    [file, lean, streamed, excel] = await Promise.all([viaFile("whole"), viaFile("auto"), viaFile("stream"), viaExcel()]);
    sheets = viaSheets();
  });

  it("the file reader, Excel and Sheets give the same issues and rollups", () => {
    expect(ReportSchema.parse(file)).toBeTruthy();
    expect(overTheWire(excel)).toEqual(overTheWire(file));
    expect(overTheWire(lean)).toEqual(overTheWire(file)); // the default (lean) .xlsx reader
    expect(sheets).toEqual(overTheWire(file));
  });

  it("every layout totals CHF 514'753 for 2026 with no error", () => {
    expect(budgetErrors(file)).toEqual([]);
    const by = (r: Report, sheet: string) => r.rollups.budget.find((b) => b.sheet === sheet)!;
    for (const r of [file, lean, excel, sheets, streamed]) {
      expect(by(r, ISU_BUDGET.name)).toMatchObject({ total: 514753, statedTotal: 514753 });
      expect(by(r, ISU_BUDGET_SECTIONS.name)).toMatchObject({ column: "Budget 2026", total: 514753, statedTotal: 514753 });
      const psc = by(r, twoRow.name);
      expect(psc.columns.find((c) => c.year === 2026)).toMatchObject({ total: 581671, statedTotal: 581671 });
      expect(psc.sections.map((s) => [s.label, s.total, s.depth])).toEqual([["Total direct costs", 514753, 0], ["Staff costs", 454753, 1], ["Operational costs", 60000, 1]]);
    }
    expect(by(file, twoRow.name).column).toBe("Budget (CHF) 2026");
    expect(budgetErrors(streamed)).toEqual([]);
  });

  it("the streaming reader (no merged areas) still reads the two-row header by its years", () => {
    expect(streamed.rollups.budget.map((b) => b.total)).toEqual(file.rollups.budget.map((b) => b.total));
  });
});
