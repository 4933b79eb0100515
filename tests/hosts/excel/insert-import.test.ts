/**
 * "Import from text…" through the Excel bridge, on the fake Excel (office-addin-mock underneath): the pasted
 * timeline lands on a new sheet with a free name, no other sheet changes, and it reads back and validates.
 */
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { resolveSettings, validateWorkbook } from "../../../src/core";
import { ExcelBridge, type Run } from "../../../src/hosts/excel/excel-bridge";
import { readWorkbook } from "../../../src/hosts/excel/read-workbook";
import { exampleSpecs, FakeExcel, FakeSettings } from "./fake-excel";

const PASTE = "Timeline\n\nFebruary 2026\nFirst meeting in the Informal Working Group on Universalisation.\nMarch 2026\n• Finalise support package for universalisation.\n• Finalise a top-15 list of prioritised countries.\nSpring 2026\n• Workshop\n";

function bridgeOn(excel: FakeExcel) {
  const run: Run = (batch) => batch(excel.context);
  return new ExcelBridge({ run, settings: () => new FakeSettings(), today: () => "2026-01-15", documentName: () => "Book1.xlsx", mergedAreas: () => false });
}

describe("ExcelBridge.insertImport", () => {
  test("adds one activities sheet with a free name, in three requests, and changes no other sheet", async () => {
    const excel = new FakeExcel([...exampleSpecs(EXAMPLE_SHEETS), { name: "Work plan 2026", values: [["kept"]] }]);
    const names = excel.sheets.map((s) => s.name);
    const before = names.map((n) => JSON.stringify([excel.values(n), excel.formats(n)]));
    const sync = jest.spyOn(excel.context, "sync");
    expect(await bridgeOn(excel).insertImport(PASTE)).toEqual({ sheet: "Work plan 2026 (2)", rows: 4 });
    expect(sync).toHaveBeenCalledTimes(3);
    expect(excel.sheets.map((s) => s.name)).toEqual([...names, "Work plan 2026 (2)"]);
    expect(names.map((n) => JSON.stringify([excel.values(n), excel.formats(n)]))).toEqual(before);
    const v = excel.values("Work plan 2026 (2)");
    expect([v.A1, v.A4, v.E4, v.A6, v.E6, v.A7, v.E7]).toEqual([
      "Work plan 2026", "First meeting in the Informal Working Group on Universalisation.", "February 2026",
      "Finalise a top-15 list of prioritised countries.", "March 2026", "Workshop", "Spring 2026",
    ]);
  });

  test("read back and validated: the unreadable period is reported at its cell, verbatim", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    const { sheet } = await bridgeOn(excel).insertImport(PASTE);
    const v = validateWorkbook(await readWorkbook(excel.context), resolveSettings({ asOf: "2026-01-15" }, "2026-01-15"));
    expect(v.tables.map((t) => [t.sheet, t.kind, t.range])).toEqual([[sheet, "activities", "A3:K7"]]);
    expect(excel.values(sheet).A4).toBe("First meeting in the Informal Working Group on Universalisation.");
    expect(excel.values(sheet).E7).toBe("Spring 2026");
    expect(v.issues.filter((i) => i.code === "period.unreadable").map((i) => `${i.cell} ${i.params.text}`)).toEqual(["E7 Spring 2026"]);
  });

  test("text with no timeline is refused before anything is written", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    const sync = jest.spyOn(excel.context, "sync");
    await expect(bridgeOn(excel).insertImport("Background\nNothing planned.")).rejects.toThrow(/No timeline section/);
    expect(sync).not.toHaveBeenCalled();
  });
});
