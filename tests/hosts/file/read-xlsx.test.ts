import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { resolveSettings, validateWorkbook } from "../../../src/core";
import type { RawCell, SheetSnapshot } from "../../../src/core";
import { FileReadError } from "../../../src/hosts/file/file-read-error";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import type { ReaderUsed, XlsxReaderChoice } from "../../../src/hosts/file/read-xlsx";
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { tempDir, writeWorkbook } from "./example-xlsx";
import { storedZip } from "./zip-fixture";

const tmp = tempDir();
afterAll(tmp.cleanup);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * A workbook with what real workplans contain: a title above an Excel table whose header is in row 4,
 * data starting in column B, dates, formatted numbers, rich text, a hyperlink, formulas (one shared,
 * one whose result is #REF!), an error value, a merged area; then an empty sheet and a sheet with one cell.
 */
async function writeFeatureWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan 2026");
  ws.getCell("B2").value = "Workplan 2026";
  ws.addTable({
    name: "Activities", ref: "B4", headerRow: true, totalsRow: false,
    columns: [{ name: "Activity" }, { name: "Lead" }, { name: "Timeline" }, { name: "Start date" }, { name: "Budget" }, { name: "Budget x2" }],
    rows: [
      ["Regional workshop", "ISU", "May – June 2026", utc(2026, 5, 4), 12500, 0],
      ["Country visit", "Coordinators", "First quarter of 2026", utc(2026, 1, 19), 8000, 0],
      ["Report", "ISU", "September 2026", utc(2026, 9, 1), 0, 0],
    ],
  });
  ws.getCell("B5").value = { richText: [{ text: "Regional " }, { font: { bold: true }, text: "workshop" }] };
  ws.getCell("C6").value = { text: "Coordinators", hyperlink: "mailto:coordinators@example.org" };
  for (const r of [5, 6, 7]) ws.getCell(`E${r}`).numFmt = "dd.mm.yyyy";
  for (const r of [5, 6, 7]) ws.getCell(`F${r}`).numFmt = "#'##0";
  ws.getCell("F7").value = { formula: "#REF!*1", result: { error: "#REF!" } };
  ws.getCell("G5").value = { formula: "F5*2", result: 25000, shareType: "shared", ref: "G5:G6" } as ExcelJS.CellValue;
  ws.getCell("G6").value = { sharedFormula: "G5", result: 16000 } as ExcelJS.CellValue;
  ws.getCell("G7").value = { formula: "F7*2", result: { error: "#REF!" } };
  ws.getCell("B9").value = "Merged note";
  ws.mergeCells("B9:D9");
  ws.getCell("B10").value = { error: "#N/A" };
  ws.getCell("C10").value = true;
  ws.getCell("D10").value = { formula: "E5+30", result: utc(2026, 6, 3) };
  ws.getCell("D10").numFmt = "yyyy-mm-dd";
  wb.addWorksheet("Empty");
  wb.addWorksheet("Lonely").getCell("C3").value = 42;
  await wb.xlsx.writeFile(path);
}

/** The value at a sheet's own 1-based row and column. */
const at = (s: SheetSnapshot, row: number, column: number): RawCell => s.values[row - s.originRow]?.[column - s.originColumn] ?? null;
const formulaAt = (s: SheetSnapshot, row: number, column: number) => s.formulas?.[row - s.originRow]?.[column - s.originColumn] ?? null;

const file = join(tmp.dir, "features.xlsx");
beforeAll(() => writeFeatureWorkbook(file));
const read = async (reader: XlsxReaderChoice, path = file) => (await readXlsx(path, path, "features.xlsx", readFileSync(path).length, { reader })).snapshot;

describe.each(["auto", "whole", "stream", "sheetjs"] as const)("readXlsx (%s reader)", (reader) => {
  it("keeps sheet order and names, and starts each sheet at its used range", async () => {
    const wb = await read(reader);
    expect(wb.name).toBe("features.xlsx");
    expect(wb.sheets.map((s) => s.name)).toEqual(["Plan 2026", "Empty", "Lonely"]);
    const [plan, empty, lonely] = wb.sheets;
    expect([plan.originRow, plan.originColumn]).toEqual([2, 2]);
    expect(empty.values).toEqual([]);
    expect(lonely).toMatchObject({ originRow: 3, originColumn: 3, values: [[42]] });
  });

  it("converts values: text, rich text, hyperlinks, dates, numbers, booleans, errors, blanks", async () => {
    const plan = (await read(reader)).sheets[0];
    expect(at(plan, 2, 2)).toBe("Workplan 2026");
    expect(at(plan, 3, 2)).toBeNull();
    expect(at(plan, 4, 2)).toBe("Activity");
    expect(at(plan, 5, 2)).toBe("Regional workshop");
    expect(at(plan, 6, 3)).toBe("Coordinators");
    expect(at(plan, 5, 4)).toBe("May – June 2026");
    expect(at(plan, 5, 5)).toEqual({ date: "2026-05-04" });
    expect(at(plan, 6, 5)).toEqual({ date: "2026-01-19" });
    expect(at(plan, 5, 6)).toBe(12500);
    expect(at(plan, 10, 2)).toBe("#N/A");
    expect(at(plan, 10, 3)).toBe(true);
    expect(at(plan, 10, 4)).toEqual({ date: "2026-06-03" });
  });

  it("gives a formula's cached result as the value and keeps the formula text", async () => {
    const plan = (await read(reader)).sheets[0];
    expect(at(plan, 5, 7)).toBe(25000);
    expect(formulaAt(plan, 5, 7)).toBe("=F5*2");
    expect(at(plan, 6, 7)).toBe(16000); // a shared formula's own result
    expect(at(plan, 7, 6)).toBe("#REF!");
    expect(formulaAt(plan, 7, 6)).toBe("=#REF!*1");
    expect(formulaAt(plan, 2, 2)).toBeNull();
  });

  it("leaves the covered cells of a merged area blank", async () => {
    const plan = (await read(reader)).sheets[0];
    expect(at(plan, 9, 2)).toBe("Merged note");
    expect(at(plan, 9, 3)).toBeNull();
    expect(at(plan, 9, 4)).toBeNull();
  });
});

