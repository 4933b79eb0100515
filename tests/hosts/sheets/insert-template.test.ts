/**
 * insertTemplate (google.script.run target) through the BUILT Code.js in a vm, on the call-counting
 * fake: what lands on the new sheet, how many calls it takes, that nothing else changes, and the
 * round trip a user makes (insert → Sheets computes the formulas → validate).
 */
import { buildTemplate, DATE_FORMAT, FTE_TOTAL_FORMAT, MONEY_FORMAT, MONTH_FORMAT, PLAIN_MONEY_FORMAT, prefillsOf, RATE_FORMAT, SHARE_FORMAT, TEMPLATE_KINDS, TEXT_FORMAT } from "../../../src/core/templates";
import { ILLUSTRATIVE_RATES } from "../../../examples/example-workbook";
import type { PrefillName, TemplateKind, TemplateSheet, ValidationRule } from "../../../src/core/templates";
import { FakeAppsScript, FakeRange, formatDate, parseArea, toA1, type FakeCriteria, type FakeSheet, type SeedSheet } from "./fake-apps-script";
import { loadCode, overTheWire, TIME_ZONE } from "./load-code";
import { recalculate } from "./sheet-formulas";
import { separatorFree } from "../../../src/hosts/sheets/sheets-formula";

/** After the illustrative outreach log's last contact (2026-09-15): its dates are not in the future. */
const AS_OF = "2026-12-31";

/**
 * The Sheets form of each Excel code the templates use: the same code, except that the bare Swiss
 * grouping apostrophe is escaped. A code missing here fails the test, so a new format gets a look.
 */
const SHEETS_FORMAT: Record<string, string> = {
  [MONEY_FORMAT]: `[>=1000000]"CHF "#\\'###\\'##0;[>=1000]"CHF "#\\'##0;"CHF "0`,
  [DATE_FORMAT]: "d mmm yyyy",
  [MONTH_FORMAT]: "mmm yy",
  [SHARE_FORMAT]: "0%",
  [FTE_TOTAL_FORMAT]: `0.0# "FTE"`,
  [TEXT_FORMAT]: "@",
  [PLAIN_MONEY_FORMAT]: `[>=1000000]#\\'###\\'##0;[>=1000]#\\'##0;0`,
  [RATE_FORMAT]: "0.0000##",
};
const sheetsFormat = (code: string | undefined): string => (code === undefined ? "General" : SHEETS_FORMAT[code] ?? `(no Sheets form for ${code})`);

type Case = readonly [kind: TemplateKind, prefill: PrefillName | undefined];
const CASES: Case[] = TEMPLATE_KINDS.flatMap(({ kind }): Case[] => [[kind, undefined], ...prefillsOf(kind).map((p): Case => [kind, p])]);
const caseName = ([kind, prefill]: Case): string => `${kind}${prefill ? ` / ${prefill}` : " (blank)"}`;

const todayIn = (timeZone: string): string => formatDate(new Date(), timeZone, "yyyy-MM-dd");
/** What the server builds: a blank activities plan spans this year and the next, in the spreadsheet's time zone. */
const expected = ([kind, prefill]: Case, timeZone = TIME_ZONE): TemplateSheet => buildTemplate(kind, prefill, { today: todayIn(timeZone) });

function setup(sheets: SeedSheet[], timeZone = TIME_ZONE, locale?: string) {
  const fake = new FakeAppsScript({ name: "Work plan 2026", timeZone, sheets, locale });
  return { fake, ...loadCode(fake) };
}

/** Every sheet's cells, fills, formats and grid, to prove a sheet was not touched. */
const stateOf = (s: FakeSheet) => JSON.stringify({ cells: [...s.cells], rows: s.maxRows, columns: s.maxColumns, widths: [...s.columnWidths], frozen: [s.frozenRows, s.frozenColumns], rules: s.conditionalRules.length, filter: s.filter });

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";
const containsDate = (v: unknown): boolean => isDate(v) || (typeof v === "object" && v !== null && Object.values(v).some(containsDate));

