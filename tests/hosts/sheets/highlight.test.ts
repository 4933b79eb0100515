import { HIGHLIGHT_COLOURS } from "../../../src/panel/bridge";
import { FakeAppsScript, midnightIn, parseArea, toA1, type SeedSheet } from "./fake-apps-script";
import { EXAMPLE_FILE, exampleSeedSheets, loadCode, overTheWire, TIME_ZONE } from "./load-code";

const AS_OF = "2026-03-01";
type Issue = { sheet: string; cell: string; row: number; column: number; severity: "error" | "warning" | "info" };

/** Custom fills before highlighting: on issue cells (G3, B6) and on cells without issues. */
const CUSTOM: Record<string, Record<string, string>> = {
  "Univ Workplan 2024-2025": { G3: "#00ff00", G4: "#FFF2CC", A1: "#cccccc", H3: "#123456" },
  "Outreach log (illustrative)": { B6: "#ff0000", B5: "#ff0000", A2: "#d9d9d9" },
};

function setup(sheets: SeedSheet[] = exampleSeedSheets().map((s) => ({ ...s, backgrounds: CUSTOM[s.name] }))) {
  const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets });
  const { run: globals } = loadCode(fake); // as the sidebar calls it: google.script.run
  return { fake, globals };
}

const fills = (fake: FakeAppsScript) => Object.fromEntries(fake.spreadsheet.sheets.map((s) => [s.name, s.allBackgrounds()]));

/** The A1 cells a range-list call covered. */
const cellsOfCall = (a1: string | undefined): string[] =>
  (a1 ?? "").split(",").flatMap((part) => {
    const a = parseArea(part);
    const out: string[] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(toA1(r, c));
    return out;
  });

function worstBySheet(issues: Issue[]): Map<string, Map<string, Issue["severity"]>> {
  const rank: Record<Issue["severity"], number> = { error: 3, warning: 2, info: 1 };
  const out = new Map<string, Map<string, Issue["severity"]>>();
  for (const i of issues) {
    const m = out.get(i.sheet) ?? new Map<string, Issue["severity"]>();
    out.set(i.sheet, m);
    const seen = m.get(i.cell);
    if (!seen || rank[i.severity] > rank[seen]) m.set(i.cell, i.severity);
  }
  return out;
}

