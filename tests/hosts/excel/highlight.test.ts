import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { type Report, resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { clearHighlights, highlightIssues } from "../../../src/hosts/excel/highlight";
import { HIGHLIGHTS_KEY, readRecord } from "../../../src/hosts/excel/highlight-record";
import { HIGHLIGHT_COLOURS } from "../../../src/panel/bridge";
import { type CellFill, exampleSpecs, FakeExcel, FakeSettings, NO_FILL, solid } from "./fake-excel";

const report = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({}, "2026-03-01")));
const issueCells = [...new Set(report.issues.map((i) => `${i.sheet}!${i.cell}`))];
const [sheetA, cellA] = issueCells[0].split("!");
const [sheetB, cellB] = issueCells[1].split("!");
const [sheetC, cellC] = issueCells[2].split("!");

/** Pre-existing fills: a yellow issue cell, a white-filled one, a patterned one, and a coloured cell with no issue. */
const ORIGINAL: Record<string, Record<string, CellFill>> = {};
const put = (sheet: string, cell: string, fill: CellFill) => ((ORIGINAL[sheet] ??= {})[cell] = fill);
put(sheetA, cellA, solid("#FFFF00"));
put(sheetB, cellB, solid("#FFFFFF"));
put(sheetC, cellC, { color: "#FFFFFF", pattern: "Gray25", patternColor: "#FF0000", tintAndShade: 0 });
put("ISU Budget 2026", "A1", solid("#C6EFCE"));

function workbook(): FakeExcel {
  const specs = exampleSpecs(EXAMPLE_SHEETS).map((s) => ({ ...s, fills: ORIGINAL[s.name] ?? {} }));
  return new FakeExcel(specs);
}

const allFills = (excel: FakeExcel) => Object.fromEntries(EXAMPLE_SHEETS.map((s) => [s.name, excel.fills(s.name)]));
const allValues = (excel: FakeExcel) => Object.fromEntries(EXAMPLE_SHEETS.map((s) => [s.name, excel.values(s.name)]));

/** The colour each issue cell should get: its most severe issue's. */
function expectedColours(r: Report): Map<string, string> {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const best = new Map<string, keyof typeof rank>();
  for (const i of r.issues) {
    const k = `${i.sheet}!${i.cell}`;
    const seen = best.get(k);
    if (!seen || rank[i.severity] < rank[seen]) best.set(k, i.severity);
  }
  return new Map([...best].map(([k, s]) => [k, HIGHLIGHT_COLOURS[s]]));
}

