import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { panelView, PanelViewSchema } from "../../../src/panel/panel-view";
import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { FakeAppsScript, formatDate, midnightIn } from "./fake-apps-script";
import { EXAMPLE_FILE, exampleSeedSheets, loadCode, overTheWire, TIME_ZONE } from "./load-code";

const AS_OF = "2026-03-01";

function setup(timeZone = TIME_ZONE) {
  const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone, sheets: exampleSeedSheets(timeZone) });
  return { fake, ...loadCode(fake) };
}

/** What the command line computes on the same workbook, as the sidebar gets it (its panel view). */
const coreReport = (settings = { asOf: AS_OF }) => panelView(toReport(validateWorkbook(exampleSnapshot(), resolveSettings(settings, AS_OF)), EXAMPLE_FILE));

describe("validate (google.script.run target) on the example workbook", () => {
  test("returns the same report as the core on exampleSnapshot(); budget total CHF 514'753", () => {
    const { globals } = setup();
    const report = overTheWire(globals.validate({ asOf: AS_OF }));
    const expected = coreReport();
    expect(PanelViewSchema.parse(report)).toEqual(overTheWire(expected));
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

  test("the add-on's own rollup sheet (by its id) is not read; a user's sheet of that name is", () => {
    const theirs = { name: "Workplan Rollups", values: [["COST", "Amount in CHF", "NOTES"], ["Travel", 100, ""], ["Other", 50, ""], ["Total", 100, ""]] };
    const own = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: [...exampleSeedSheets(), theirs] });
    own.properties.set("workplanCheck.rollupSheetId", String(own.spreadsheet.sheet("Workplan Rollups").id));
    loadCode(own).globals.validate({ asOf: AS_OF });
    expect(own.count("Range.getValues", "Workplan Rollups")).toBe(0);

    // Not created by the add-on: it is the user's budget, checked like any other sheet.
    const user = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: [...exampleSeedSheets(), theirs] });
    const report = loadCode(user).run.validate({ asOf: AS_OF });
    expect(report.tables.map((t: { sheet: string }) => t.sheet)).toContain("Workplan Rollups");
    expect(report.issues.map((i: { sheet: string; cell: string; code: string }) => `${i.sheet}!${i.cell} ${i.code}`)).toContain("Workplan Rollups!B4 budget.total-mismatch");
  });

  test("time-of-day and duration cells are not read as the date 1899-12-30", () => {
    // What getValues() gives for 10:30 and for a 36-hour duration: Dates on Sheets' day zero.
    const at = (day: string, h: number, m: number) => new Date(midnightIn(day, TIME_ZONE).getTime() + (h * 60 + m) * 60_000);
    const fake = new FakeAppsScript({
      name: "Plan", timeZone: TIME_ZONE,
      sheets: [{ name: "Log", values: [["State", "Date", "Stage", "Lead"], ["State A", at("1899-12-30", 10, 30), "Contacted", "Norway"], ["State B", at("1899-12-31", 12, 0), "Contacted", "Norway"], ["State C", midnightIn("2026-01-10", TIME_ZONE), "Contacted", "Norway"]] }],
    });
    const report = loadCode(fake).run.validate({ asOf: AS_OF });
    const found = report.issues.map((i: { cell: string; code: string; message: string }) => `${i.cell} ${i.code}`);
    expect(found).toContain("B2 date.unreadable");
    expect(found).toContain("B3 date.unreadable");
    expect(found).not.toContain("B4 date.unreadable");
    const texts = report.issues.filter((i: { code: string }) => i.code === "date.unreadable").map((i: { message: string }) => i.message).join(" ");
    expect(texts).toContain("10:30");
    expect(texts).toContain("36:00");
    expect(JSON.stringify(report)).not.toContain("1899");
  });

  test("one Utilities.formatDate per distinct date value, not per cell", () => {
    const rows: unknown[][] = [["State", "Date", "Stage", "Lead"]];
    for (let i = 0; i < 2000; i++) rows.push([`State ${i}`, midnightIn(`2026-01-${String(1 + (i % 20)).padStart(2, "0")}`, TIME_ZONE), "Contacted", "Norway"]);
    const fake = new FakeAppsScript({ name: "Plan", timeZone: TIME_ZONE, sheets: [{ name: "Log", values: rows }] });
    loadCode(fake).run.validate({ asOf: AS_OF });
    // 20 distinct dates, and one more call for today.
    expect(fake.count("Utilities.formatDate")).toBeLessThanOrEqual(21);
  });

  test("a sheet past the cell limit is not read; the report names it", () => {
    const huge = { name: "Huge import", values: [["x"]], filledTo: { rows: 100_001, columns: 20 } }; // A1:T100001
    const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets: [...exampleSeedSheets(), huge] });
    const report = loadCode(fake).run.validate({ asOf: AS_OF });
    expect(fake.count("Range.getValues", "Huge import")).toBe(0);
    const issue = report.issues.find((i: { code: string }) => i.code === "sheet.too-large");
    expect(issue).toMatchObject({ sheet: "Huge import", cell: "A1", severity: "error" });
    expect(issue.message).toBe("The sheet 'Huge import' was not checked: it has 2'000'020 cells, more than the 2'000'000 a sheet may have. Delete unused rows and columns, or split it.");
    expect(report.valid).toBe(false);
    // The rest of the workbook is still checked.
    expect(report.rollups.budget[0].total).toBe(514753);

    // The workbook limit: what the first sheets used is not left for the last one.
    const big = (name: string) => ({ name, values: [["x"]], filledTo: { rows: 75_000, columns: 20 } }); // 1.5M cells each
    const three = new FakeAppsScript({ name: "Big", timeZone: TIME_ZONE, sheets: [big("One"), big("Two"), big("Three")] });
    const tooMany = loadCode(three).run.validate({ asOf: AS_OF }).issues.filter((i: { code: string }) => i.code === "sheet.too-large");
    expect(tooMany.map((i: { sheet: string; message: string }) => [i.sheet, i.message])).toEqual([
      ["Three", "The sheet 'Three' was not checked: it has 1'500'000 cells, more than the 1'000'000 left of the limit for the whole workbook. Delete unused rows and columns, or split it."],
    ]);
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
