/**
 * What real Excel does that the happy path never meets (issue #12): each test here failed on the adapter before
 * its fix. Microsoft's runtime (office-runtime.ts) where the request matters, office-addin-mock (fake-excel.ts)
 * where the document's behaviour does.
 */
import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { type Report, resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { isoToExcelSerial } from "../../../src/core/parse/date";
import { buildTemplate } from "../../../src/core/templates";
import { ExcelBridge } from "../../../src/hosts/excel/excel-bridge";
import { applyFill, fillOf } from "../../../src/hosts/excel/fill";
import { clearHighlights, highlightIssues } from "../../../src/hosts/excel/highlight";
import { insertTemplate } from "../../../src/hosts/excel/insert-template";
import { readWorkbook } from "../../../src/hosts/excel/read-workbook";
import { MAX_SHEET_CELLS } from "../../../src/hosts/excel/read-limits";
import { ROLLUP_TITLE } from "../../../src/hosts/excel/rollup-layout";
import { writeRollups } from "../../../src/hosts/excel/write-rollups";
import { ENGLISH_LOCALE } from "../../../src/panel/i18n";
import { ROLLUP_SHEET } from "../../../src/panel/bridge";
import { exampleSpecs, FakeExcel, FakeSettings, solid, tinted } from "./fake-excel";
import { RuntimeWorkbook } from "./office-runtime";

const report = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({}, "2026-03-01")), "examples.xlsx");
const runtimeSpecs = () => exampleSpecs(EXAMPLE_SHEETS).map((s) => ({ name: s.name, values: s.values, formats: s.numberFormat }));

describe("merged areas past Excel's 512 per call", () => {
  /** 600 two-cell merges down columns H:I, beside a work plan. */
  const manyMerges = Array.from({ length: 600 }, (_, i) => `H${i + 1}:I${i + 1}`);

  test("are all read, in pieces, and the rest of the workbook with them", async () => {
    const specs = runtimeSpecs();
    const wb = new RuntimeWorkbook([...specs.slice(0, 1), { name: "Merged report", values: Array.from({ length: 600 }, (_, i) => ["", "", "", "", "", "", "", `Row ${i + 1}`, ""]), merged: manyMerges }, ...specs.slice(1)]);
    const snapshot = await readWorkbook(wb.context(), { mergedAreas: true });
    const merged = snapshot.sheets[1];
    expect(merged.merged).toHaveLength(600);
    expect(merged.merged![599]).toEqual({ top: 600, left: 8, bottom: 600, right: 9 });
    expect(snapshot.sheets.map((s) => s.name)).toEqual([EXAMPLE_SHEETS[0].name, "Merged report", ...EXAMPLE_SHEETS.slice(1).map((s) => s.name)]);
    expect(snapshot.sheets[2].values).toEqual(exampleSnapshot().sheets[1].values.map((r) => expect.arrayContaining(r.filter((v) => v !== null))));
    expect(wb.requests.length).toBeLessThan(20);
  });
});

