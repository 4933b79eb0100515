import { LANGS, type Lang } from "../../../src/core/i18n";
/**
 * Proof that the written templates compute what they claim: each template is written as a real .xlsx,
 * read back with ExcelJS, and evaluated by a formula engine (HyperFormula); the core reads the same
 * file with the CLI's reader and must agree.
 */
import { statSync } from "fs";
import { basename, join } from "path";
import ExcelJS from "exceljs";
import { resolveSettings, validateWorkbook } from "../../../src/core";
import type { Validation } from "../../../src/core";
import { buildTemplate, PREFILL_NAMES, PREFILLS, TEMPLATE_KINDS } from "../../../src/core/templates";
import type { PrefillName, TemplateKind, TemplateSheet } from "../../../src/core/templates";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import { writeTemplateXlsx } from "../../../src/hosts/file/write-template";
import { engineFor, shiftFormula } from "../../core/templates/hyperformula";
import { tempDir } from "./example-xlsx";

const TODAY = "2026-01-15";
/** After every seed date (the outreach log runs to September 2026, and a future contact is an error). */
import { ILLUSTRATIVE_RATES } from "../../../examples/example-workbook";
const AS_OF = "2026-10-01";
/** The illustrative rates (a contributions or ledger template checked alone has no rate table beside it). */
const settings = resolveSettings({ asOf: AS_OF, rates: ILLUSTRATIVE_RATES }, AS_OF);

const tmp = tempDir("wpc-template-");
afterAll(tmp.cleanup);

type Case = { label: string; kind: TemplateKind; prefill?: PrefillName; lang?: Lang };
const CASES: Case[] = LANGS.flatMap((lang) => [
  ...TEMPLATE_KINDS.map(({ kind }) => ({ label: `${lang} blank ${kind}`, kind, lang })),
  ...PREFILL_NAMES.map((p) => ({ label: `${lang} ${p}`, kind: PREFILLS[p].kind, prefill: p, lang })),
]);

async function written(c: Case): Promise<{ template: TemplateSheet; path: string; wb: ExcelJS.Workbook }> {
  const template = buildTemplate(c.kind, c.prefill, { today: TODAY, lang: c.lang });
  const path = join(tmp.dir, `${c.label.replace(/\s+/g, "-")}.xlsx`);
  await writeTemplateXlsx(template, path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return { template, path, wb };
}

/** The core's validation of a file, read with the CLI's own reader. */
async function validateFile(path: string): Promise<Validation> {
  const { snapshot } = await readXlsx(path, basename(path), basename(path), statSync(path).size);
  return validateWorkbook(snapshot, settings);
}

const errors = (v: Validation) => v.issues.filter((i) => i.severity === "error").map((i) => `${i.cell} ${i.code}`);

/** Every formula cell of the first sheet: where it is, its text and its cached result. */
function formulaCells(ws: ExcelJS.Worksheet): { row: number; column: number; formula: string; result: unknown }[] {
  const out: { row: number; column: number; formula: string; result: unknown }[] = [];
  ws.eachRow((row, r) => row.eachCell((cell, c) => {
    // cell.result, not cell.value.result: ExcelJS's value getter drops a cached 0.
    if (cell.formula) out.push({ row: r, column: c, formula: cell.formula, result: cell.result });
  }));
  return out;
}

describe.each(CASES)("the $label template, written and read back", (c) => {
  let file: Awaited<ReturnType<typeof written>>;
  beforeAll(async () => (file = await written(c)));

  it("caches, for every formula, the value HyperFormula computes", () => {
    const engine = engineFor(file.wb);
    const cells = formulaCells(file.wb.worksheets[0]);
    expect(cells.length).toBe(file.template.rows.flat().filter((x) => x?.formula).length);
    for (const f of cells) expect([f.formula, f.result]).toEqual([f.formula, engine.value(f.row, f.column)]);
  });

  it("is read by the core as one table of its kind, with no error", async () => {
    const v = await validateFile(file.path);
    expect(v.tables.map((t) => [t.kind, t.range])).toEqual([[c.kind, file.template.table.ref]]);
    expect(errors(v)).toEqual([]);
  });
});

describe("the prefilled ISU budget", () => {
  let file: Awaited<ReturnType<typeof written>>;
  const cellOf = (label: string) => {
    const r = file.template.rows.findIndex((row) => row[0]?.value === label) + 1;
    return { row: r, column: 2 };
  };
  beforeAll(async () => (file = await written({ label: "isu-budget-proof", kind: "budget", prefill: "isu-budget-2026" })));

  it("totals CHF 514'753 and computes social charges as ROUND(20% × 378'961) = 75'792", () => {
    const engine = engineFor(file.wb);
    const total = cellOf("Total"), social = cellOf("Social charges"), salaries = cellOf("Salaries");
    expect(engine.value(total.row, total.column)).toBe(514753);
    expect(engine.value(salaries.row, salaries.column)).toBe(378961);
    expect(engine.value(social.row, social.column)).toBe(Math.round(0.2 * 378961));
    expect(engine.value(social.row, social.column)).toBe(75792);
  });

  it("keeps social charges and the total as formulas: a new rate or salary moves both", () => {
    const engine = engineFor(file.wb);
    const rate = engine.hf.getNamedExpressionValue("SocialChargesRate");
    expect(rate).toBe(0.2);
    const social = cellOf("Social charges"), salaries = cellOf("Salaries"), total = cellOf("Total");
    engine.hf.setCellContents({ sheet: engine.sheetId, row: 0, col: 1 }, 0.25); // the rate cell, B1
    engine.hf.setCellContents({ sheet: engine.sheetId, row: salaries.row - 1, col: 1 }, 400000);
    expect(engine.value(social.row, social.column)).toBe(100000);
    expect(engine.value(total.row, total.column)).toBe(400000 + 100000 + 60000);
    // The note follows the rate, so the core's "stated percentage" check keeps agreeing.
    expect(engine.value(social.row, social.column + 1)).toMatch(/^Estimated at 25% of salary/);
  });

  it("names the rate cell SocialChargesRate in the file", () => {
    expect(file.wb.definedNames.model).toEqual([{ name: "SocialChargesRate", ranges: ["'ISU Budget 2026'!$B$1"] }]);
  });

  it("is rolled up by the core like the published budget: total and stated total 514'753", async () => {
    const v = await validateFile(file.path);
    expect(v.rollups.budget).toHaveLength(1);
    expect(v.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753, currency: "CHF" });
    expect(v.rollups.budget[0].inKind.map((l) => l.label)).toEqual(["Administrative expenses"]);
    expect(v.issues).toEqual([]);
  });
});

