/**
 * The lean reader against ExcelJS's whole-file reader (the reader the project trusted before): the
 * same snapshots and the same reports on the example workbook, every template, and generated
 * workbooks holding every cell shape the core reads (property test).
 */
import { statSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { resolveSettings, toReport, validateWorkbook } from "../../../../src/core";
import type { WorkbookSnapshot } from "../../../../src/core";
import { buildTemplate, PREFILL_NAMES, PREFILLS, TEMPLATE_KINDS } from "../../../../src/core/templates";
import { readXlsx } from "../../../../src/hosts/file/read-xlsx";
import type { XlsxReaderChoice } from "../../../../src/hosts/file/read-xlsx";
import { writeTemplateXlsx } from "../../../../src/hosts/file/write-template";
import { tempDir, writeWorkbook } from "../example-xlsx";

const tmp = tempDir("wpc-parity-");
afterAll(tmp.cleanup);
const settings = resolveSettings({ asOf: "2026-01-15" }, "2026-01-15");

const read = async (path: string, reader: XlsxReaderChoice): Promise<WorkbookSnapshot> =>
  (await readXlsx(path, path, "parity.xlsx", statSync(path).size, { reader })).snapshot;
const report = (wb: WorkbookSnapshot) => toReport(validateWorkbook(wb, settings), "parity.xlsx");
/** ExcelJS does not read sheet visibility; the lean reader does. Everything else must match. */
const visible = (wb: WorkbookSnapshot): WorkbookSnapshot => ({ ...wb, sheets: wb.sheets.map(({ hidden: _hidden, ...s }) => s) });

async function expectSameAsExcelJs(path: string): Promise<void> {
  const lean = await read(path, "auto"), whole = await read(path, "whole");
  expect(visible(lean)).toEqual(whole);
  expect(report(lean)).toEqual(report(whole));
}

describe("lean reader = ExcelJS's whole-file reader", () => {
  it("on the committed example workbook", async () => {
    await expectSameAsExcelJs(join(__dirname, "../../../../examples/workplan-check-examples.xlsx"));
  });

  it("on the example sheets written by ExcelJS", async () => {
    await expectSameAsExcelJs(await writeWorkbook(join(tmp.dir, "example.xlsx")));
  });

  const templates = [
    ...TEMPLATE_KINDS.map(({ kind }) => ({ label: `blank ${kind}`, kind, prefill: undefined })),
    ...PREFILL_NAMES.map((p) => ({ label: p, kind: PREFILLS[p].kind, prefill: p })),
  ];
  it.each(templates)("on the $label template", async ({ label, kind, prefill }) => {
    const path = join(tmp.dir, `${label.replace(/\s+/g, "-")}.xlsx`);
    await writeTemplateXlsx(buildTemplate(kind, prefill, { today: "2026-01-15" }), path);
    await expectSameAsExcelJs(path);
  });
});

/** Text with what XML escapes and what trips scanners: markup, quotes, ampersands, accents, emoji, spaces. */
const text = fc.oneof(
  fc.constantFrom("Activity", "Lead", "Timeline", "Budget", "Amount in CHF", "Status", "May – June 2026", "First quarter of 2026", "Ongoing", "514'753", "CHF 20'000", "Done"),
  fc.string({ unit: fc.constantFrom("a", "Z", "é", "ü", "–", "€", "😀", "<", ">", "&", "\"", "'", " ", "x", "c", "/", "=", "1"), minLength: 1, maxLength: 12 }),
).filter((s) => s.trim() !== "" && !/_x[0-9A-Fa-f]{4}_/.test(s));
const utcDate = fc.date({ min: new Date(Date.UTC(1950, 0, 1)), max: new Date(Date.UTC(2080, 11, 31)), noInvalidDate: true })
  .map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)));

type Shape =
  | { kind: "value"; value: ExcelJS.CellValue; numFmt?: string }
  | { kind: "formula"; result?: ExcelJS.CellValue; numFmt?: string };