describe("highlight and clear on the example workbook", () => {
  test("one getBackgrounds per sheet, one setBackground per sheet and colour; only issue cells change", () => {
    const { fake, globals } = setup();
    const report = overTheWire(globals.validate({ asOf: AS_OF }));
    const before = fills(fake);
    fake.resetCalls();
    const result = overTheWire(globals.highlight({ asOf: AS_OF }));

    const worst = worstBySheet(report.issues);
    const total = [...worst.values()].reduce((n, m) => n + m.size, 0);
    expect(result).toEqual({ cells: total });
    for (const [sheet, cells] of worst) {
      expect([sheet, fake.count("Range.getBackgrounds", sheet)]).toEqual([sheet, 1]);
      const colours = new Set(cells.values());
      expect([sheet, fake.count("RangeList.setBackground", sheet)]).toEqual([sheet, colours.size]);
      for (const [cell, severity] of cells) expect([sheet, cell, fake.spreadsheet.sheet(sheet).backgroundAt(cell)]).toEqual([sheet, cell, HIGHLIGHT_COLOURS[severity].toLowerCase()]);
    }
    // Sheets without issues are read (the server validates afresh) but their fills are neither read nor written.
    for (const s of fake.spreadsheet.sheets) if (!worst.has(s.name)) expect(fake.calls.filter((c) => c.sheet === s.name && !/^(Sheet\.getDataRange|Range\.getValues|Range\.getFormulas|Range\.getMergedRanges)$/.test(c.method))).toEqual([]);
    // Nothing else changed: the custom fills of cells without issues are intact.
    const after = fills(fake);
    expect(after["Univ Workplan 2024-2025"]["1:1"]).toBe("#cccccc");
    expect(after["Univ Workplan 2024-2025"]["3:8"]).toBe("#123456");
    expect(after["Outreach log (illustrative)"]["5:2"]).toBe("#ff0000");
    expect(after["Outreach log (illustrative)"]["2:1"]).toBe("#d9d9d9");
    expect(before["ISU Budget 2026"]).toEqual(after["ISU Budget 2026"]);
    // Values are never written by highlighting.
    expect(fake.count("Range.setValues")).toBe(0);
  });

  test("clear restores every original fill exactly and touches only highlighted cells", () => {
    const { fake, globals } = setup();
    const report = globals.validate({ asOf: AS_OF });
    const before = fills(fake);
    globals.highlight({ asOf: AS_OF });
    const highlighted = new Set(fake.calls.filter((c) => c.method === "RangeList.setBackground").flatMap((c) => cellsOfCall(c.a1).map((a) => `${c.sheet}!${a}`)));
    fake.resetCalls();

    const result = overTheWire(globals.clearHighlights());
    expect(result).toEqual({ cells: highlighted.size });
    expect(fills(fake)).toEqual(before);
    const restoredCalls = fake.calls.filter((c) => c.method === "RangeList.setBackground");
    for (const c of restoredCalls) for (const a of cellsOfCall(c.a1)) expect(highlighted.has(`${c.sheet}!${a}`)).toBe(true);
    // Per sheet: one read of the current fills, one write per original colour.
    expect(fake.count("Range.getBackgrounds", "Univ Workplan 2024-2025")).toBe(1);
    expect(fake.count("RangeList.setBackground", "Univ Workplan 2024-2025")).toBe(3); // #00ff00, #fff2cc, no fill
    expect(restoredCalls.find((c) => c.sheet === "Univ Workplan 2024-2025" && c.args?.[0] === null)).toBeDefined();
    expect(fake.calls.filter((c) => /Range\.set/.test(c.method))).toEqual([]);
    // The saved state is gone; a second clear does nothing.
    expect([...fake.properties.keys()].filter((k) => k.startsWith("workplanCheck.highlights"))).toEqual([]);
    expect(overTheWire(globals.clearHighlights())).toEqual({ cells: 0 });
  });

  test("a fill the user changed after highlighting is kept by clear", () => {
    const { fake, globals } = setup();
    globals.highlight({ asOf: AS_OF });
    const sheet = fake.spreadsheet.sheet("Outreach log (illustrative)");
    sheet.cell(7, 2).background = "#9900ff"; // B7, highlighted as an error, recoloured by the user
    globals.clearHighlights();
    expect(sheet.backgroundAt("B7")).toBe("#9900ff");
    expect(sheet.backgroundAt("B6")).toBe("#ff0000");
    expect(sheet.backgroundAt("B8")).toBe("#ffffff");
  });

  test("highlighting twice still restores the originals, not our own colours", () => {
    const { fake, globals } = setup();
    const before = fills(fake);
    const report = globals.validate({ asOf: AS_OF });
    globals.highlight({ asOf: AS_OF });
    globals.highlight({ asOf: AS_OF });
    globals.clearHighlights();
    expect(fills(fake)).toEqual(before);
  });

  test("thousands of cells: the saved fills are chunked under the 9 KB property limit and restored", () => {
    const name = "Suivi des contacts – 2026"; // non-ASCII in the saved JSON
    const rows: unknown[][] = [["Follow-up log 2026"], ["State", "Date", "Stage", "Lead"]];
    for (let i = 0; i < 3000; i++) rows.push([`State ${i}`, new Date(Date.UTC(2026, 8, 1 + (i % 28))), "Contacted", "Norway"]);
    const backgrounds: Record<string, string> = {};
    for (let r = 3; r < 3003; r += 7) backgrounds[`B${r}`] = r % 2 ? "#fce5cd" : "#d9ead3";
    const { fake, globals } = setup([{ name, values: rows, backgrounds }]);
    const before = fills(fake);
    const report = globals.validate({ asOf: AS_OF, maxIssuesPerRule: 0 }); // list every finding
    expect(report.issues.filter((i: Issue) => i.sheet === name).length).toBeGreaterThanOrEqual(3000);
    // The panel lists 200 per rule; Highlight colours every finding all the same.
    expect(globals.validate({ asOf: AS_OF }).issues.filter((i: Issue) => i.sheet === name).length).toBeLessThan(1000);
    fake.resetCalls();
    const { cells } = globals.highlight({ asOf: AS_OF });
    expect(cells).toBeGreaterThanOrEqual(3000);
    const chunks = [...fake.properties.keys()].filter((k) => /^workplanCheck\.highlights\.\d+$/.test(k));
    expect(chunks.length).toBeGreaterThanOrEqual(1); // chunking itself: json-property.test.ts
    for (const k of chunks) expect(Buffer.byteLength(fake.properties.get(k)!, "utf8")).toBeLessThanOrEqual(9 * 1024);
    expect(fake.count("Properties.setProperties")).toBe(1);
    expect(fake.count("Range.getBackgrounds", name)).toBe(1);
    expect(globals.clearHighlights()).toEqual({ cells });
    expect(fills(fake)).toEqual(before);
  });

  test("45,000 issue cells: the saved state is ranges, far inside the property limits, and Clear restores it", () => {
    const rows: unknown[][] = [["State", "Date", "Stage", "Lead"]];
    for (let i = 0; i < 45_000; i++) rows.push([`State ${i}`, midnightIn("2026-01-10", TIME_ZONE), "Lunch", "Norway"]); // Lunch: not a stage
    const backgrounds: Record<string, string> = { C7: "#fce5cd", C8: "#fce5cd", C500: "#d9ead3" };
    const { fake, globals } = setup([{ name: "Log", values: rows, backgrounds }]);
    const before = fills(fake);
    fake.resetCalls();
    expect(globals.highlight({ asOf: AS_OF })).toEqual({ cells: 45_000 });
    expect(fake.spreadsheet.sheet("Log").backgroundAt("C45001")).toBe(HIGHLIGHT_COLOURS.error.toLowerCase());
    // One cell a value would be 45,000 entries (PropertyTooLargeError before); as ranges it is a few.
    expect(fake.propertyBytes()).toBeLessThan(2000);
    const paint = fake.calls.filter((c) => c.method === "RangeList.setBackground");
    expect(paint.map((c) => c.a1)).toEqual(["C2:C45001"]);
    fake.resetCalls();
    expect(globals.clearHighlights()).toEqual({ cells: 45_000 });
    expect(fills(fake)).toEqual(before);
    expect(fake.count("RangeList.setBackground")).toBe(3); // no fill, #fce5cd, #d9ead3
  });

  test("Highlight and Clear hold the document lock; while another editor holds it they change nothing", () => {
    const { fake, globals } = setup();
    globals.highlight({ asOf: AS_OF });
    expect(fake.count("Lock.tryLock")).toBe(1);
    expect(fake.count("Lock.releaseLock")).toBe(1);
    expect(fake.lockHeld).toBe(false);
    // The paint is flushed before the lock is released, so the next holder reads it.
    const order = fake.calls.map((c) => c.method).filter((m) => m === "SpreadsheetApp.flush" || m === "Lock.releaseLock" || m === "RangeList.setBackground");
    expect(order.slice(-2)).toEqual(["SpreadsheetApp.flush", "Lock.releaseLock"]);

    const painted = fills(fake);
    const state = new Map(fake.properties);
    fake.lockHeldByOther = true;
    fake.resetCalls();
    expect(() => globals.highlight({ asOf: AS_OF })).toThrow(/Another editor is highlighting or clearing/);
    expect(() => globals.clearHighlights()).toThrow(/Another editor is highlighting or clearing/);
    expect(fake.writes()).toEqual([]);
    expect(fills(fake)).toEqual(painted);
    expect(new Map(fake.properties)).toEqual(state);
    fake.lockHeldByOther = false;
    expect(globals.clearHighlights().cells).toBeGreaterThan(0);
  });

  test("menu commands validate with the saved settings and report in a toast", () => {
    const { fake, globals } = setup();
    globals.saveSettings({ asOf: AS_OF });
    const before = fills(fake);
    globals.highlightFromMenu();
    expect(fake.toasts[0].message).toMatch(/^Highlighted \d+ cells\. 11 errors, 21 warnings/);
    globals.clearHighlightsFromMenu();
    expect(fake.toasts[1].message).toMatch(/^Restored the fill of \d+ cells\.$/);
    globals.clearHighlightsFromMenu();
    expect(fake.toasts[2].message).toBe("No highlights to clear.");
    expect(fills(fake)).toEqual(before);
  });
});
