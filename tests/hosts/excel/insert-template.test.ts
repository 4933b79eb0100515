/**
 * Inserting a template through Office.js, against the fake Excel (office-addin-mock underneath): which calls,
 * how many requests, what lands on the new sheet, that nothing else changes; then the round trip a user makes:
 * insert, read the workbook back with the add-in's own reader, validate.
 */
import { EXAMPLE_SHEETS, ILLUSTRATIVE_RATES } from "../../../examples/example-workbook";
import { qualified, resolveSettings, validateWorkbook } from "../../../src/core";
import type { Validation } from "../../../src/core";
import { isoToExcelSerial } from "../../../src/core/parse/date";
import { LANGS, type Lang } from "../../../src/core/i18n";
import { buildTemplate, PREFILL_NAMES, PREFILLS, templateCells, TEMPLATE_KINDS } from "../../../src/core/templates";
import type { PrefillName, TemplateKind, TemplateSheet } from "../../../src/core/templates";
import { ExcelBridge, type Run } from "../../../src/hosts/excel/excel-bridge";
import { insertTemplate } from "../../../src/hosts/excel/insert-template";
import { readWorkbook } from "../../../src/hosts/excel/read-workbook";
import { widthInPoints } from "../../../src/hosts/excel/template-plan";
import { type ExcelValue, exampleSpecs, FakeExcel, FakeSettings } from "./fake-excel";

const TODAY = "2026-01-15";
/** After every seed date (the outreach log runs to September 2026; a contact in the future is an error). */
const AS_OF = "2026-10-01";
const EXAMPLE_NAMES = EXAMPLE_SHEETS.map((s) => s.name);

type Case = { label: string; kind: TemplateKind; prefill?: PrefillName; lang: Lang };
/** Every template in English, French and Spanish: headers, dropdowns and prompts in the language. */
const CASES: Case[] = LANGS.flatMap((lang) => [
  ...TEMPLATE_KINDS.map(({ kind }) => ({ label: `${lang} blank ${kind}`, kind, lang })),
  ...PREFILL_NAMES.map((p) => ({ label: `${lang} ${p}`, kind: PREFILLS[p].kind, prefill: p, lang })),
]);

const template = (c: Case): TemplateSheet => buildTemplate(c.kind, c.prefill, { today: TODAY, lang: c.lang });

/** The cell values Excel shows once it has calculated: a template formula's result. */
function calculatedBy(t: TemplateSheet): (sheet: string, cell: string) => ExcelValue | undefined {
  const results = new Map(templateCells(t).filter((p) => p.cell.formula !== undefined).map((p) => [p.ref, p.cell.result]));
  return (_sheet, cell) => {
    if (!results.has(cell)) throw new Error(`no result for a formula in ${cell}`);
    return results.get(cell);
  };
}

/** Everything the document holds for a sheet: what "untouched" compares. */
function stateOf(excel: FakeExcel, name: string) {
  const d = excel.sheet(name);
  return {
    values: excel.values(name), formulas: excel.formulas(name), formats: excel.formats(name), fills: excel.fills(name),
    bold: [...d.bold], wrap: [...d.wrap], widths: [...d.columnWidths], validations: d.validations.length, cfs: d.conditionalFormats.length, frozen: d.frozen,
  };
}

/** What the template says each written cell is: value or formula, and format. */
function expectedCells(t: TemplateSheet) {
  const values: Record<string, ExcelValue> = {}, formulas: Record<string, string> = {}, formats: Record<string, string> = {};
  for (const { ref, cell } of templateCells(t)) {
    if (cell.numberFormat) formats[ref] = cell.numberFormat;
    if (cell.formula !== undefined) formulas[ref] = cell.formula;
    else if (cell.value !== undefined && cell.value !== "") values[ref] = typeof cell.value === "object" ? isoToExcelSerial(cell.value.date) : cell.value;
  }
  return { values, formulas, formats };
}

