import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { type Report, resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { ROLLUP_TITLE } from "../../../src/hosts/excel/rollup-layout";
import { writeRollups } from "../../../src/hosts/excel/write-rollups";
import { ROLLUP_SHEET } from "../../../src/panel/bridge";
import { exampleSpecs, FakeExcel } from "./fake-excel";

const report = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({}, "2026-03-01")), "workplan-check-examples.xlsx");

function snapshotOf(excel: FakeExcel, names: string[]) {
  return names.map((n) => ({ values: excel.values(n), fills: excel.fills(n), formats: [...excel.sheet(n).formats.entries()] }));
}

describe("writeRollups", () => {
  test("creates the rollup sheet in two requests and touches no other sheet", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const names = EXAMPLE_SHEETS.map((s) => s.name);
    const before = snapshotOf(excel, names);
    const sync = jest.spyOn(excel.context, "sync");
    expect(await writeRollups(excel.context, report)).toEqual({ sheet: ROLLUP_SHEET });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(excel.sheets.map((s) => s.name)).toEqual([...names, ROLLUP_SHEET]);
    expect(snapshotOf(excel, names)).toEqual(before);
    expect(excel.writes.length).toBeGreaterThan(0);
    expect(excel.writes.every((w) => w.sheet === ROLLUP_SHEET)).toBe(true);

    const values = excel.values(ROLLUP_SHEET);
    expect(values.A1).toBe(ROLLUP_TITLE);
    const cells = Object.entries(values);
    const totalRow = cells.find(([c, v]) => c.startsWith("A") && v === "Total")![0].slice(1);
    expect(values[`B${totalRow}`]).toBe(514753);
    expect(excel.sheet(ROLLUP_SHEET).formats.get(`B${totalRow}`)).toBe(`"CHF "#'##0`);
    expect(excel.sheet(ROLLUP_SHEET).formats.get(`C${totalRow}`)).toBe("0.0%");
    expect(excel.sheet(ROLLUP_SHEET).charts).toEqual(["BarClustered"]);
    // Gantt bars are filled on the rollup sheet only.
    expect(Object.keys(excel.fills(ROLLUP_SHEET)).length).toBeGreaterThan(10);
  });

  test("refreshing clears the sheet and its chart, then writes again (three requests, still one sheet)", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    await writeRollups(excel.context, report);
    const first = { values: excel.values(ROLLUP_SHEET), fills: excel.fills(ROLLUP_SHEET) };
    excel.sheet(ROLLUP_SHEET).values.set("Z99", "stale");
    const sync = jest.spyOn(excel.context, "sync");
    await writeRollups(excel.context, report);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(excel.sheets.filter((s) => s.name === ROLLUP_SHEET)).toHaveLength(1);
    expect({ values: excel.values(ROLLUP_SHEET), fills: excel.fills(ROLLUP_SHEET) }).toEqual(first);
    expect(excel.sheet(ROLLUP_SHEET).charts).toEqual(["BarClustered"]);
  });

  test("a user's sheet that happens to have the name is left alone", async () => {
    const excel = new FakeExcel([...exampleSpecs(EXAMPLE_SHEETS), { name: ROLLUP_SHEET, values: [["My own notes"]] }]);
    await expect(writeRollups(excel.context, report)).rejects.toThrow(/already exists/);
    expect(excel.writes).toEqual([]);
    expect(excel.values(ROLLUP_SHEET)).toEqual({ A1: "My own notes" });
  });

  test("cell text is written as text: a leading = does not become a formula", async () => {
    const hostile: Report = {
      ...report,
      rollups: { ...report.rollups, timeline: report.rollups.timeline.map((t, i) => (i === 0 ? { ...t, grid: [{ ...t.grid[0], activity: '=HYPERLINK("https://example.org","x")' }, ...t.grid.slice(1)] } : t)) },
    };
    const excel = new FakeExcel([]);
    await writeRollups(excel.context, hostile);
    const valueWrite = excel.writes.find((w) => w.path === "values")!;
    const written = (valueWrite.value as unknown[][]).flat();
    expect(written).toContain(`'=HYPERLINK("https://example.org","x")`);
    expect(written.filter((v) => typeof v === "string" && v !== "").every((v) => (v as string).startsWith("'"))).toBe(true);
    expect(Object.values(excel.values(ROLLUP_SHEET))).toContain('=HYPERLINK("https://example.org","x")');
  });
});