describe("protected sheets", () => {
  const sheetA = report.issues[0].sheet;
  const specsWith = (allowFormatCells: boolean) => runtimeSpecs().map((s) => (s.name === sheetA ? { ...s, protected: true, allowFormatCells } : s));

  test("highlighting leaves a sheet that forbids formatting alone, colours the others and names it", async () => {
    const wb = new RuntimeWorkbook(specsWith(false));
    const bag = new FakeSettings();
    const result = await highlightIssues(wb.context(), bag, report);
    expect(result.protectedSheets).toEqual([sheetA]);
    const others = report.issues.filter((i) => i.sheet !== sheetA && /^[A-Z]+\d+$/.test(i.cell));
    expect(new Set(others.map((i) => `${i.sheet}!${i.cell}`)).size).toBe(result.cells);
    expect(wb.fill(others[0].sheet, others[0].cell).pattern).toBe("Solid");
    expect(wb.fill(sheetA, report.issues[0].cell).pattern).toBe("None");
    expect(ENGLISH_LOCALE.text.status.highlighted(result.cells, result.protectedSheets ?? [])).toMatch(new RegExp(`^Highlighted ${result.cells} cells\\. The sheet “${sheetA}” is protected against formatting cells`));
    // Clearing puts the others back and names the protected sheet again.
    const cleared = await clearHighlights(wb.context(), bag);
    expect(cleared).toEqual({ cells: result.cells }); // nothing was coloured there, nothing to put back
  });

  test("a protection that allows formatting cells is highlighted as usual", async () => {
    const wb = new RuntimeWorkbook(specsWith(true));
    const result = await highlightIssues(wb.context(), new FakeSettings(), report);
    expect(result.protectedSheets).toBeUndefined();
    expect(wb.fill(sheetA, report.issues[0].cell).pattern).toBe("Solid");
  });

  test("a cell highlighted before its sheet was protected stays recorded for a later clear", async () => {
    const wb = new RuntimeWorkbook(runtimeSpecs());
    const bag = new FakeSettings();
    await highlightIssues(wb.context(), bag, report);
    wb.sheet(sheetA).protected = true;
    const cleared = await clearHighlights(wb.context(), bag);
    expect(cleared.protectedSheets).toEqual([sheetA]);
    wb.sheet(sheetA).protected = false;
    const later = await clearHighlights(wb.context(), bag);
    expect(later.cells).toBeGreaterThan(0);
    expect(wb.fill(sheetA, report.issues[0].cell).pattern).toBe("None");
  });
});

describe("a workbook on the 1904 date system", () => {
  test("dates read as the same day (not 1,462 days early)", async () => {
    const wb = new RuntimeWorkbook(runtimeSpecs().map((s) => ({ ...s, values: s.values.map((r, ri) => r.map((v, c) => (typeof v === "number" && /yy/.test(s.formats?.[ri]?.[c] ?? "") ? v - 1462 : v))) })));
    wb.date1904 = true;
    const snapshot = await readWorkbook(wb.context());
    const outreach = snapshot.sheets.find((s) => s.name.startsWith("Outreach"))!;
    expect(outreach.values[2][1]).toEqual({ date: "2026-01-20" });
  });

  test("rollup month headers and template dates are written as 1904 serials (not four years late)", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    excel.date1904 = true;
    await writeRollups(excel.context, report);
    const firstMonth = report.rollups.timeline[0].months[0];
    const written = Object.values(excel.values(ROLLUP_SHEET)).filter((v) => typeof v === "number");
    expect(written).toContain(isoToExcelSerial(`${firstMonth}-01`) - 1462);
    expect(written).not.toContain(isoToExcelSerial(`${firstMonth}-01`));

    const t = buildTemplate("outreach", "outreach-illustrative", { today: "2026-01-15" });
    const { sheet } = await insertTemplate(excel.context, t);
    const serials = Object.entries(excel.values(sheet)).filter(([cell]) => excel.formats(sheet)[cell]?.includes("yy")).map(([, v]) => v as number);
    expect(serials.length).toBeGreaterThan(0);
    expect(serials).toContain(isoToExcelSerial("2026-01-20") - 1462);
  });
});