/** How each cell of the template should read back from the fake: "B10 =SUM(B5:B9) | \"CHF \"#'##0 | bold". */
function expectedCells(t: TemplateSheet): string[] {
  const width = Math.max(...t.rows.map((r) => r.length));
  const out: string[] = [];
  t.rows.forEach((row, r) => {
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? null;
      const v = cell === null ? "" : (cell.formula !== undefined ? separatorFree(cell.formula) : undefined) ?? (cell.value === undefined ? "" : typeof cell.value === "object" ? `date ${cell.value.date}` : JSON.stringify(cell.value));
      out.push(`${toA1(r + 1, c + 1)} ${v} | ${sheetsFormat(cell?.numberFormat)}${cell?.bold ? " | bold" : ""}`);
    }
  });
  return out;
}

function actualCells(sheet: FakeSheet, t: TemplateSheet, timeZone: string): string[] {
  const width = Math.max(...t.rows.map((r) => r.length));
  const out: string[] = [];
  for (let r = 1; r <= t.rows.length; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.peek(r, c);
      const value = cell?.value ?? "";
      const v = cell?.formula ?? (value === "" ? "" : isDate(value) ? `date ${formatDate(value, timeZone, "yyyy-MM-dd")}` : JSON.stringify(value));
      out.push(`${toA1(r, c)} ${v} | ${cell?.numberFormat ?? "General"}${cell?.fontWeight === "bold" ? " | bold" : ""}`);
    }
  }
  return out;
}

const criteriaOf = (rule: ValidationRule): FakeCriteria =>
  rule.type === "list" ? { type: "VALUE_IN_LIST", values: rule.values, showDropdown: true }
  : rule.type === "decimal" ? { type: "NUMBER_BETWEEN", min: rule.min, max: rule.max }
  : { type: "DATE_IS_VALID_DATE" };

/** Cells of an A1 area, as [row, column]. */
function cellsOf(ref: string): [number, number][] {
  const a = parseArea(ref.replace(/\$/g, ""));
  const out: [number, number][] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push([r, c]);
  return out;
}

/** The write calls insertTemplate should make for t, by method: the batching contract. */
function expectedWrites(t: TemplateSheet): Record<string, number> {
  const widthRuns = t.columns.filter((col, i) => i === 0 || Math.round(7 * col.width + 5) !== Math.round(7 * t.columns[i - 1].width + 5)).length;
  const counts: Record<string, number> = {
    "Spreadsheet.insertSheet": 1,
    "Range.setValues": 1,
    "Range.setNumberFormats": 1,
    "RangeList.setFontWeight": 1,
    "Sheet.setColumnWidths": widthRuns,
    "Range.setVerticalAlignment": 1,
    "RangeList.setWrap": 1,
    "Range.setDataValidation": t.validations.length,
    "Sheet.setConditionalFormatRules": t.conditionalFormats.length > 0 ? 1 : 0,
    "Spreadsheet.setNamedRange": t.namedRanges.length,
    "Sheet.setFrozenRows": 1,
    "Sheet.setFrozenColumns": t.freezeColumns > 0 ? 1 : 0,
    "Range.createFilter": t.table.filterButtons ? 1 : 0,
    // A new sheet has columns A–Z; the activities template with its Gantt needs more.
    "Sheet.insertColumnsAfter": t.columns.length > 26 ? 1 : 0,
  };
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}

const countByMethod = (fake: FakeAppsScript): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const c of fake.writes()) out[c.method] = (out[c.method] ?? 0) + 1;
  return out;
};