describe("the prefilled ISU staffing", () => {
  it("totals 2.5 FTE in the file and in the core's rollup", async () => {
    const file = await written({ label: "isu-staffing-proof", kind: "staffing", prefill: "isu-staffing-2026" });
    const engine = engineFor(file.wb);
    const total = file.template.rows.findIndex((row) => row[0]?.value === "Total") + 1;
    expect(engine.value(total, 2)).toBe(2.5);
    const v = await validateFile(file.path);
    expect(v.rollups.staffing[0].fteTotal).toBe(2.5);
  });
});

describe("the Gantt area", () => {
  /** "2026-03" for an Excel serial. */
  const monthOfSerial = (s: number) => new Date((s - 25569) * 86_400_000).toISOString().slice(0, 7);

  it.each(PREFILL_NAMES.filter((p) => PREFILLS[p].kind === "activities"))("of %s shades exactly the months from Start to End", async (prefill) => {
    const file = await written({ label: `${prefill}-gantt`, kind: "activities", prefill });
    const ws = file.wb.worksheets[0];
    const engine = engineFor(file.wb);
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    const [from, to] = cfs[0].ref.split(":").map((ref) => ws.getCell(ref));
    const formula = `=${cfs[0].rules[0].formulae[0]}`;
    const t = file.template.table;
    let shaded = 0;
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      const start = engine.value(r, 6) as number, end = engine.value(r, 7) as number;
      expect([typeof start, typeof end]).toEqual(["number", "number"]); // every prefilled row has dates
      for (let c = Number(from.col); c <= Number(to.col); c++) {
        const month = monthOfSerial(engine.value(2, c) as number);
        const expected = month >= monthOfSerial(start) && month <= monthOfSerial(end);
        const got = engine.evaluate(shiftFormula(formula, r - Number(from.row), c - Number(from.col)));
        expect({ row: r, month, shaded: got }).toEqual({ row: r, month, shaded: expected });
        if (got === true) shaded++;
      }
    }
    expect(Number(to.row)).toBe(t.lastDataRow);
    expect(shaded).toBeGreaterThan(0);
  });
});

describe("a blank activities template filled as a user would", () => {
  /** Opens the written blank template, types activities into the first empty rows, saves it. */
  async function fill(path: string, rows: { activity: string; lead: string; timeline: string; start: string; end: string; status: string }[]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.worksheets[0];
    rows.forEach((a, i) => {
      const r = 4 + i; // the first data row, under the header in row 3
      ws.getCell(r, 1).value = a.activity;
      ws.getCell(r, 2).value = a.lead;
      ws.getCell(r, 5).value = a.timeline;
      ws.getCell(r, 6).value = new Date(`${a.start}T00:00:00Z`);
      ws.getCell(r, 7).value = new Date(`${a.end}T00:00:00Z`);
      ws.getCell(r, 11).value = a.status;
    });
    const out = path.replace(/\.xlsx$/, "-filled.xlsx");
    await wb.xlsx.writeFile(out);
    return out;
  }
  const ROWS = [
    { activity: "Regional workshop on universalization", lead: "Coordinators", timeline: "March 2026", start: "2026-03-10", end: "2026-03-12", status: "Done" },
    { activity: "Working paper on barriers", lead: "ISU", timeline: "May – June 2026", start: "2026-05-01", end: "2026-06-30", status: "In progress" },
    { activity: "Side event at the Review Conference", lead: "Coordinators", timeline: "3RC", start: "2026-09-01", end: "2026-09-30", status: "Planned" },
  ];

  it("validates with no error and keeps the user's rows, dates and formats", async () => {
    const { path } = await written({ label: "blank-activities-roundtrip", kind: "activities" });
    const filled = await fill(path, ROWS);
    const v = await validateFile(filled);
    expect(errors(v)).toEqual([]);
    expect(v.issues.filter((i) => i.code === "period.dates-disagree")).toEqual([]);
    const timeline = v.rollups.timeline[0];
    expect(timeline.byMonth).toEqual({ "2026-03": 1, "2026-05": 1, "2026-06": 1, "2026-09": 1 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(filled);
    expect(wb.worksheets[0].getCell("F4").numFmt).toBe("d mmm yyyy");
    expect(engineFor(wb).evaluate(shiftFormula(`=${(wb.worksheets[0] as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings[0].rules[0].formulae[0]}`, 1, 4))).toBe(true); // May 2026 on row 5
  });

  it("reports a Start that disagrees with the Timeline at that cell", async () => {
    const { path } = await written({ label: "blank-activities-wrong-start", kind: "activities" });
    const filled = await fill(path, [ROWS[0], { ...ROWS[1], start: "2026-04-15" }, ROWS[2]]);
    const v = await validateFile(filled);
    expect(errors(v)).toEqual([]);
    expect(v.issues.filter((i) => i.code === "period.dates-disagree").map((i) => i.cell)).toEqual(["F5"]);
  });
});
