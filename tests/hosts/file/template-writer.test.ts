import { statSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { MONEY_FORMAT } from "../../../src/core/templates/formats";
import { buildTemplate } from "../../../src/core/templates";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import { addTemplateSheet, writeTemplateXlsx } from "../../../src/hosts/file/write-template";
import { tempDir } from "./example-xlsx";

const tmp = tempDir("wpc-template-writer-");
afterAll(tmp.cleanup);

async function roundTrip(wb: ExcelJS.Workbook, name: string): Promise<{ wb: ExcelJS.Workbook; path: string }> {
  const path = join(tmp.dir, name);
  await wb.xlsx.writeFile(path);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(path);
  return { wb: back, path };
}

type Loaded = ExcelJS.Worksheet & { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] };

describe("writeTemplateXlsx", () => {
  const activities = buildTemplate("activities", undefined, { today: "2026-01-15" });
  let ws: Loaded;
  beforeAll(async () => {
    const path = join(tmp.dir, "activities.xlsx");
    await writeTemplateXlsx(activities, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    ws = wb.worksheets[0] as Loaded;
  });

  it("writes the sheet name, widths, frozen header and first column", () => {
    expect(ws.name).toBe("Activities");
    expect(activities.columns.map((_, i) => ws.getColumn(i + 1).width)).toEqual(activities.columns.map((c) => c.width));
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3 });
  });

  it("makes the table area an Excel table with the template's header", () => {
    const tables = ws.getTables() as unknown as { table: { name: string; tableRef: string; columns: { name: string }[] } }[];
    expect(tables.map((t) => [t.table.name, t.table.tableRef])).toEqual([["Activities", "A3:K23"]]);
    expect(tables[0].table.columns.map((c) => c.name)).toEqual(activities.rows[2].slice(0, 11).map((c) => c?.value));
    expect(ws.getCell("A3").font?.bold).toBe(true);
    expect(ws.getCell("A4").alignment).toMatchObject({ wrapText: true, vertical: "top" });
  });

  it("writes the dropdowns, their strictness and input messages", () => {
    expect(ws.getCell("K23").dataValidation).toMatchObject({
      type: "list", formulae: ['"Planned,In progress,Done,Postponed,Cancelled"'], showErrorMessage: true, showInputMessage: true, promptTitle: "Status",
    });
    const refs = ws.getCell("D4").dataValidation;
    expect(refs).toMatchObject({ type: "list", showInputMessage: true });
    expect(refs.showErrorMessage).toBeFalsy(); // "Actions 38 to 42" must stay typeable
    expect(ws.getCell("F4").dataValidation).toMatchObject({ type: "date", operator: "greaterThan", showErrorMessage: true });
    expect(ws.getCell("F4").numFmt).toBe("d mmm yyyy");
    expect(ws.getCell("L4").dataValidation).toBeUndefined();
  });

  it("writes the Gantt's conditional format and its month header", () => {
    expect(ws.conditionalFormattings).toHaveLength(1);
    expect(ws.conditionalFormattings[0]).toMatchObject({
      ref: "L4:AI23",
      rules: [{ type: "expression", formulae: ["AND(L$2>=DATE(YEAR($F4),MONTH($F4),1),L$2<=$G4)"], style: { fill: { bgColor: { argb: "FF5B9BD5" } } } }],
    });
    expect(ws.getCell("L2").numFmt).toBe("mmm yy");
  });
});

describe("the budget written", () => {
  it("names the rate cell, formats it 0%, and hides the table's sort buttons (sorting would move lines below the Total)", async () => {
    const wb = new ExcelJS.Workbook();
    addTemplateSheet(wb, buildTemplate("budget", "isu-budget-2026"));
    const { wb: back } = await roundTrip(wb, "budget.xlsx");
    const ws = back.worksheets[0];
    expect(back.definedNames.model).toEqual([{ name: "SocialChargesRate", ranges: ["'ISU Budget 2026'!$B$1"] }]);
    expect(ws.getCell("B1").numFmt).toBe("0%");
    expect(ws.getCell("B5").numFmt).toBe(MONEY_FORMAT);
    expect(ws.getCell("B6").formula).toBe("ROUND(SocialChargesRate*B5,0)");
    expect(ws.getCell("B10").formula).toBe("SUM(B5:B9)");
    const [table] = ws.getTables() as unknown as { table: { columns: { filterButton?: boolean }[] } }[];
    expect(table.table.columns.map((c) => c.filterButton ?? false)).toEqual([false, false, false]);
  });
});

describe("addTemplateSheet", () => {
  it("gives a second budget its own rate name, used by its own formulas", async () => {
    const wb = new ExcelJS.Workbook();
    addTemplateSheet(wb, buildTemplate("budget", "isu-budget-2026"));
    addTemplateSheet(wb, buildTemplate("budget"));
    const { wb: back } = await roundTrip(wb, "two-budgets.xlsx");
    expect(back.definedNames.model).toEqual([
      { name: "SocialChargesRate", ranges: ["'ISU Budget 2026'!$B$1"] },
      { name: "SocialChargesRate_2", ranges: ["Budget!$B$1"] },
    ]);
    expect(back.worksheets.map((ws) => ws.getCell("B6").formula)).toEqual(["ROUND(SocialChargesRate*B5,0)", "ROUND(SocialChargesRate_2*B5,0)"]);
  });

  it("never replaces a sheet or a table: a second insert gets free names, and the core reads both", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Activities").getCell("A1").value = "the user's own sheet";
    const first = addTemplateSheet(wb, buildTemplate("activities", "sdr-2025-2026"));
    const second = addTemplateSheet(wb, buildTemplate("activities", "sdr-2025-2026"));
    const third = addTemplateSheet(wb, buildTemplate("activities", undefined, { today: "2026-01-15" }));
    expect([first.name, second.name, third.name]).toEqual(["SDR Workplan 2025-2026", "SDR Workplan 2025-2026 (2)", "Activities (2)"]);
    const { path, wb: back } = await roundTrip(wb, "several.xlsx");
    expect(back.getWorksheet("Activities")!.getCell("A1").value).toBe("the user's own sheet");
    const tableNames = back.worksheets.flatMap((ws) => (ws.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name));
    expect(tableNames).toEqual(["Activities", "Activities_2", "Activities_3"]);
    const { snapshot } = await readXlsx(path, "several.xlsx", "several.xlsx", statSync(path).size);
    expect(snapshot.sheets.map((s) => s.tables?.map((t) => t.name))).toEqual([undefined, ["Activities"], ["Activities_2"], ["Activities_3"]]);
  });
});