describe.each(CASES)("inserting the $label template into the example workbook", (c) => {
  const t = template(c);
  const wanted = EXAMPLE_NAMES.includes(t.sheetName) ? `${t.sheetName} (2)` : t.sheetName;

  test("adds exactly one sheet with a free name, in three requests, and changes no other sheet", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const before = EXAMPLE_NAMES.map((n) => stateOf(excel, n));
    const sync = jest.spyOn(excel.context, "sync");
    const { sheet } = await insertTemplate(excel.context, t);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(sheet).toBe(wanted);
    expect(excel.sheets.map((s) => s.name)).toEqual([...EXAMPLE_NAMES, wanted]);
    expect(EXAMPLE_NAMES.map((n) => stateOf(excel, n))).toEqual(before);
    // Every write goes to the new sheet, but the workbook-scoped names of the template, defined before the formulas use them.
    expect(excel.writes.filter((w) => w.sheet !== wanted).map((w) => [w.path, w.args?.[0]])).toEqual(t.namedRanges.map((n) => ["names.add", n.name]));
    const order = excel.writes.map((w) => w.path);
    if (t.namedRanges.length > 0) expect(order.indexOf("names.add")).toBeLessThan(order.indexOf("formulas"));
    expect(excel.activeSheet).toBe(wanted);
  });

  test("writes the values, formulas, number formats and bold cells the template says", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const { sheet } = await insertTemplate(excel.context, t);
    const expected = expectedCells(t);
    expect(excel.values(sheet)).toEqual(expected.values); // the fake calculates nothing: formula cells have no value
    expect(excel.formulas(sheet)).toEqual(expected.formulas);
    expect(excel.formats(sheet)).toEqual(expected.formats);
    expect([...excel.sheet(sheet).bold].sort()).toEqual(templateCells(t).filter((p) => p.cell.bold).map((p) => p.ref).sort());
    expect(Object.fromEntries(excel.sheet(sheet).columnWidths)).toEqual(Object.fromEntries(t.columns.map((col, i) => [i + 1, widthInPoints(col.width)])));
    // One write of all values and formulas, one of all number formats.
    expect(excel.writes.filter((w) => w.path === "formulas" || w.path === "values").length).toBe(1);
    expect(excel.writes.filter((w) => w.path === "numberFormat").length).toBe(1);
  });

  test("adds the table, the data validations, the conditional formats, the names and the frozen panes", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const { sheet } = await insertTemplate(excel.context, t);
    const d = excel.sheet(sheet);
    expect(excel.tablesList.map((x) => ({ sheet: x.sheet, range: x.range, name: x.name, showFilterButton: x.showFilterButton }))).toEqual([
      { sheet, range: t.table.ref, name: t.table.name, showFilterButton: t.table.filterButtons },
    ]);
    expect(d.validations.map((v) => v.range)).toEqual(t.validations.map((v) => v.range));
    d.validations.forEach((v, i) => {
      const src = t.validations[i];
      expect(v.ignoreBlanks).toBe(true);
      expect(v.prompt).toEqual({ showPrompt: true, title: src.promptTitle, message: src.prompt });
      expect(v.errorAlert).toMatchObject({ showAlert: src.strict, style: "Stop" });
      const rule = v.rule as Excel.DataValidationRule;
      if (src.rule.type === "list") expect(rule.list).toEqual({ inCellDropDown: true, source: src.rule.values.join(",") });
      if (src.rule.type === "decimal") expect(rule.decimal).toEqual({ formula1: src.rule.min, formula2: src.rule.max, operator: "Between" });
      if (src.rule.type === "date") expect(rule.date).toMatchObject({ operator: "GreaterThan" });
    });
    expect(d.conditionalFormats.map(({ range, type, formula, fill }) => ({ range, type, formula, fill }))).toEqual(
      t.conditionalFormats.map((cf) => ({ range: cf.range, type: "Custom", formula: cf.formula, fill: cf.fill })),
    );
    expect(excel.names).toEqual(t.namedRanges.map((n) => ({ name: n.name, formula: `=${qualified(sheet, n.ref)}` })));
    expect(d.frozen).toEqual({ rows: t.freezeRows, columns: t.freezeColumns });
  });

  test("read back with the add-in's reader (formulas calculated, as Excel shows them), it validates with no error", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    excel.calculate = calculatedBy(t);
    const { sheet } = await insertTemplate(excel.context, t);
    const v = validateWorkbook(await readWorkbook(excel.context), resolveSettings({ asOf: AS_OF, rates: ILLUSTRATIVE_RATES, lang: c.lang }, AS_OF));
    expect(v.tables.map((x) => [x.sheet, x.kind, x.range])).toEqual([[sheet, c.kind, t.table.ref]]);
    expect(v.issues.filter((i) => i.severity === "error").map((i) => `${i.cell} ${i.code}`)).toEqual([]);
  });
});

