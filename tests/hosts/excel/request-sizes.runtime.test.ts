/**
 * Request sizes and counts as Excel receives them, measured through Microsoft's runtime (office-runtime.ts): every
 * request of the large paths stays under 4 MB (Excel on the web refuses 5 MB, with no retry).
 */
import type { Report } from "../../../src/core";
import { highlightIssues } from "../../../src/hosts/excel/highlight";
import { readRecord } from "../../../src/hosts/excel/highlight-record";
import { writeRollups } from "../../../src/hosts/excel/write-rollups";
import { ROLLUP_SHEET } from "../../../src/panel/bridge";
import { asExcelValues, bigPlanRows, bigReport, SHEET } from "./big-workbook";
import { FakeSettings } from "./fake-excel";
import { RuntimeWorkbook } from "./office-runtime";

const MB4 = 4 * 1024 * 1024;
const sizes = (wb: RuntimeWorkbook) => wb.requests.map((r) => r.bytes);

describe("through Microsoft's Excel runtime", () => {
  test("rollups of 10,000 activities: a few requests, each under 4 MB, all rows written", async () => {
    const report = bigReport(10_000);
    expect(report.rollups.timeline[0].grid).toHaveLength(10_000);
    const wb = new RuntimeWorkbook([]);
    await writeRollups(wb.context(), report);
    const bytes = sizes(wb);
    expect(Math.max(...bytes)).toBeLessThan(MB4);
    // sheet list, then the writes: about 2 MB each
    expect(wb.requests.length).toBeGreaterThanOrEqual(3);
    expect(wb.requests.length).toBeLessThanOrEqual(8);
    const sheet = wb.sheet(ROLLUP_SHEET);
    const activities = [...sheet.values.values()].filter((v) => typeof v === "string" && v.startsWith("Activity "));
    expect(activities).toHaveLength(10_000);
    // Number formats only where they are not General: the month headers.
    expect(sheet.formats.size).toBeLessThan(100);
    expect([...sheet.formats.values()].every((f) => f !== "General")).toBe(true);
  });

  test("highlighting 10,000 cells (5,000 recorded and put back, 5,000 new) stays under 4 MB per request", async () => {
    const rows = bigPlanRows(5_100);
    const wb = new RuntimeWorkbook([{ name: SHEET, values: asExcelValues(rows) }]);
    const base = bigReport(10, 1);
    const at = (cells: string[]): Report => ({ ...base, issues: cells.map((cell) => ({ ...base.issues[0], sheet: SHEET, cell })) });
    const bag = new FakeSettings();
    await highlightIssues(wb.context(), bag, at(Array.from({ length: 5_000 }, (_, i) => `E${i + 3}`)));
    const before = wb.requests.length;
    const result = await highlightIssues(wb.context(), bag, at(Array.from({ length: 5_000 }, (_, i) => `F${i + 3}`)));
    expect(result.cells).toBe(5_000);
    const second = wb.requests.slice(before);
    expect(Math.max(...second.map((r) => r.bytes))).toBeLessThan(MB4);
    expect(Math.max(...second.map((r) => r.responseBytes))).toBeLessThan(MB4);
    // sheets, 10,000 fills in 5 reads of 2,000, then one write
    expect(second).toHaveLength(1 + 5 + 1);
    expect(wb.fill(SHEET, "E3").pattern).toBe("None");
    expect(wb.fill(SHEET, "F5002").pattern).toBe("Solid");
    expect(readRecord(bag)).toHaveLength(5_000);
  });

  test("a report with 10,000 issue cells colours the 5,000 most severe, every request under 4 MB", async () => {
    const rows = bigPlanRows(10_000);
    const wb = new RuntimeWorkbook([{ name: SHEET, values: asExcelValues(rows) }]);
    const base = bigReport(10, 1);
    const report: Report = { ...base, issues: Array.from({ length: 10_000 }, (_, i) => ({ ...base.issues[0], sheet: SHEET, cell: `E${i + 3}` })) };
    const result = await highlightIssues(wb.context(), new FakeSettings(), report);
    expect(result.cells).toBe(5_000);
    expect(Math.max(...sizes(wb))).toBeLessThan(MB4);
    expect(wb.requests).toHaveLength(1 + 3 + 1);
  });
});
