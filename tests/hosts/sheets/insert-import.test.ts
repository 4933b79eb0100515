/**
 * insertImport (google.script.run target) through the BUILT Code.js in a vm, on the strict Apps Script
 * fake: the pasted timeline becomes a new activities sheet with a free name; nothing else changes.
 */
import { FakeAppsScript, type FakeSheet, type SeedSheet } from "./fake-apps-script";
import { loadCode, overTheWire, TIME_ZONE } from "./load-code";

const PASTE = "Timeline\n\nFebruary 2026\nFirst meeting in the Informal Working Group on Universalisation.\nMarch 2026\n• Finalise support package for universalisation.\n• Finalise a top-15 list of prioritised countries.\nSpring 2026\n• Workshop\n";

function setup(sheets: SeedSheet[]) {
  const fake = new FakeAppsScript({ name: "Work plan 2026", timeZone: TIME_ZONE, sheets });
  return { fake, ...loadCode(fake) };
}
const stateOf = (s: FakeSheet) => JSON.stringify({ cells: [...s.cells], rows: s.maxRows, columns: s.maxColumns, frozen: [s.frozenRows, s.frozenColumns] });

describe("insertImport", () => {
  test("adds one sheet with a free name holding the rows as written, changes no other sheet, validates", () => {
    const { fake, globals } = setup([{ name: "Notes", values: [["my notes"]] }, { name: "Work plan 2026", values: [["keep me"]] }]);
    const before = fake.spreadsheet.sheets.map(stateOf);
    fake.resetCalls();
    const result = overTheWire(globals.insertImport(PASTE));
    expect(result).toEqual({ sheet: "Work plan 2026 (2)", rows: 4 });
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(["Notes", "Work plan 2026", "Work plan 2026 (2)"]);
    expect(fake.spreadsheet.sheets.slice(0, 2).map(stateOf)).toEqual(before);
    for (const w of fake.writes()) expect([w.method, w.sheet]).toEqual([w.method, "Work plan 2026 (2)"]);
    const sheet = fake.spreadsheet.sheet("Work plan 2026 (2)");
    expect([sheet.peek(4, 1)?.value, sheet.peek(4, 5)?.value, sheet.peek(7, 1)?.value, sheet.peek(7, 5)?.value]).toEqual([
      "First meeting in the Informal Working Group on Universalisation.", "February 2026", "Workshop", "Spring 2026",
    ]);
    const report = overTheWire(globals.validate({ asOf: "2026-01-15" }));
    const issues = (report.issues as { sheet: string; cell: string; code: string }[]).filter((i) => i.sheet === "Work plan 2026 (2)");
    expect(issues.filter((i) => i.code === "period.unreadable").map((i) => i.cell)).toEqual(["E7"]);
  });

  test("anything but a pasted timeline is refused with a message, and nothing is written", () => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [] }]);
    fake.resetCalls();
    expect(() => globals.insertImport("Background\nNothing planned.")).toThrow(/No timeline section/);
    expect(() => globals.insertImport(42)).toThrow(/empty/);
    expect(() => globals.insertImport("x".repeat(200_001))).toThrow(/timeline section only/);
    expect(fake.writes()).toEqual([]);
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });
});