describe("the ISU budget 2026, inserted", () => {
  const t = buildTemplate("budget", "isu-budget-2026");
  const rowOf = (label: string) => t.rows.findIndex((r) => r[0]?.value === label) + 1;

  test("next to the published sheet: 'ISU Budget 2026' is untouched, the new one is 'ISU Budget 2026 (2)', with the SUM and the named rate", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const published = stateOf(excel, "ISU Budget 2026");
    const { sheet } = await insertTemplate(excel.context, t);
    expect(sheet).toBe("ISU Budget 2026 (2)");
    expect(stateOf(excel, "ISU Budget 2026")).toEqual(published);
    const total = rowOf("Total"), salaries = rowOf("Salaries"), social = rowOf("Social charges");
    expect(excel.formulas(sheet)[`B${total}`]).toBe(`=SUM(B5:B${total - 1})`);
    expect(excel.formulas(sheet)[`B${social}`]).toBe(`=ROUND(SocialChargesRate*B${salaries},0)`);
    expect(excel.values(sheet).B1).toBe(0.2);
    expect(excel.names).toEqual([{ name: "SocialChargesRate", formula: "='ISU Budget 2026 (2)'!$B$1" }]);
  });

  test("a second insert renames what is workbook-wide: sheet (3), table Budget_2, SocialChargesRate_2 in the formulas too", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    await insertTemplate(excel.context, t);
    const sync = jest.spyOn(excel.context, "sync");
    const { sheet } = await insertTemplate(excel.context, t);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(sheet).toBe("ISU Budget 2026 (3)");
    expect(excel.tablesList.map((x) => [x.sheet, x.name])).toEqual([["ISU Budget 2026 (2)", "Budget"], ["ISU Budget 2026 (3)", "Budget_2"]]);
    expect(excel.names.map((n) => [n.name, n.formula])).toEqual([
      ["SocialChargesRate", "='ISU Budget 2026 (2)'!$B$1"],
      ["SocialChargesRate_2", "='ISU Budget 2026 (3)'!$B$1"],
    ]);
    expect(excel.formulas(sheet)[`B${rowOf("Social charges")}`]).toBe(`=ROUND(SocialChargesRate_2*B${rowOf("Salaries")},0)`);
    expect(excel.formulas("ISU Budget 2026 (2)")[`B${rowOf("Social charges")}`]).toBe(`=ROUND(SocialChargesRate*B${rowOf("Salaries")},0)`);
  });

  test("a user's defined name 'Budget' or 'SocialChargesRate' is kept: the template takes the next free ones", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [["x"]] }], [], [{ name: "budget", formula: "=Sheet1!$A$1" }, { name: "SocialChargesRate", formula: "=0.15" }]);
    await insertTemplate(excel.context, t);
    expect(excel.tablesList.map((x) => x.name)).toEqual(["Budget_2"]);
    expect(excel.names.map((n) => n.name)).toEqual(["budget", "SocialChargesRate", "SocialChargesRate_2"]);
    expect(excel.values("Sheet1")).toEqual({ A1: "x" });
  });

  test("from an empty workbook, read back and validated: total CHF 514'753, as stated, and no issue on the sheet", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    excel.calculate = calculatedBy(t);
    await insertTemplate(excel.context, t);
    const snapshot = await readWorkbook(excel.context, { name: "Book1.xlsx" });
    const v: Validation = validateWorkbook(snapshot, resolveSettings({}, "2026-03-01"));
    expect(v.rollups.budget).toHaveLength(1);
    expect(v.rollups.budget[0]).toMatchObject({ sheet: "ISU Budget 2026", total: 514753, statedTotal: 514753, currency: "CHF" });
    expect(v.rollups.budget[0].inKind.map((l) => l.label)).toEqual(["Administrative expenses"]);
    expect(v.issues.filter((i) => i.sheet !== "Sheet1")).toEqual([]);
    expect(v.issues.map((i) => i.code)).toEqual(["sheet.empty"]); // the workbook's own empty sheet, an info
  });
});