describe("highlight and clear", () => {
  test("highlight colours every issue cell by severity in three requests and records the previous fills", async () => {
    const excel = workbook();
    const bag = new FakeSettings();
    const values = allValues(excel);
    const sync = jest.spyOn(excel.context, "sync");
    const result = await highlightIssues(excel.context, bag, report);
    expect(sync).toHaveBeenCalledTimes(3);
    const colours = expectedColours(report);
    expect(result.cells).toBe(colours.size);
    for (const [key, colour] of colours) {
      const [sheet, cell] = key.split("!");
      expect(excel.fill(sheet, cell)).toEqual(solid(colour));
    }
    expect(excel.fill("ISU Budget 2026", "A1")).toEqual(solid("#C6EFCE"));
    expect(allValues(excel)).toEqual(values);
    // Only fills were written, each through one RangeAreas per sheet and colour.
    expect(new Set(excel.writes.map((w) => w.path))).toEqual(new Set(["format.fill.color"]));
    const perSheetColour = new Set([...colours].map(([k, c]) => `${k.split("!")[0]} ${c}`));
    expect(excel.writes).toHaveLength(perSheetColour.size);
    // The record is in the document settings, saved before the fills were written.
    const record = readRecord(bag);
    expect(record).toHaveLength(colours.size);
    expect(record.find((e) => e.sheet === sheetA && e.cell === cellA)).toMatchObject({ color: "#FFFF00", applied: colours.get(`${sheetA}!${cellA}`) });
    expect(record.find((e) => e.sheet === sheetB && e.cell === cellB)).toMatchObject({ color: "#FFFFFF" });
    expect(record.find((e) => e.sheet === sheetC && e.cell === cellC)).toMatchObject({ color: "#FFFFFF", pattern: "Gray25", patternColor: "#FF0000" });
    expect(record.filter((e) => e.color === null).length).toBe(colours.size - 3);
    expect(bag.saved.get(HIGHLIGHTS_KEY)).toBe(bag.data.get(HIGHLIGHTS_KEY));
  });

  test("clear restores exactly the previous fills (none where there was none) and only those cells", async () => {
    const excel = workbook();
    const bag = new FakeSettings();
    const before = allFills(excel);
    const values = allValues(excel);
    await highlightIssues(excel.context, bag, report);
    expect(allFills(excel)).not.toEqual(before);
    const sync = jest.spyOn(excel.context, "sync");
    const result = await clearHighlights(excel.context, bag);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(result.cells).toBe(expectedColours(report).size);
    expect(allFills(excel)).toEqual(before);
    expect(excel.fill(sheetB, cellB)).toEqual(solid("#FFFFFF")); // white fill, not "no fill"
    expect(excel.fill(sheetC, cellC)).toEqual(ORIGINAL[sheetC][cellC]);
    expect(allValues(excel)).toEqual(values);
    expect(bag.saved.has(HIGHLIGHTS_KEY)).toBe(false);
    // Nothing recorded any more: a second clear does nothing.
    expect(await clearHighlights(excel.context, bag)).toEqual({ cells: 0 });
  });

  test("highlighting again first undoes the previous highlight; clear then restores the originals", async () => {
    const excel = workbook();
    const bag = new FakeSettings();
    const before = allFills(excel);
    await highlightIssues(excel.context, bag, report);
    const onlyA: Report = { ...report, issues: report.issues.filter((i) => i.sheet === sheetA && i.cell === cellA) };
    const second = await highlightIssues(excel.context, bag, onlyA);
    expect(second.cells).toBe(1);
    expect(excel.fill(sheetA, cellA)).toEqual(solid(expectedColours(onlyA).get(`${sheetA}!${cellA}`)!));
    expect(excel.fill(sheetB, cellB)).toEqual(solid("#FFFFFF"));
    expect(readRecord(bag)).toEqual([expect.objectContaining({ sheet: sheetA, cell: cellA, color: "#FFFF00" })]);
    await clearHighlights(excel.context, bag);
    expect(allFills(excel)).toEqual(before);
  });

  test("a fill the user changed after highlighting is left as the user set it", async () => {
    const excel = workbook();
    const bag = new FakeSettings();
    await highlightIssues(excel.context, bag, report);
    excel.sheet(sheetB).fills.set(cellB, solid("#00B050"));
    await clearHighlights(excel.context, bag);
    expect(excel.fill(sheetB, cellB)).toEqual(solid("#00B050"));
    expect(excel.fill(sheetA, cellA)).toEqual(solid("#FFFF00"));
  });

  test("a renamed sheet is found again by its id; a deleted one is skipped", async () => {
    const excel = workbook();
    const bag = new FakeSettings();
    await highlightIssues(excel.context, bag, report);
    excel.renameSheet(sheetA, "Renamed");
    await clearHighlights(excel.context, bag);
    expect(excel.fill("Renamed", cellA)).toEqual(solid("#FFFF00"));
  });

  test("cells whose fill cannot be restored exactly (gradients) are not highlighted", async () => {
    const gradient: CellFill = { color: "#FFFFFF", pattern: "LinearGradient", patternColor: null, tintAndShade: 0 };
    const specs = exampleSpecs(EXAMPLE_SHEETS).map((s) => (s.name === sheetA ? { ...s, fills: { [cellA]: gradient } } : s));
    const excel = new FakeExcel(specs);
    const bag = new FakeSettings();
    await highlightIssues(excel.context, bag, report);
    expect(excel.fill(sheetA, cellA)).toEqual(gradient);
    expect(readRecord(bag).some((e) => e.sheet === sheetA && e.cell === cellA)).toBe(false);
  });

  test("a cell with no fill reads as white with pattern None and is restored with clear()", async () => {
    const excel = workbook();
    const bag = new FakeSettings();
    const plain = report.issues.find((i) => !ORIGINAL[i.sheet]?.[i.cell])!;
    await highlightIssues(excel.context, bag, report);
    await clearHighlights(excel.context, bag);
    expect(excel.fill(plain.sheet, plain.cell)).toEqual(NO_FILL);
    expect(excel.writes.some((w) => w.path === "format.fill.clear" && w.sheet === plain.sheet && w.address.split(",").includes(plain.cell))).toBe(true);
  });
});