describe("a user editing a cell", () => {
  test("the bridge asks Excel to wait for the edit (delayForCellEdit) instead of failing", async () => {
    const wb = new RuntimeWorkbook(runtimeSpecs());
    wb.editingCell = true;
    (globalThis as Record<string, unknown>).Excel = { run: wb.run };
    try {
      const bridge = new ExcelBridge({ settings: () => new FakeSettings(), today: () => "2026-03-01", documentName: () => "examples.xlsx", mergedAreas: () => false });
      const r = await bridge.validate({});
      expect(r.rollups.budget[0].total).toBe(514753);
    } finally {
      delete (globalThis as Record<string, unknown>).Excel;
    }
  });

  test("a host that cannot wait gets a plain message, not InvalidOperationInCellEditMode", async () => {
    const wb = new RuntimeWorkbook(runtimeSpecs());
    wb.editingCell = true;
    const bridge = new ExcelBridge({ run: (batch) => batch(wb.context()), settings: () => new FakeSettings(), today: () => "2026-03-01", documentName: () => "x.xlsx", mergedAreas: () => false });
    await expect(bridge.validate({})).rejects.toThrow(/^Excel is waiting for you to finish editing a cell, so Workplan Check could not read the workbook\. Press Enter/);
    await expect(bridge.highlight(report)).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe('a sheet named "workplan rollups" (Excel ignores case in sheet names)', () => {
  test("the user's own sheet is left alone with a message naming it, not ItemAlreadyExists", async () => {
    const wb = new RuntimeWorkbook([...runtimeSpecs(), { name: "workplan rollups", values: [["My notes"]] }]);
    await expect(writeRollups(wb.context(), report)).rejects.toThrow(/^A sheet named "workplan rollups" already exists and was not written by Workplan Check/);
    expect(wb.sheet("workplan rollups").values.get("A1")).toBe("My notes");
    expect(wb.sheets.filter((s) => s.name.toLowerCase() === ROLLUP_SHEET.toLowerCase())).toHaveLength(1);
  });

  test("the add-in's own sheet renamed in lower case is refreshed in place, and never read as a work plan", async () => {
    const wb = new RuntimeWorkbook(runtimeSpecs());
    await writeRollups(wb.context(), report);
    wb.sheet(ROLLUP_SHEET).name = "workplan rollups";
    expect(await writeRollups(wb.context(), report)).toEqual({ sheet: "workplan rollups" });
    expect(wb.sheet("workplan rollups").values.get("A1")).toBe(ROLLUP_TITLE);
    const snapshot = await readWorkbook(wb.context());
    expect(snapshot.sheets.map((s) => s.name)).toEqual(EXAMPLE_SHEETS.map((s) => s.name));
  });
});

describe("inserting a template while another sheet is active", () => {
  test("the table and the frozen panes land on the new sheet, not on the active one", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    excel.activeSheet = EXAMPLE_SHEETS[1].name;
    const t = buildTemplate("activities", undefined, { today: "2026-01-15" });
    const { sheet } = await insertTemplate(excel.context, t);
    expect(excel.tablesList.map((x) => x.sheet)).toEqual([sheet]);
    expect(excel.sheet(sheet).frozen).toEqual({ rows: t.freezeRows, columns: t.freezeColumns });
    expect(excel.sheet(EXAMPLE_SHEETS[1].name).frozen).toBeUndefined();
  });
});

describe("a tinted fill (a theme colour, lighter 40%)", () => {
  test("is put back as it was, the tint not applied twice", async () => {
    const shown = tinted("#4472C4", 0.4);
    const original = { color: shown, pattern: "Solid", patternColor: null, tintAndShade: 0.4 };
    const cell = report.issues[0];
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS).map((s) => (s.name === cell.sheet ? { ...s, fills: { [cell.cell]: original } } : s)));
    const bag = new FakeSettings();
    await highlightIssues(excel.context, bag, report);
    expect(excel.fill(cell.sheet, cell.cell)).not.toEqual(original);
    await clearHighlights(excel.context, bag);
    expect(excel.fill(cell.sheet, cell.cell).color).toBe(shown);
    expect(fillOf(original)).toEqual({ color: shown, tint: 0.4 });
    const set: Record<string, unknown> = {};
    applyFill(set as unknown as Excel.RangeFill, { color: shown, tint: 0.4 });
    expect(set).toEqual({ color: shown });
    void solid;
  });
});

describe("a used range of A1:XFD1048576", () => {
  test("is refused up front with a message naming the sheet, in a handful of requests (not 174,763)", async () => {
    const wb = new RuntimeWorkbook([...runtimeSpecs(), { name: "Stray format", values: [["Title"]] }]);
    wb.sheet("Stray format").values.set("XFD1048576", " ");
    wb.maxRequests = 20;
    const error = await readWorkbook(wb.context()).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^The sheet "Stray format" uses A1:XFD1048576 \(17,179,869,184 cells\), more than Workplan Check reads from one sheet \(3,000,000 cells\)/);
    expect(wb.requests.length).toBeLessThanOrEqual(4);
    expect(MAX_SHEET_CELLS).toBe(3_000_000);
  });

  test("the workbook cap counts every sheet", async () => {
    const wb = new RuntimeWorkbook(runtimeSpecs());
    const error = await readWorkbook(wb.context(), { sheetCap: 10_000, workbookCap: 100 }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(/^The sheets of this workbook use [\d,]+ cells in all, more than Workplan Check reads from one workbook \(100 cells\); the largest: "/);
  });
});

void ({} as Report);
