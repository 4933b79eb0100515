import { resolveSettings, ReportSchema, toReport, validateWorkbook } from "../../../src/core";
import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { FakeAppsScript, formatDate } from "./fake-apps-script";
import { EXAMPLE_FILE, exampleSeedSheets, loadCode, overTheWire, TIME_ZONE } from "./load-code";

const AS_OF = "2026-03-01";

function setup(timeZone = TIME_ZONE) {
  const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone, sheets: exampleSeedSheets(timeZone) });
  return { fake, ...loadCode(fake) };
}

/** What the command line computes on the same workbook. */
const coreReport = (settings = { asOf: AS_OF }) => toReport(validateWorkbook(exampleSnapshot(), resolveSettings(settings, AS_OF)), EXAMPLE_FILE);

describe("validate (google.script.run target) on the example workbook", () => {
  test("returns the same report as the core on exampleSnapshot(); budget total CHF 514'753", () => {
    const { globals } = setup();
    const report = overTheWire(globals.validate({ asOf: AS_OF }));
    const expected = coreReport();
    expect(ReportSchema.parse(report)).toEqual(overTheWire(expected));
    expect(report.issues.map((i: { code: string; sheet: string; cell: string }) => `${i.sheet}!${i.cell} ${i.code}`))
      .toEqual(expected.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`));
    expect(report.rollups.budget[0].total).toBe(514753);
    // The outreach log's real date cells were read as dates: their future-date findings prove it.
    expect(report.issues.filter((i: { code: string }) => i.code === "outreach.future-date")).toHaveLength(7);
  });

  test("dates are read in the spreadsheet's time zone, not the machine's", () => {
    // Midnight in Auckland is the previous day in UTC; the report must not shift the dates.
    const { globals } = setup("Pacific/Auckland");
    expect(overTheWire(globals.validate({ asOf: AS_OF }))).toEqual(overTheWire(coreReport()));
  });

  test("one getValues and one getMergedRanges per sheet, nothing written", () => {
    const { fake, globals } = setup();
    globals.validate({ asOf: AS_OF });
    for (const s of EXAMPLE_SHEETS) {
      expect([s.name, fake.count("Range.getValues", s.name), fake.count("Range.getMergedRanges", s.name)]).toEqual([s.name, 1, 1]);
    }
    expect(fake.count("Range.getValues")).toBe(EXAMPLE_SHEETS.length);
    expect(fake.count("Range.getBackgrounds")).toBe(0);
    expect(fake.writes()).toEqual([]);
  });

  test("merged cells reach the core's cell.merged rule", () => {
    const sheets = exampleSeedSheets();
    const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: sheets.map((s) => (s.name === "SDR Workplan 2025-2026" ? { ...s, merged: ["B3:B5"] } : s)) });
    const report = loadCode(fake).globals.validate({ asOf: AS_OF });
    expect(report.issues.filter((i: { code: string }) => i.code === "cell.merged").map((i: { sheet: string; cell: string }) => `${i.sheet}!${i.cell}`))
      .toEqual(["SDR Workplan 2025-2026!B3"]);
  });

  test("blank strings are blanks and error values stay text", () => {
    const fake = new FakeAppsScript({
      name: "Budget", timeZone: TIME_ZONE,
      sheets: [{ name: "Budget 2026", values: [["COST", "Amount in CHF", "NOTES"], ["Travel", "#REF!", ""], ["Other", 100, ""], ["", "", ""], ["Total", 100, ""]] }],
    });
    const report = loadCode(fake).globals.validate({ asOf: AS_OF });
    expect(report.issues.map((i: { code: string; cell: string }) => `${i.cell} ${i.code}`)).toContain("B2 cell.error-value");
  });

  test("the add-on's own rollup sheet is not read", () => {
    const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: [...exampleSeedSheets(), { name: "Workplan Rollups", values: [["Budget"], ["Line", "Amount (CHF)"], ["Salaries", "oops"]] }] });
    loadCode(fake).globals.validate({ asOf: AS_OF });
    expect(fake.count("Range.getValues", "Workplan Rollups")).toBe(0);
  });

  test("invalid settings are refused with a readable error", () => {
    const { globals } = setup();
    expect(() => globals.validate({ asOf: "1 March" })).toThrow(/asOf|YYYY-MM-DD/);
  });

  test("without an as-of date, today is taken in the spreadsheet's time zone", () => {
    const { globals } = setup("Pacific/Kiritimati"); // UTC+14: its date differs from UTC's for 14 hours a day
    const before = formatDate(new Date(), "Pacific/Kiritimati", "yyyy-MM-dd");
    const report = globals.validate(null);
    const after = formatDate(new Date(), "Pacific/Kiritimati", "yyyy-MM-dd");
    expect([before, after]).toContain(report.asOf);
  });

  test("settings round trip through document properties; loadSettings is plain JSON", () => {
    const { fake, globals } = setup();
    expect(overTheWire(globals.loadSettings())).toEqual({});
    globals.saveSettings({ asOf: AS_OF, planWindow: { start: "2025-01", end: "2026-12" }, milestones: { Retreat: "2026-01" } });
    expect(overTheWire(globals.loadSettings())).toEqual({ asOf: AS_OF, planWindow: { start: "2025-01", end: "2026-12" }, milestones: { Retreat: "2026-01" } });
    expect(() => globals.saveSettings({ currency: "Swiss francs" })).toThrow(/Settings not saved/);
    expect([...fake.properties.keys()]).toEqual(["workplanCheck.settings"]);
  });

  test("Validate from the menu uses the saved settings and shows the counts in a toast", () => {
    const { fake, globals } = setup();
    globals.saveSettings({ asOf: AS_OF });
    globals.validateFromMenu();
    const c = coreReport().counts;
    expect(fake.toasts).toHaveLength(1);
    expect(fake.toasts[0].title).toBe("Workplan Check");
    expect(fake.toasts[0].message).toContain(`${c.error} errors, ${c.warning} warnings, ${c.info} info`);
    expect(fake.toasts[0].message).toContain("CHF 514'753");
  });

  test("selectCell activates the sheet and the cell", () => {
    const { fake, globals } = setup();
    globals.selectCell("ISU Budget 2026", "B9");
    expect(fake.spreadsheet.activeSheet?.name).toBe("ISU Budget 2026");
    expect(fake.spreadsheet.activeRange).toBe("B9");
    expect(() => globals.selectCell("Gone", "A1")).toThrow(/no sheet named "Gone"/);
    expect(() => globals.selectCell("ISU Budget 2026", "B9:C10; DROP")).toThrow(/not a cell reference/);
  });
});
