import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import type { RawCell } from "../../../src/core";
import { ROLLUP_SHEET } from "../../../src/panel/bridge";
import { readWorkbook } from "../../../src/hosts/excel/read-workbook";
import { exampleSpecs, FakeExcel } from "./fake-excel";

/** The example sheets as Excel's used ranges give them: rows padded with blanks to the widest row. */
function paddedExample() {
  return exampleSnapshot().sheets.map((s) => {
    const width = Math.max(...s.values.map((r) => r.length));
    return { name: s.name, originRow: 1, originColumn: 1, values: s.values.map((r) => Array.from({ length: width }, (_, c): RawCell => r[c] ?? null)), formulas: (s.formulas ?? []).map((r) => (r.some(Boolean) ? Array.from({ length: width }, (_, c) => r[c] ?? null) : [])) };
  });
}

describe("readWorkbook", () => {
  test("reads the example workbook in two requests: values, dates as {date}, blanks as null", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await readWorkbook(excel.context, { name: "workplan-check-examples.xlsx" });
    expect(sync).toHaveBeenCalledTimes(2);
    expect(snapshot.name).toBe("workplan-check-examples.xlsx");
    expect(snapshot.sheets).toEqual(paddedExample());
    const outreach = snapshot.sheets.find((s) => s.name === "Outreach log (illustrative)")!;
    expect(outreach.values[2][1]).toEqual({ date: "2026-01-20" });
    const budget = snapshot.sheets.find((s) => s.name === "ISU Budget 2026")!;
    expect(budget.values[8][1]).toBe(514753); // "#'##0" is a number format, not a date
  });

  test("a used range away from A1 sets the origin; error values stay text; a time format stays a number", async () => {
    const excel = new FakeExcel([
      { name: "Plan", origin: { row: 3, column: 2 }, values: [["Line", "Amount", "At"], ["Travel", "#REF!", 0.5], ["", true, 46023]], numberFormat: [["General", "General", "General"], ["General", "General", "h:mm"], ["General", "General", "yyyy-mm-dd"]] },
    ]);
    const snapshot = await readWorkbook(excel.context);
    expect(snapshot.sheets[0]).toEqual({
      name: "Plan", originRow: 3, originColumn: 2,
      values: [["Line", "Amount", "At"], ["Travel", "#REF!", 0.5], [null, true, { date: "2026-01-01" }]],
      formulas: [[], [], []],
    });
  });

  test("Excel tables become host tables (total row excluded); tables without headers are left to detection", async () => {
    const excel = new FakeExcel(
      [{ name: "ISU Budget 2026", values: [["t"], [], ["COST", "Amount"], ["Salaries", 1], ["Total", 1]].map((r) => [r[0] ?? "", r[1] ?? ""]) }],
      [
        { name: "Budget", sheet: "ISU Budget 2026", range: "A3:B5", showTotals: true },
        { name: "NoHeaders", sheet: "ISU Budget 2026", range: "A1:A1", showHeaders: false },
      ],
    );
    const snapshot = await readWorkbook(excel.context);
    expect(snapshot.sheets[0].tables).toEqual([{ name: "Budget", headerRow: 3, firstColumn: 1, lastColumn: 2, lastRow: 4 }]);
  });

  test("merged areas are read only when the host supports them (ExcelApi 1.13)", async () => {
    const specs = [{ name: "Odd sheet, 'quoted'", values: [["Title", ""], ["a", "b"]], merged: ["A1:B1"] }];
    const without = await readWorkbook(new FakeExcel(specs).context);
    expect(without.sheets[0].merged).toBeUndefined();
    const withMerged = await readWorkbook(new FakeExcel(specs).context, { mergedAreas: true });
    expect(withMerged.sheets[0].merged).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    const none = await readWorkbook(new FakeExcel([{ name: "S", values: [["a"]] }]).context, { mergedAreas: true });
    expect(none.sheets[0].merged).toBeUndefined();
  });

  test("the add-in's own rollup sheet is not read", async () => {
    const excel = new FakeExcel([{ name: "Plan", values: [["a"]] }, { name: ROLLUP_SHEET, values: [["Workplan Check — rollups"]] }]);
    const snapshot = await readWorkbook(excel.context);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  test("an empty sheet reads as one blank cell", async () => {
    const snapshot = await readWorkbook(new FakeExcel([{ name: "Empty", values: [] }]).context);
    expect(snapshot.sheets[0]).toEqual({ name: "Empty", originRow: 1, originColumn: 1, values: [[null]], formulas: [[]] });
  });
});

describe("readWorkbook on a workbook too large for one request", () => {
  const big = () => {
    const rows = 2000;
    const values = [["Activity", "Timeline", "Date"], ...Array.from({ length: rows }, (_, i) => [`Activity ${i + 1}`, "March 2026", 46023 + i])];
    const numberFormat = values.map((_, r) => ["General", "General", r === 0 ? "General" : "dd/mm/yyyy"]);
    return new FakeExcel([{ name: "Big", values, numberFormat }, { name: "Small", values: [["x", "y"]] }], [{ name: "T", sheet: "Big", range: "A1:C2001" }]);
  };

  test("falls back to row blocks under the budget, reporting progress, and gets the same snapshot", async () => {
    const whole = await readWorkbook(big().context, { mergedAreas: true });
    const excel = big();
    excel.payloadLimitCells = 1500; // cells per request, standing in for Excel on the web's 5 MB
    const progress: [number, number][] = [];
    const sync = jest.spyOn(excel.context, "sync");
    // A budget of 67 200 bytes at 56 bytes a cell makes blocks of 400 rows × 3 columns (1200 cells, under the 1500).
    const snapshot = await readWorkbook(excel.context, { mergedAreas: true, budget: 67_200, onProgress: (done, total) => progress.push([done, total]) });
    expect(snapshot).toEqual(whole);
    expect(snapshot.sheets[0].values[2000]).toEqual(["Activity 2000", "March 2026", { date: "2031-06-23" }]);
    expect(snapshot.sheets[0].tables).toEqual([{ name: "T", headerRow: 1, firstColumn: 1, lastColumn: 3, lastRow: 2001 }]);
    expect(excel.refused).toBe(1); // only the optimistic whole read
    // names, refused whole read, sizes, then 2001 rows in blocks of 400 (6 requests, the small sheet packed with the last)
    expect(sync).toHaveBeenCalledTimes(3 + 6);
    expect(progress[progress.length - 1]).toEqual([2002, 2002]);
    expect(progress.slice(1).every(([d], i, a) => i === 0 || d >= a[i - 1][0])).toBe(true);
  });

  test("a block still refused is split until it fits", async () => {
    const excel = big();
    excel.payloadLimitCells = 700;
    const snapshot = await readWorkbook(excel.context, { budget: 67_200 });
    expect(snapshot.sheets[0].values).toHaveLength(2001);
    expect(snapshot.sheets[0].values[1000][0]).toBe("Activity 1000");
    expect(excel.refused).toBeGreaterThan(1);
  });

  test("formulas come in the same request as the values; constants are not formulas", async () => {
    const excel = new FakeExcel([{ name: "B", values: [["COST", "Amount"], ["Travel", 5], ["Total", 5]], formulas: [[], [], [null, "=SUM(B2:B2)"]] }]);
    const sync = jest.spyOn(excel.context, "sync");
    const snapshot = await readWorkbook(excel.context);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(snapshot.sheets[0].formulas).toEqual([[], [], [null, "=SUM(B2:B2)"]]);
  });

  test("other errors are not swallowed", async () => {
    const excel = new FakeExcel([{ name: "S", values: [["a"]] }]);
    const real = excel.context.sync.bind(excel.context);
    let n = 0;
    jest.spyOn(excel.context, "sync").mockImplementation(async () => {
      if (++n === 2) throw Object.assign(new Error("boom"), { code: "GeneralException" });
      return real();
    });
    await expect(readWorkbook(excel.context)).rejects.toThrow("boom");
  });
});
