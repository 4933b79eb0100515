/**
 * A 50,000-row activities sheet (10 columns, the benchmark's table) through the built Code.js as the
 * sidebar drives it: validate, highlight, clear, write rollups. The fake counts every service call:
 * each action makes a number of spreadsheet calls bounded by a constant for the sheet, not one per
 * cell or row; Utilities.formatDate (local, no round trip) runs once per distinct date value;
 * no single write carries more than WRITE_CELLS cells, and what Highlight remembers fits the
 * property store. (Time is measured by npm run bench, not here.)
 */
import { benchRows } from "../../../bench/generate";
import { WRITE_CELLS } from "../../../src/hosts/sheets/write-rollups";
import { FakeAppsScript, midnightIn, parseArea, PROPERTY_TOTAL_LIMIT } from "./fake-apps-script";
import { loadCode, TIME_ZONE } from "./load-code";

const ROWS = 50_000;
const AS_OF = "2026-01-15";
/** Spreadsheet, properties and lock calls one action may make on a one-sheet workbook, whatever its size. */
const CALLS_PER_ACTION = 60;
/** Calls to the spreadsheet and the other services, without Utilities' local date formatting. */
const spreadsheetCalls = (fake: FakeAppsScript): number => fake.calls.filter((c) => !c.method.startsWith("Utilities.")).length;

const cellsOf = (a1: string | undefined): number => {
  const a = parseArea(a1 ?? "A1");
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
};

describe("a 50,000-row activities sheet", () => {
  const values = benchRows(ROWS).map((row) => row.map((v) => (v === null ? "" : typeof v === "object" ? midnightIn(v.date, TIME_ZONE) : v)));
  const fake = new FakeAppsScript({ name: "Workplan 2025-2026", timeZone: TIME_ZONE, sheets: [{ name: "Workplan 2025-2026", values }] });
  const { run } = loadCode(fake);

  test("validate, highlight, clear and write rollups, each with a bounded number of service calls", () => {
    fake.resetCalls();
    const report = run.validate({ asOf: AS_OF });
    expect(report.tables).toHaveLength(1);
    expect(report.tables[0].rows).toBe(ROWS);
    expect(spreadsheetCalls(fake)).toBeLessThanOrEqual(CALLS_PER_ACTION);
    // Dates: one formatDate per distinct date (and one for today), not one per date cell (45,000).
    const distinct = new Set(values.flat().filter((v): v is Date => v instanceof Date).map((d) => d.getTime())).size;
    expect(distinct).toBeLessThan(1000);
    expect(fake.count("Utilities.formatDate")).toBeLessThanOrEqual(distinct + 1);
    // The sidebar gets what it draws (the full report was 26.7 MB here), and counts of the rest.
    const bytes = Buffer.byteLength(JSON.stringify(report), "utf8");
    expect(bytes).toBeLessThan(1_000_000);
    const t = report.rollups.timeline[0];
    expect(t.activities).toBe(ROWS);
    expect(t.grid.length + report.omitted.rows[t.table]).toBe(ROWS);
    expect(report.issues.length).toBeGreaterThan(0);

    fake.resetCalls();
    const { cells } = run.highlight({ asOf: AS_OF });
    expect(cells).toBeGreaterThan(20_000);
    expect(spreadsheetCalls(fake)).toBeLessThanOrEqual(CALLS_PER_ACTION);
    expect(fake.propertyBytes()).toBeLessThan(PROPERTY_TOTAL_LIMIT / 5);

    fake.resetCalls();
    expect(run.clearHighlights()).toEqual({ cells });
    expect(spreadsheetCalls(fake)).toBeLessThanOrEqual(CALLS_PER_ACTION);

    fake.resetCalls();
    expect(run.writeRollups({ asOf: AS_OF })).toEqual({ sheet: "Workplan Rollups" });
    const writes = fake.calls.filter((c) => c.method === "Range.setValues" || c.method === "Range.setBackgrounds");
    expect(writes.length).toBeGreaterThan(2);
    for (const w of writes) expect([w.method, cellsOf(w.a1) <= WRITE_CELLS]).toEqual([w.method, true]);
    // A constant, plus one getRange and one write per WRITE_CELLS cells written (slices of whole rows).
    const written = writes.reduce((n, w) => n + cellsOf(w.a1), 0);
    expect(written).toBeGreaterThan(2_000_000);
    expect(spreadsheetCalls(fake)).toBeLessThanOrEqual(CALLS_PER_ACTION + 2 * Math.ceil(written / (WRITE_CELLS / 2)));
    // The Gantt covers every activity.
    const gantt = fake.calls.filter((c) => c.method === "Range.setBackgrounds").reduce((n, c) => n + parseArea(c.a1!).bottom - parseArea(c.a1!).top + 1, 0);
    expect(gantt).toBe(ROWS);
  });
});
