/** The rollup sheet in French and Spanish, written through office-addin-mock (FakeExcel) and Microsoft's runtime. */
import { EXAMPLE_SHEETS, exampleSnapshot } from "../../../examples/example-workbook";
import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { rollupLayout } from "../../../src/hosts/excel/rollup-layout";
import { writeRollups } from "../../../src/hosts/excel/write-rollups";
import { ROLLUP_SHEET } from "../../../src/panel/bridge";
import { ROLLUP_TEXT } from "../../../src/views/rollup-text";
import { panelText } from "../../../src/panel/i18n";
import { ENGLISH_PREFIXES, englishOnlyLabels } from "../../support/english-labels";
import { exampleSpecs, FakeExcel } from "./fake-excel";
import { RuntimeWorkbook } from "./office-runtime";

const reportIn = (lang: "en" | "fr" | "es") => toReport(validateWorkbook(exampleSnapshot(), resolveSettings({ lang }, "2026-03-01")), "workplan-check-examples.xlsx");
/** Text the example workbook itself holds (its budget has a "Staff costs" section): data, not the sheet's words. */
const DATA = new Set(EXAMPLE_SHEETS.flatMap((s) => s.rows.flat()).filter((v): v is string => typeof v === "string").map((v) => v.trim()));
const strings = (values: Record<string, unknown>) => Object.values(values).filter((v): v is string => typeof v === "string" && !DATA.has(v.trim()));

describe.each(["fr", "es"] as const)("the %s rollup sheet", (lang) => {
  const report = reportIn(lang);

  test("writes every header, section title and label in the language, and none of the English ones", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    expect(await writeRollups(excel.context, report, lang)).toEqual({ sheet: ROLLUP_SHEET });
    const values = excel.values(ROLLUP_SHEET);
    const tx = ROLLUP_TEXT[lang];
    expect(values.A1).toBe(tx.title);
    const texts = strings(values);
    expect(texts).toEqual(expect.arrayContaining([tx.line, tx.amountIn("CHF"), tx.staffCosts, tx.otherCosts, tx.activitiesPerMonth, tx.pledged]));
    const english = englishOnlyLabels(lang);
    expect(english.length).toBeGreaterThan(40);
    expect(texts.filter((t) => english.includes(t))).toEqual([]);
    expect(texts.filter((t) => ENGLISH_PREFIXES.some((p) => t.startsWith(p)))).toEqual([]);
  });

  test("keeps the number formats, and names the Gantt's months in the language", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    await writeRollups(excel.context, report, lang);
    const values = excel.values(ROLLUP_SHEET);
    const totalRow = Object.entries(values).find(([c, v]) => c.startsWith("A") && v === ROLLUP_TEXT[lang].total)![0].slice(1);
    expect(values[`B${totalRow}`]).toBe(514753);
    const formats = excel.sheet(ROLLUP_SHEET).formats;
    expect(formats.get(`B${totalRow}`)).toBe(`"CHF "#'##0`);
    expect(formats.get(`C${totalRow}`)).toBe("0.0%");
    const en = rollupLayout(reportIn("en"));
    const here = rollupLayout(report, { lang });
    // The same cells hold numbers, in the same formats, except the month headers, spelled in the language.
    const monthCells = (l: typeof en) => l.formats.flatMap((row, r) => row.map((f, c) => [r, c, f] as const)).filter(([, , f]) => f === "mmm yy" || /^"[^"]+ \d\d"$/.test(f));
    expect(monthCells(here).map(([r, c]) => [r, c])).toEqual(monthCells(en).map(([r, c]) => [r, c]));
    expect(monthCells(here).length).toBeGreaterThan(0);
    expect(monthCells(here)[0][2]).toBe(lang === "fr" ? '"janv. 25"' : '"ene. 25"');
    const others = (l: typeof en) => l.formats.flat().filter((f) => f !== "mmm yy" && !/^"[^"]+ \d\d"$/.test(f));
    expect(others(here)).toEqual(others(en));
    expect(here.values.map((r) => r.map((v) => typeof v))).toEqual(en.values.map((r) => r.map((v) => typeof v)));
  });

  test("is recognised as the add-in's own sheet whatever language wrote it: refreshed, never doubled", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    await writeRollups(excel.context, report, lang);
    await writeRollups(excel.context, reportIn("en"), "en");
    expect(excel.sheets.filter((s) => s.name === ROLLUP_SHEET)).toHaveLength(1);
    expect(excel.values(ROLLUP_SHEET).A1).toBe(ROLLUP_TEXT.en.title);
    await writeRollups(excel.context, report, lang);
    expect(excel.values(ROLLUP_SHEET).A1).toBe(ROLLUP_TEXT[lang].title);
  });

  test("leaves a user's sheet of that name alone, whatever language its text is in", async () => {
    const excel = new FakeExcel([...exampleSpecs(EXAMPLE_SHEETS), { name: ROLLUP_SHEET, values: [["Synthèses de l'équipe"]] }]);
    // Told in the language: lang's own words, with none of the English message.
    await expect(writeRollups(excel.context, report, lang)).rejects.toThrow(panelText(lang).host.rollupSheetTakenCase(ROLLUP_SHEET, ROLLUP_SHEET));
    expect(panelText(lang).host.rollupSheetTakenCase("x", "y")).not.toMatch(/already exists|Rename/);
    expect(excel.writes).toEqual([]);
  });

  test("goes through Microsoft's runtime as text cells, with the language's labels", async () => {
    const wb = new RuntimeWorkbook([]);
    await writeRollups(wb.context(), report, lang);
    const texts = [...wb.sheet(ROLLUP_SHEET).values.values()].filter((v): v is string => typeof v === "string" && !DATA.has(v.trim()));
    expect(texts).toEqual(expect.arrayContaining([ROLLUP_TEXT[lang].title, ROLLUP_TEXT[lang].staffCosts]));
    expect(texts.filter((t) => englishOnlyLabels(lang).includes(t))).toEqual([]);
  });
});