describe("insertTemplate: one new sheet, exactly as the template says", () => {
  test.each(CASES.map((c) => [caseName(c), c] as const))("%s", (_, c) => {
    const t = expected(c);
    // A spreadsheet where the template's sheet name is already taken, by a sheet with a fill and data.
    const { fake, globals } = setup([
      { name: "Notes", values: [["my notes", 42]] },
      { name: t.sheetName, values: [["keep me", 2026]], backgrounds: { A1: "#ff0000" } },
    ]);
    const before = fake.spreadsheet.sheets.map(stateOf);
    fake.resetCalls();

    const result = globals.insertTemplate(c[0], c[1]);

    const name = `${t.sheetName} (2)`;
    expect(overTheWire(result)).toEqual({ sheet: name });
    expect(containsDate(result)).toBe(false);
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(["Notes", t.sheetName, name]);
    expect(fake.spreadsheet.sheets.slice(0, 2).map(stateOf)).toEqual(before);
    expect(fake.spreadsheet.activeSheet?.name).toBe(name);

    // Every write is on the new sheet, and batched.
    for (const w of fake.writes()) expect([w.method, w.sheet]).toEqual([w.method, name]);
    expect(countByMethod(fake)).toEqual(expectedWrites(t));
    expect(fake.count("Range.getValues")).toBe(0);

    const sheet = fake.spreadsheet.sheet(name);
    expect(actualCells(sheet, t, TIME_ZONE)).toEqual(expectedCells(t));

    // Data validation: each range has exactly the rule, strictness and help text of the template.
    let validated = 0;
    for (const v of t.validations) {
      for (const [r, col] of cellsOf(v.range)) {
        const rule = sheet.peek(r, col)?.validation;
        expect([toA1(r, col), rule?.criteria, rule?.allowInvalid, rule?.helpText]).toEqual([toA1(r, col), criteriaOf(v.rule), !v.strict, v.prompt]);
        validated++;
      }
    }
    expect([...sheet.cells.values()].filter((x) => x.validation).length).toBe(validated);

    expect(sheet.conditionalRules.map((r) => ({ range: r.a1.join(","), formula: r.formula, fill: r.background })))
      .toEqual(t.conditionalFormats.map((cf) => ({ range: cf.range, formula: separatorFree(cf.formula), fill: cf.fill })));
    expect([...fake.spreadsheet.namedRanges].map(([n, x]) => [n, x.sheet.name, toA1(x.area.top, x.area.left)]))
      .toEqual(t.namedRanges.map((n) => [n.name, name, n.ref.replace(/\$/g, "")]));

    expect([sheet.frozenRows, sheet.frozenColumns]).toEqual([t.freezeRows, t.freezeColumns]);
    expect(t.columns.map((_, i) => sheet.columnWidths.get(i + 1))).toEqual(t.columns.map((col) => Math.round(7 * col.width + 5)));
    expect(sheet.maxColumns).toBe(Math.max(26, t.columns.length));
    expect(sheet.filter && toA1(sheet.filter.top, sheet.filter.left) + ":" + toA1(sheet.filter.bottom, sheet.filter.right)).toBe(t.table.filterButtons ? t.table.ref : undefined);
    // The header wraps; so do the long-text columns of the data rows.
    for (let col = t.table.firstColumn; col <= t.table.lastColumn; col++) expect(sheet.peek(t.table.headerRow, col)?.wrap).toBe(true);
  });
});

