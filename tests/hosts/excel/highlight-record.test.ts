import { type Report } from "../../../src/core";
import { HIGHLIGHTS_KEY, readRecord, targetsOf, writeRecord } from "../../../src/hosts/excel/highlight-record";
import { HIGHLIGHT_COLOURS } from "../../../src/panel/bridge";
import { FakeSettings } from "./fake-excel";

const issue = (severity: "error" | "warning" | "info", sheet: string, cell: string) =>
  ({ severity, code: "x", sheet, cell, message: "m", row: 1, column: 1, params: {} });
const reportWith = (issues: ReturnType<typeof issue>[]) => ({ issues }) as unknown as Report;

describe("targetsOf", () => {
  test("one target per cell, coloured by its most severe issue, in report order", () => {
    const r = reportWith([issue("warning", "S", "B2"), issue("info", "S", "C3"), issue("error", "S", "B2"), issue("info", "T", "B2")]);
    expect(targetsOf(r)).toEqual([
      { sheet: "S", cell: "B2", colour: HIGHLIGHT_COLOURS.error },
      { sheet: "S", cell: "C3", colour: HIGHLIGHT_COLOURS.info },
      { sheet: "T", cell: "B2", colour: HIGHLIGHT_COLOURS.info },
    ]);
  });
  test("over the cap, errors are kept before warnings and infos", () => {
    const r = reportWith([issue("info", "S", "A1"), issue("warning", "S", "A2"), issue("error", "S", "A3"), issue("error", "S", "A4")]);
    expect(targetsOf(r, 3).map((t) => t.cell)).toEqual(["A2", "A3", "A4"]);
  });
  test("cells that are not single A1 cells are skipped", () => {
    expect(targetsOf(reportWith([issue("error", "S", ""), issue("error", "S", "A1:B2")]))).toEqual([]);
  });
});

describe("the record in the document settings", () => {
  test("round-trips, and an empty record removes the key", () => {
    const bag = new FakeSettings();
    const entry = { sheet: "S", sheetId: "{1}", cell: "B2", color: null, applied: "#FDE7E9" };
    writeRecord(bag, [entry]);
    expect(readRecord(bag)).toEqual([entry]);
    writeRecord(bag, []);
    expect(bag.data.has(HIGHLIGHTS_KEY)).toBe(false);
    expect(readRecord(bag)).toEqual([]);
  });
  test("anything else stored under the key reads as no record", () => {
    const bag = new FakeSettings();
    for (const junk of ["not json", JSON.stringify({ version: 2, cells: [] }), JSON.stringify({ version: 1, cells: [{ sheet: "S", cell: "=A1" }] }), 42]) {
      bag.set(HIGHLIGHTS_KEY, junk);
      expect(readRecord(bag)).toEqual([]);
    }
  });
});
