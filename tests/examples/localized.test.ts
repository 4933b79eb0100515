/**
 * The French and Spanish example workbooks: built from the language's templates, read back (as the core
 * snapshot and from the .xlsx the examples script writes) with 0 errors, as the English example has.
 */
import * as fs from "fs";
import * as path from "path";
import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import { LANGS } from "../../src/core/i18n";
import { templateToSnapshot } from "../../src/core/templates";
import { exampleSnapshot } from "../../examples/example-workbook";
import { LOCALIZED_TEXT, localizedExample } from "../../examples/localized-examples";
import { readXlsx } from "../../src/hosts/file/read-xlsx";

const AS_OF = "2026-10-01";
const settingsIn = (lang: (typeof LANGS)[number]) => resolveSettings({ asOf: AS_OF, lang }, AS_OF);
const errorsOf = (r: { issues: { severity: string; sheet: string; cell: string; code: string }[] }) => r.issues.filter((i) => i.severity === "error").map((i) => `${i.sheet}!${i.cell} ${i.code}`);
const english = toReport(validateWorkbook(exampleSnapshot(), settingsIn("en")));

describe.each(["fr", "es"] as const)("the %s example workbook", (lang) => {
  const sheets = localizedExample(lang);
  const snapshot = { name: LOCALIZED_TEXT[lang].file, sheets: sheets.map((t) => templateToSnapshot(t, { hostTable: false })) };

  it.each(LANGS)("has 0 errors, as the English example has, read with settings.lang %s", (readLang) => {
    expect(errorsOf(english)).toEqual([]);
    const report = toReport(validateWorkbook(snapshot, settingsIn(readLang)));
    expect(errorsOf(report)).toEqual([]);
    expect(report.tables.map((t) => t.kind)).toEqual(["budget", "staffing", "activities", "outreach", "contributions", "rates", "expenditure"]);
  });

  it("totals the ISU 2026 budget at CHF 514'753, social charges at 20 % of salaries, 2.5 FTE", () => {
    const report = toReport(validateWorkbook(snapshot, settingsIn(lang)));
    expect(report.rollups.budget[0]).toMatchObject({ currency: "CHF", total: 514753, statedTotal: 514753, staffCosts: 454753, otherCosts: 60000 });
    expect(report.rollups.budget[0].inKind).toHaveLength(1);
    expect(report.rollups.staffing[0].fteTotal).toBe(2.5);
    expect(report.issues.filter((i) => i.code === "budget.percentage-mismatch")).toEqual([]);
  });

  it("rolls up the plan as the English one: six ongoing activities, then February to September 2026, meetings counted from the log", () => {
    const report = toReport(validateWorkbook(snapshot, settingsIn(lang)));
    const en = english.rollups.timeline.find((t) => t.sheet === "Univ Workplan 2025-2026")!;
    const t = report.rollups.timeline[0];
    expect([t.ongoing, t.byMonth]).toEqual([en.ongoing, en.byMonth]);
    const counted = report.rollups.deliverables.filter((d) => d.source === "outreach-log");
    expect(counted.map((d) => [d.target.min, d.achieved])).toEqual(english.rollups.deliverables.filter((d) => d.source === "outreach-log" && d.sheet === "Univ Workplan 2025-2026").map((d) => [d.target.min, d.achieved]));
    expect(counted.length).toBeGreaterThan(0);
  });

  it("is written by the examples script, and the file reads back with 0 errors", async () => {
    const file = path.resolve(__dirname, "../../examples", LOCALIZED_TEXT[lang].file);
    expect(fs.existsSync(file)).toBe(true);
    const { snapshot: read } = await readXlsx(file, file, LOCALIZED_TEXT[lang].file, fs.statSync(file).size);
    const report = toReport(validateWorkbook(read, settingsIn(lang)), LOCALIZED_TEXT[lang].file);
    expect(errorsOf(report)).toEqual([]);
    expect(report.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753 });
    expect(report.tables.map((t) => [t.sheet, t.kind])).toEqual(sheets.map((t) => [t.sheetName, t.kind]));
  });
});