describe("insertTemplate: details", () => {
  test.each(CASES)("%s %s in a de_DE spreadsheet (';' between arguments): every formula is taken", (kind, prefill) => {
    const { fake, globals } = setup([], TIME_ZONE, "de_DE");
    const { sheet } = globals.insertTemplate(kind, prefill);
    const written = fake.spreadsheet.sheet(sheet);
    const t = buildTemplate(kind, prefill as never, { today: "2026-03-01" });
    const expectedFormulas = t.rows.flat().filter((c) => c?.formula !== undefined).length;
    expect([...written.cells.values()].filter((c) => c.formula !== undefined)).toHaveLength(expectedFormulas);
    expect(written.conditionalRules).toHaveLength(t.conditionalFormats.length);
  });

  test("the ISU budget: a SUM total and social charges as the named rate times salaries, in CHF", () => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [] }]);
    expect(globals.insertTemplate("budget", "isu-budget-2026")).toEqual({ sheet: "ISU Budget 2026" });
    const sheet = fake.spreadsheet.sheet("ISU Budget 2026");
    const total = [...sheet.cells.values()].find((c) => c.formula?.startsWith("=SUM("));
    expect(total).toMatchObject({ formula: "=SUM(B5:B9)", numberFormat: SHEETS_FORMAT[MONEY_FORMAT], fontWeight: "bold" });
    expect(sheet.peek(6, 2)).toMatchObject({ formula: "=ROUND(SocialChargesRate*B5)", numberFormat: SHEETS_FORMAT[MONEY_FORMAT] });
    expect(sheet.peek(1, 2)).toMatchObject({ value: 0.2, numberFormat: "0%" });
    expect(sheet.peek(5, 2)?.value).toBe(378961);
    expect(sheet.peek(4, 1)).toMatchObject({ value: "COST", fontWeight: "bold" });
    expect(fake.spreadsheet.namedRanges.get("SocialChargesRate")).toMatchObject({ sheet, area: parseArea("B1") });
  });

  test("text that Sheets would turn into a date, a number or a formula stays text", () => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [] }]);
    globals.insertTemplate("activities", "univ-2025-2026");
    const t = expected(["activities", "univ-2025-2026"]);
    const sheet = fake.spreadsheet.sheet(t.sheetName);
    // Timelines such as "March 2026" (Sheets reads that as 1 March 2026) read back as the same text.
    const texts = t.rows.flatMap((row, r) => row.map((cell, c) => (typeof cell?.value === "string" ? ([r + 1, c + 1, cell.value] as const) : null))).filter((x) => x !== null);
    expect(texts.filter(([, , v]) => /^[A-Z][a-z]+ \d{4}$/.test(v)).length).toBeGreaterThan(0);
    for (const [r, c, v] of texts) expect([toA1(r, c), sheet.peek(r, c)?.value]).toEqual([toA1(r, c), v]);
    expect([...sheet.cells.values()].filter((c) => c.formula !== undefined)).toEqual([]);
  });

  test("a second budget gets a free sheet name and a free rate name, used by its own formula", () => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [] }]);
    expect(globals.insertTemplate("budget")).toEqual({ sheet: "Budget" });
    const first = stateOf(fake.spreadsheet.sheet("Budget"));
    expect(globals.insertTemplate("budget", null)).toEqual({ sheet: "Budget (2)" });
    expect(stateOf(fake.spreadsheet.sheet("Budget"))).toBe(first);
    expect([...fake.spreadsheet.namedRanges].map(([n, x]) => [n, x.sheet.name])).toEqual([["SocialChargesRate", "Budget"], ["SocialChargesRate_2", "Budget (2)"]]);
    const formulas = [...fake.spreadsheet.sheet("Budget (2)").cells.values()].map((c) => c.formula).filter(Boolean);
    expect(formulas).toEqual(["=ROUND(SocialChargesRate_2*B5)", `="Estimated at "&ROUND((SocialChargesRate_2*100)*10)/10&"% of salary"`, "=SUM(B5:B9)"]);
  });

  test("sheet names are compared without case, as Sheets does", () => {
    const { globals } = setup([{ name: "budget", values: [] }, { name: "BUDGET (2)", values: [] }]);
    expect(globals.insertTemplate("budget")).toEqual({ sheet: "Budget (3)" });
  });

  test("dates are Date objects for midnight in the spreadsheet's time zone", () => {
    for (const timeZone of ["Pacific/Auckland", "America/Los_Angeles"]) {
      const c: Case = ["activities", "art6-2025-2026"];
      const { fake, globals } = setup([{ name: "Sheet1", values: [] }], timeZone);
      const { sheet: name } = globals.insertTemplate(...c);
      const sheet = fake.spreadsheet.sheet(name);
      expect(actualCells(sheet, expected(c, timeZone), timeZone)).toEqual(expectedCells(expected(c, timeZone)));
      const month = sheet.peek(2, 12)?.value as Date; // the Gantt's first month, L2
      expect(isDate(month)).toBe(true);
      expect(formatDate(month, timeZone, "yyyy-MM-dd HH:mm:ss")).toBe("2025-01-01 00:00:00");
    }
  });

  test.each([
    [["spreadsheet"], /Unknown template "spreadsheet"\. Choose one of: activities, budget, staffing, outreach, contributions, expenditure, rates\./],
    [[42], /Unknown template "42"/],
    [["budget", "isu-budget-2027"], /Unknown pre-fill "isu-budget-2027" for the budget template\. Choose one of: isu-budget-2026, or none\./],
    [["budget", "sdr-2025-2026"], /pre-fill "sdr-2025-2026" is for the activities template, not budget/],
    [["budget", { evil: true }], /Unknown pre-fill "\[object Object\]"/],
  ])("refuses %j with a clear error and writes nothing", (args, message) => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [["x"]] }]);
    expect(() => globals.insertTemplate(...(args as unknown[]))).toThrow(message);
    expect(fake.writes()).toEqual([]);
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("a failure half-way removes the new sheet again", () => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [["x"]] }]);
    const spy = jest.spyOn(FakeRange.prototype, "setDataValidation").mockImplementation(() => {
      throw new Error("Service Spreadsheets timed out");
    });
    try {
      expect(() => globals.insertTemplate("staffing")).toThrow("Service Spreadsheets timed out");
    } finally {
      spy.mockRestore();
    }
    expect(fake.spreadsheet.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fake.count("Spreadsheet.deleteSheet")).toBe(1);
    expect(fake.spreadsheet.namedRanges.size).toBe(0);
  });
});