describe("when Excel refuses part of the insert", () => {
  test("the half-written new sheet is deleted again, the error reaches the caller, other sheets are untouched", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const before = EXAMPLE_NAMES.map((n) => stateOf(excel, n));
    excel.failWrite = (w) => (w.path === "dataValidation.rule" ? Object.assign(new Error("The argument is invalid or missing."), { code: "InvalidArgument" }) : undefined);
    const sync = jest.spyOn(excel.context, "sync");
    await expect(insertTemplate(excel.context, buildTemplate("budget", "isu-budget-2026"))).rejects.toThrow("The argument is invalid");
    expect(sync).toHaveBeenCalledTimes(4); // names, add, write (refused), delete
    expect(excel.sheets.map((s) => s.name)).toEqual(EXAMPLE_NAMES);
    expect(EXAMPLE_NAMES.map((n) => stateOf(excel, n))).toEqual(before);
    expect(excel.tablesList).toEqual([]);
    expect(excel.names).toEqual([]); // the rate's name, added first, is deleted with the sheet
  });

  test("refused before its name was added, the cleanup still deletes the sheet", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [["mine"]] }], [], [{ name: "Keep", formula: "=Sheet1!$A$1" }]);
    excel.failWrite = (w) => (w.path === "names.add" ? Object.assign(new Error("The name is not valid."), { code: "InvalidArgument" }) : undefined);
    await expect(insertTemplate(excel.context, buildTemplate("budget"))).rejects.toThrow("The name is not valid.");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(excel.names).toEqual([{ name: "Keep", formula: "=Sheet1!$A$1" }]);
    expect(excel.values("Sheet1")).toEqual({ A1: "mine" });
  });
});

describe("ExcelBridge.insertTemplate", () => {
  function bridgeOn(excel: FakeExcel, today = TODAY) {
    const run: Run = (batch) => batch(excel.context);
    return new ExcelBridge({ run, settings: () => new FakeSettings(), today: () => today, documentName: () => "Book1.xlsx", mergedAreas: () => false });
  }

  test("a blank activities plan spans this year and the next (the bridge's today), in three requests", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    const sync = jest.spyOn(excel.context, "sync");
    expect(await bridgeOn(excel, "2027-05-02").insertTemplate("activities")).toEqual({ sheet: "Activities" });
    expect(sync).toHaveBeenCalledTimes(3);
    const values = excel.values("Activities");
    expect(values.A1).toBe("Work plan 2027-2028");
    expect(values.L2).toBe(isoToExcelSerial("2027-01-01"));
    expect(excel.formats("Activities").L2).toBe("mmm yy");
  });

  test("the Budget prefilled with the ISU budget, then validated by the same bridge: CHF 514'753", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    excel.calculate = calculatedBy(buildTemplate("budget", "isu-budget-2026"));
    const bridge = bridgeOn(excel);
    expect(await bridge.insertTemplate("budget", "isu-budget-2026")).toEqual({ sheet: "ISU Budget 2026" });
    const report = await bridge.validate({ asOf: "2026-03-01" });
    expect(report.rollups.budget[0].total).toBe(514753);
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  test("an unknown prefill, or one of another kind, is refused before anything is written", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    const sync = jest.spyOn(excel.context, "sync");
    await expect(bridgeOn(excel).insertTemplate("budget", "no-such-seed")).rejects.toThrow(/unknown prefill 'no-such-seed'/);
    await expect(bridgeOn(excel).insertTemplate("budget", "sdr-2025-2026")).rejects.toThrow(/is a activities template, not budget|activities/);
    expect(sync).not.toHaveBeenCalled();
    expect(excel.writes).toEqual([]);
  });

  test("a user fills the blank activities template as in Excel: the activity is validated and scheduled", async () => {
    const excel = new FakeExcel([{ name: "Sheet1", values: [] }]);
    const bridge = bridgeOn(excel);
    const { sheet } = await bridge.insertTemplate("activities");
    // Typing into row 4: text, and dates as Excel stores them (serials; the column already has the date format).
    const typed: Record<string, ExcelValue> = {
      A4: "Regional workshop on Article 5 completion", B4: "ISU", E4: "March 2026",
      F4: isoToExcelSerial("2026-03-01"), G4: isoToExcelSerial("2026-03-31"), H4: "Workshop report", K4: "Planned",
    };
    for (const [cell, v] of Object.entries(typed)) excel.sheet(sheet).values.set(cell, v);
    const report = await bridge.validate({ asOf: "2026-01-15" });
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
    const timeline = report.rollups.timeline.find((x) => x.sheet === sheet)!;
    expect(timeline.grid.map((g) => [g.activity, g.start, g.end])).toEqual([["Regional workshop on Article 5 completion", "2026-03", "2026-03"]]);
  });
});
