import { GANTT_FILL } from "../../../src/hosts/sheets/rollup-layout";
import { FakeAppsScript, type FakeSheet, type SeedSheet } from "./fake-apps-script";
import { EXAMPLE_FILE, exampleSeedSheets, loadCode, overTheWire, TIME_ZONE } from "./load-code";
import { rollupViewSections } from "../../../src/views/rollup-views";

const AS_OF = "2026-03-01";
const ROLLUPS = "Workplan Rollups";

function setup(sheets: SeedSheet[] = exampleSeedSheets()) {
  const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets });
  const { run, context } = loadCode(fake);
  return { fake, globals: run, context }; // as the sidebar calls it: google.script.run
}

const snapshotOf = (fake: FakeAppsScript) =>
  Object.fromEntries(fake.spreadsheet.sheets.filter((s) => s.name !== ROLLUPS).map((s) => [s.name, JSON.stringify([...s.cells])]));

/** Row numbers (1-based) whose column A equals `label`. */
function rowsLabelled(sheet: FakeSheet, label: string): number[] {
  const out: number[] = [];
  for (let r = 1; r <= sheet.extent().rows; r++) if (sheet.peek(r, 1)?.value === label) out.push(r);
  return out;
}

describe("write rollups", () => {
  test("writes only the Workplan Rollups sheet: budget, Gantt and deliverables", () => {
    const { fake, globals } = setup();
    const report = overTheWire(globals.validate({ asOf: AS_OF }));
    const before = snapshotOf(fake);
    fake.resetCalls();
    expect(overTheWire(globals.writeRollups({ asOf: AS_OF }))).toEqual({ sheet: ROLLUPS });

    expect(fake.writes().length).toBeGreaterThan(0);
    for (const c of fake.writes()) expect([c.method, c.sheet]).toEqual([c.method, ROLLUPS]);
    expect(snapshotOf(fake)).toEqual(before);

    const sheet = fake.spreadsheet.sheet(ROLLUPS);
    const [total] = rowsLabelled(sheet, "Total (sum of lines)");
    expect(sheet.peek(total, 2)?.value).toBe(514753);
    // Shown as CHF 514'753 (Sheets needs the literal apostrophe escaped).
    expect(sheet.peek(total, 2)?.numberFormat).toBe(`[>=1000000]"CHF "#\\'###\\'##0;[>=1000]"CHF "#\\'##0;"CHF "0`);
    expect(sheet.peek(rowsLabelled(sheet, "Salaries")[0], 2)?.value).toBe(378961);
    expect(rowsLabelled(sheet, "Deliverables")).toHaveLength(1);
    expect(rowsLabelled(sheet, "Timeline — SDR Workplan 2025-2026")).toHaveLength(1);

    // Gantt: "Drafting of the report …" is May 2026 only.
    const header = rowsLabelled(sheet, "Timeline — SDR Workplan 2025-2026")[0] + 1;
    const months: string[] = [];
    for (let c = 5; sheet.peek(header, c)?.value; c++) months.push(String(sheet.peek(header, c)!.value));
    expect(months).toContain("2026-05");
    const drafting = rowsLabelled(sheet, "Drafting of the report from the April 2026 meeting.")[0];
    const filled = months.filter((_, i) => sheet.peek(drafting, 5 + i)?.background === GANTT_FILL);
    expect(filled).toEqual(["2026-05"]);

    // Batched: one setValues per block, one setBackgrounds per Gantt.
    expect(fake.count("Range.setValues", ROLLUPS)).toBe(1 + report.rollups.budget.length + report.rollups.budget.filter((b: { sections: unknown[] }) => b.sections.length > 0).length + report.rollups.budget.filter((b: { columns: unknown[] }) => b.columns.length > 1).length + report.rollups.staffing.length + report.rollups.funding.length + report.rollups.execution.length + report.rollups.timeline.length + rollupViewSections(report).length + 1);
    expect(fake.count("Range.setBackgrounds", ROLLUPS)).toBe(report.rollups.timeline.length);
    // The server read each sheet once, afresh (the sidebar sent its settings, not the report), and never the rollup sheet.
    expect(fake.count("Range.getValues")).toBe(fake.spreadsheet.sheets.length - 1);
    expect(fake.count("Range.getValues", ROLLUPS)).toBe(0);
    expect(fake.spreadsheet.activeSheet?.name).toBe(ROLLUPS);
  });

  test("a new sheet has columns A–Z only: the sheet grows to fit a two-year Gantt, once", () => {
    const { fake, globals } = setup();
    const report = globals.validate({ asOf: AS_OF });
    const widest = 4 + Math.max(...report.rollups.timeline.map((t: { months: string[] }) => t.months.length));
    expect(widest).toBeGreaterThan(26); // what makes this test able to fail
    globals.writeRollups({ asOf: AS_OF });
    const sheet = fake.spreadsheet.sheet(ROLLUPS);
    expect(sheet.maxColumns).toBe(widest);
    expect(fake.count("Sheet.insertColumnsAfter", ROLLUPS)).toBe(1);
    fake.resetCalls();
    globals.writeRollups({ asOf: AS_OF }); // Sheet.clear() keeps the columns: nothing to add
    expect(fake.count("Sheet.insertColumnsAfter", ROLLUPS)).toBe(0);
  });

  test("cell text is written as literal text: no formulas, no dates", () => {
    const sheets = exampleSeedSheets();
    const sdr = sheets.find((s) => s.name === "SDR Workplan 2025-2026")!;
    const rows = sdr.values.map((r) => [...r]);
    rows[4][0] = '=IMPORTXML("http://example.invalid","//a")';
    const { fake, globals } = setup(sheets.map((s) => (s === sdr ? { ...s, values: rows } : s)));
    globals.writeRollups({ asOf: AS_OF });
    const sheet = fake.spreadsheet.sheet(ROLLUPS);
    const formulas = [...sheet.cells.values()].filter((c) => c.formula !== undefined);
    expect(formulas).toEqual([]);
    expect(rowsLabelled(sheet, '=IMPORTXML("http://example.invalid","//a")')).toHaveLength(1);
  });

  test("writing again clears and rewrites the same sheet", () => {
    const { fake, globals } = setup();
    const report = globals.validate({ asOf: AS_OF });
    globals.writeRollups({ asOf: AS_OF });
    const first = JSON.stringify([...fake.spreadsheet.sheet(ROLLUPS).cells]);
    fake.resetCalls();
    globals.writeRollups({ asOf: AS_OF });
    expect(fake.count("Spreadsheet.insertSheet")).toBe(0);
    expect(fake.count("Sheet.clear", ROLLUPS)).toBe(1);
    expect(fake.spreadsheet.sheets.filter((s) => s.name === ROLLUPS)).toHaveLength(1);
    expect(JSON.stringify([...fake.spreadsheet.sheet(ROLLUPS).cells])).toBe(first);
  });

  test("a user's own sheet named Workplan Rollups is never cleared", () => {
    const { fake, globals } = setup([...exampleSeedSheets(), { name: ROLLUPS, values: [["my notes"]] }]);
    const report = globals.validate({ asOf: AS_OF });
    expect(() => globals.writeRollups({ asOf: AS_OF })).toThrow(/not created by Workplan Check/);
    expect(fake.spreadsheet.sheet(ROLLUPS).valueAt("A1")).toBe("my notes");
    expect(fake.writes()).toEqual([]);
  });

  test("the menu command writes and reports in a toast", () => {
    const { fake, globals } = setup();
    globals.saveSettings({ asOf: AS_OF });
    globals.writeRollupsFromMenu();
    expect(fake.toasts[0].message).toMatch(/^Rollups written to "Workplan Rollups"\. .*CHF 514'753/);
  });
});
