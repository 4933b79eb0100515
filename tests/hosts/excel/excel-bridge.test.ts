import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { ReportSchema, resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { ExcelBridge, fileNameOf, type Run } from "../../../src/hosts/excel/excel-bridge";
import { SETTINGS_KEY } from "../../../src/hosts/excel/settings-store";
import { exampleSpecs, FakeExcel, FakeSettings } from "./fake-excel";

const FILE = "workplan-check-examples.xlsx";
const TODAY = "2026-03-01";

function bridgeOn(excel: FakeExcel, bag = new FakeSettings()) {
  const run: Run = (batch) => batch(excel.context);
  return new ExcelBridge({ run, settings: () => bag, today: () => TODAY, documentName: () => FILE, mergedAreas: () => true });
}

describe("ExcelBridge.validate", () => {
  test("gives the core's report on the example workbook (same issues and rollups as the command line), in two requests", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const sync = jest.spyOn(excel.context, "sync");
    const report = await bridgeOn(excel).validate({});
    expect(sync).toHaveBeenCalledTimes(2);
    const expected = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({}, TODAY)), FILE);
    expect(report).toEqual(expected);
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.rollups.budget[0].total).toBe(514753);
    expect(report.issues.length).toBeGreaterThan(0);
  });

  test("settings reach the core (as-of date, plan window)", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const settings = { asOf: "2026-12-31", planWindow: { start: "2026-01", end: "2026-12" } };
    const report = await bridgeOn(excel).validate(settings);
    expect(report.asOf).toBe("2026-12-31");
    expect(report).toEqual(toReport(validateWorkbook(exampleSnapshot(), resolveSettings(settings, TODAY)), FILE));
  });

  test("reports progress and rejects settings that do not fit the schema", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const labels: string[] = [];
    await bridgeOn(excel).validate({}, (_d, _t, label) => labels.push(label));
    expect(labels).toContain("Reading the workbook");
    expect(labels[labels.length - 1]).toBe("Checking the tables");
    await expect(bridgeOn(excel).validate({ asOf: "1 March" } as never)).rejects.toThrow();
  });
});

describe("ExcelBridge, other operations", () => {
  test("selectCell activates the sheet and selects the cell in one request", async () => {
    const excel = new FakeExcel([{ name: "Plan", values: [["a"]] }, { name: "ISU Budget 2026", values: [["b"]] }]);
    const sync = jest.spyOn(excel.context, "sync");
    await bridgeOn(excel).selectCell("ISU Budget 2026", "B9");
    expect(sync).toHaveBeenCalledTimes(1);
    expect(excel.writes.map((w) => [w.sheet, w.address, w.path])).toEqual([["ISU Budget 2026", "", "activate"], ["ISU Budget 2026", "B9", "select"]]);
  });

  test("settings are saved in the document (they travel with the file) and read back", async () => {
    const bag = new FakeSettings();
    const bridge = bridgeOn(new FakeExcel([]), bag);
    expect(await bridge.loadSettings()).toEqual({});
    await bridge.saveSettings({ currency: "CHF", actionRange: { from: 1, to: 50 } });
    expect(bag.saves).toBe(1);
    expect(JSON.parse(String(bag.saved.get(SETTINGS_KEY)))).toEqual({ currency: "CHF", actionRange: { from: 1, to: 50 } });
    expect(await bridge.loadSettings()).toEqual({ currency: "CHF", actionRange: { from: 1, to: 50 } });
  });
});

describe("fileNameOf", () => {
  test.each([
    ["https://contoso.sharepoint.com/sites/isu/Shared%20Documents/ISU%20Workplan%202026.xlsx?web=1", "ISU Workplan 2026.xlsx"],
    ["C:\\Users\\me\\Documents\\plan 2025-2026.xlsx", "plan 2025-2026.xlsx"],
    ["https://d.docs.live.net/abc/bad%E0%A4%A.xlsx", "bad%E0%A4%A.xlsx"],
    ["", undefined],
    [null, undefined],
  ])("%s → %s", (url, name) => expect(fileNameOf(url)).toBe(name));
});