/** Every cell shape of issue #14: values, rich text, dates, errors, formulas with and without cached results. */
const shape: fc.Arbitrary<Shape> = fc.oneof(
  number.map((value) => ({ kind: "value" as const, value })),
  fc.tuple(number, fc.constantFrom("#'##0", "0.00%", "#,##0.00")).map(([value, numFmt]) => ({ kind: "value" as const, value, numFmt })),
  text.map((value) => ({ kind: "value" as const, value })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ kind: "value" as const, value: { richText: runs.map((t, i) => ({ text: t, ...(i % 2 ? { font: { bold: true } } : {}) })) } })),
  fc.tuple(utcDate, fc.constantFrom("yyyy-mm-dd", "dd.mm.yyyy", "d mmm yyyy", "mm/dd/yy")).map(([value, numFmt]) => ({ kind: "value" as const, value, numFmt })),
  fc.boolean().map((value) => ({ kind: "value" as const, value })),
  fc.constantFrom("#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?").map((error) => ({ kind: "value" as const, value: { error } as ExcelJS.CellErrorValue })),
  fc.oneof(number, text, fc.boolean(), fc.constantFrom({ error: "#REF!" }, { error: "#DIV/0!" })).map((result) => ({ kind: "formula" as const, result: result as ExcelJS.CellValue })),
  utcDate.map((result) => ({ kind: "formula" as const, result, numFmt: "yyyy-mm-dd" })),
  fc.constant({ kind: "formula" as const }), // no cached value: the core must see the formula and a blank
);

interface GenSheet { name: string; cells: (Shape | null)[][]; hidden: boolean; merge: boolean; table: boolean; shared: boolean }
const sheet: fc.Arbitrary<Omit<GenSheet, "name">> = fc.record({
  cells: fc.array(fc.array(fc.option(shape, { nil: null, freq: 3 }), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
  hidden: fc.boolean(),
  merge: fc.boolean(),
  table: fc.boolean(),
  shared: fc.boolean(),
});

async function writeGenerated(path: string, sheets: readonly GenSheet[], date1904: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.hidden) ws.state = "hidden";
    // the generated block starts at C3, so used ranges that do not start at A1 are covered too
    s.cells.forEach((row, r) => row.forEach((c, k) => {
      if (!c) return;
      const cell = ws.getCell(r + 3, k + 3);
      if (c.kind === "value") cell.value = c.value;
      else cell.value = (c.result === undefined ? { formula: `ROW()*${r + 1}` } : { formula: `ROW()*${r + 1}`, result: c.result }) as ExcelJS.CellValue;
      if (c.numFmt) cell.numFmt = c.numFmt;
    }));
    const bottom = s.cells.length + 2;
    if (s.shared) {
      ws.getCell(bottom + 2, 3).value = { formula: "C3*2", result: 4, shareType: "shared", ref: `C${bottom + 2}:C${bottom + 4}` } as ExcelJS.CellValue;
      ws.getCell(bottom + 3, 3).value = { sharedFormula: `C${bottom + 2}`, result: 6 } as ExcelJS.CellValue;
      ws.getCell(bottom + 4, 3).value = { sharedFormula: `C${bottom + 2}`, result: 8 } as ExcelJS.CellValue;
    }
    if (s.merge) {
      ws.getCell(bottom + 6, 2).value = "Merged note";
      ws.mergeCells(bottom + 6, 2, bottom + 7, 4);
    }
    if (s.table) {
      ws.addTable({ name: `T_${s.name.replace(/\W/g, "")}`, ref: `H${bottom + 2}`, headerRow: true, columns: [{ name: "Activity" }, { name: "Lead" }], rows: [["Workshop", "ISU"], ["Visit", "Coordinators"]] });
    }
  }
  await wb.xlsx.writeFile(path);
}

describe("lean reader = ExcelJS's whole-file reader on generated workbooks (every cell shape)", () => {
  it("gives the same snapshot and report", async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (gen, date1904) => {
        const sheets = gen.map((s, i) => ({ ...s, name: `Sheet ${i + 1}${i === 1 ? " & <Co>" : ""}`, hidden: i > 0 && s.hidden }));
        const path = join(tmp.dir, `gen-${n++}.xlsx`);
        await writeGenerated(path, sheets, date1904);
        const lean = await read(path, "auto");
        expect(lean.sheets.map((s) => !!s.hidden)).toEqual(sheets.map((s) => s.hidden));
        await expectSameAsExcelJs(path);
      }),
      { numRuns: 40, seed: 20260115 },
    );
  });
});