describe.each(["auto", "whole"] as const)("readXlsx, the lean (auto) and ExcelJS's whole-file reader (%s)", (reader) => {
  it("reads Excel tables (header below row 1) and merged areas", async () => {
    const plan = (await read(reader)).sheets[0];
    expect(plan.tables).toEqual([{ name: "Activities", headerRow: 4, firstColumn: 2, lastColumn: 7, lastRow: 7 }]);
    expect(plan.merged).toEqual([{ top: 9, left: 2, bottom: 9, right: 4 }]);
  });

  it("translates shared formulas and keeps an error result of a formula", async () => {
    const plan = (await read(reader)).sheets[0];
    expect(formulaAt(plan, 6, 7)).toBe("=F6*2");
    expect(at(plan, 7, 7)).toBe("#REF!");
  });

  it("gives the core an Excel table it recognises as such", async () => {
    const v = validateWorkbook(await read(reader), resolveSettings({}, "2026-01-15"));
    expect(v.tables).toContainEqual(expect.objectContaining({ sheet: "Plan 2026", kind: "activities", source: "host-table" }));
    expect(v.issues).toContainEqual(expect.objectContaining({ code: "cell.error-value", sheet: "Plan 2026", cell: "F7" }));
  });
});

describe("readXlsx, streaming reader only", () => {
  it("has no tables or merged areas (the streaming reader does not read them)", async () => {
    const plan = (await read("stream")).sheets[0];
    expect(plan.tables).toBeUndefined();
    expect(plan.merged).toBeUndefined();
  });
});

describe("every reader on the example workbook", () => {
  it("gives the same sheets, names and values (ExcelJS's writer puts workbook.xml and styles.xml last)", async () => {
    const path = await writeWorkbook(join(tmp.dir, "example.xlsx"));
    const size = readFileSync(path).length;
    const whole = (await readXlsx(path, path, "example.xlsx", size, { reader: "whole" })).snapshot;
    const streamed = (await readXlsx(path, path, "example.xlsx", size, { reader: "stream" })).snapshot;
    const lean = (await readXlsx(path, path, "example.xlsx", size, { reader: "auto" })).snapshot;
    expect(lean.sheets.map((s) => s.name)).toEqual(EXAMPLE_SHEETS.map((s) => s.name));
    expect(streamed).toEqual(whole);
    expect(lean).toEqual(whole);
    const log = streamed.sheets.find((s) => s.name === "Outreach log (illustrative)")!;
    expect(at(log, 3, 2)).toEqual({ date: "2026-01-20" }); // needs the styles part: dates are numbers with a date format
  });
});

describe("choosing the reader", () => {
  it("reads with the lean reader by default and says so; a forced reader is used as asked", async () => {
    const used: ReaderUsed[] = [];
    for (const reader of ["auto", "whole", "stream", "sheetjs"] as const) {
      await readXlsx(file, file, "features.xlsx", readFileSync(file).length, { reader, onReader: (r) => used.push(r) });
    }
    expect(used).toEqual(["lean", "whole", "stream", "sheetjs"]);
  });
});

describe("zips that are not readable workbooks", () => {
  const reasonOf = async (path: string, reader: XlsxReaderChoice) => {
    try {
      await read(reader, path);
      return "read";
    } catch (e) {
      expect(e).toBeInstanceOf(FileReadError);
      expect((e as Error).message).toContain(path);
      expect((e as Error).message).not.toContain("\n");
      return (e as FileReadError).reason;
    }
  };

  it.each(["auto", "whole", "stream"] as const)("rejects a truncated workbook (%s)", async (reader) => {
    const truncated = join(tmp.dir, "truncated.xlsx");
    const whole = readFileSync(file);
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    expect(await reasonOf(truncated, reader)).toBe("corrupt");
  });

  it("rejects a Word document renamed .xlsx (ExcelJS alone would read it as a workbook without sheets)", async () => {
    const path = join(tmp.dir, "letter.xlsx");
    writeFileSync(path, storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
    expect(await reasonOf(path, "auto")).toBe("not-a-workbook");
  });

  it("rejects a workbook whose parts are broken", async () => {
    const path = join(tmp.dir, "broken.xlsx");
    writeFileSync(path, storedZip({ "[Content_Types].xml": "<Types", "xl/workbook.xml": "<workbook><sheets><sheet name=", "xl/_rels/workbook.xml.rels": "\u0000" }));
    expect(await reasonOf(path, "auto")).toBe("corrupt");
    expect(await reasonOf(path, "whole")).toBe("corrupt");
    expect(await reasonOf(path, "stream")).toBe("corrupt");
  });
});

describe("cached formula results", () => {
  it("keeps a cached 0 (ExcelJS's cell.value drops it)", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const os = await import("os"), path = await import("path"), fs = await import("fs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Budget");
    ws.addRow(["COST", "Amount in CHF"]);
    ws.addRow(["Travel", 0]);
    ws.addRow(["Total", { formula: "SUM(B2:B2)", result: 0 }]);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wpc-")), "zero.xlsx");
    await wb.xlsx.writeFile(file);
    const { readXlsxWhole } = await import("../../../src/hosts/file/read-xlsx-whole");
    const snap = await readXlsxWhole(file, "zero.xlsx");
    expect(snap.sheets[0].values[2][1]).toBe(0);
  });
});