describe("round trip: an empty Google Sheet → template → Sheets computes → validate", () => {
  test.each(CASES.map((c) => [caseName(c), c] as const))("%s validates with no error", (_, c) => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [] }]);
    const { sheet: name } = globals.insertTemplate(c[0], c[1]);
    const sheet = fake.spreadsheet.sheet(name);
    const t = expected(c);
    // Sheets computes the formulas; the core computed the same results when it built the template.
    const computed = recalculate(fake.spreadsheet, sheet);
    const results = Object.fromEntries(t.rows.flatMap((row, r) => row.flatMap((cell, col) => (cell?.formula !== undefined ? [[toA1(r + 1, col + 1), cell.result]] : []))));
    expect(computed).toEqual(results);

    // A contributions or ledger template inserted alone has no rate table beside it: the illustrative rates stand in.
    const report = overTheWire(globals.validate({ asOf: AS_OF, rates: ILLUSTRATIVE_RATES }));
    expect(report.tables.filter((x: { sheet: string }) => x.sheet === name).map((x: { kind: string }) => x.kind)).toEqual([c[0]]);
    expect(report.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    if (c[1] === "isu-budget-2026") {
      const budget = report.rollups.budget.find((b: { sheet: string }) => b.sheet === name);
      expect([budget?.total, budget?.statedTotal]).toEqual([514753, 514753]);
    }
  });

  test("a user fills the blank budget: the Total and social charges follow the typed amounts", () => {
    const { fake, globals } = setup([{ name: "Sheet1", values: [] }]);
    const { sheet: name } = globals.insertTemplate("budget");
    const sheet = fake.spreadsheet.sheet(name);
    // Typed as a user would: Salaries, Communication, Travel (rows 5, 7, 8); Social charges (row 6) is a formula.
    sheet.getRange("B5").setValues([[100000]]);
    sheet.getRange("B7:B8").setValues([[5000], [12500]]);
    expect(recalculate(fake.spreadsheet, sheet)).toEqual({ C6: "Estimated at 20% of salary", B6: 20000, B10: 137500 });

    const report = overTheWire(globals.validate({ asOf: AS_OF }));
    expect(report.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
    const budget = report.rollups.budget.find((b: { sheet: string }) => b.sheet === name);
    expect([budget?.total, budget?.statedTotal]).toEqual([137500, 137500]);

    // The template says to change the rate, not the amount: the note follows, so the 25% check passes.
    sheet.getRange("B1").setValues([[0.25]]);
    expect(recalculate(fake.spreadsheet, sheet)).toEqual({ C6: "Estimated at 25% of salary", B6: 25000, B10: 142500 });
    const after = overTheWire(globals.validate({ asOf: AS_OF }));
    expect(after.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);
  });
});
