/**
 * The Sheets add-on in French and Spanish through the BUILT Code.js on the Apps Script fake: the rollup
 * sheet's words, the own-sheet detection across languages, and templates with their dropdowns.
 */
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { activityHeaders, activityStatuses, budgetHeaders } from "../../../src/core/templates";
import { ROLLUP_TEXT } from "../../../src/views/rollup-text";
import { panelText } from "../../../src/panel/i18n";
import { ENGLISH_PREFIXES, englishOnlyLabels } from "../../support/english-labels";
import { FakeAppsScript, type FakeSheet, type SeedSheet } from "./fake-apps-script";
import { EXAMPLE_FILE, exampleSeedSheets, loadCode, overTheWire, TIME_ZONE } from "./load-code";

const AS_OF = "2026-03-01";
const ROLLUPS = "Workplan Rollups";
const DATA = new Set(EXAMPLE_SHEETS.flatMap((s) => s.rows.flat()).filter((v): v is string => typeof v === "string").map((v) => v.trim()));

function setup(sheets: SeedSheet[] = exampleSeedSheets(), userLocale?: string) {
  const fake = new FakeAppsScript({ name: EXAMPLE_FILE, timeZone: TIME_ZONE, sheets, ...(userLocale ? { userLocale } : {}) });
  const { run } = loadCode(fake);
  return { fake, globals: run };
}

/** Every text the sheet shows (the apostrophe that keeps text literal is not shown), less the workbook's own data. */
function texts(sheet: FakeSheet): string[] {
  const out: string[] = [];
  const { rows, columns } = sheet.extent();
  for (let r = 1; r <= rows; r++)
    for (let c = 1; c <= columns; c++) {
      const v = sheet.peek(r, c)?.value;
      if (typeof v === "string" && v !== "") out.push(v.replace(/^'/, ""));
    }
  return out.filter((t) => !DATA.has(t.trim()));
}

describe.each(["fr", "es"] as const)("in %s", (lang) => {
  test("Write rollups writes the sheet in settings.lang: the language's labels and none of the English ones", () => {
    const { fake, globals } = setup();
    expect(overTheWire(globals.writeRollups({ asOf: AS_OF, lang }))).toEqual({ sheet: ROLLUPS });
    const all = texts(fake.spreadsheet.sheet(ROLLUPS));
    const tx = ROLLUP_TEXT[lang];
    expect(all[0]).toBe(tx.title);
    expect(all).toEqual(expect.arrayContaining([tx.totalSumOfLines, tx.staffCosts, tx.amountIn("CHF"), tx.activitiesPerMonth, tx.milestones]));
    expect(all.filter((t) => englishOnlyLabels(lang).includes(t))).toEqual([]);
    expect(all.filter((t) => ENGLISH_PREFIXES.some((p) => t.startsWith(p)))).toEqual([]);
    // Months are spelled in the language (not "2025-01").
    expect(all.filter((t) => /^\d{4}-\d\d$/.test(t))).toEqual([]);
    expect(all).toContain(lang === "fr" ? "janv. 2025" : "ene. 2025");
  });

  test("the menu's Write rollups writes the sheet in the user's language (their Google account's locale)", () => {
    const { fake, globals } = setup(exampleSeedSheets(), lang === "fr" ? "fr_CH" : "es_419");
    globals.writeRollupsFromMenu();
    const all = texts(fake.spreadsheet.sheet(ROLLUPS));
    expect(all[0]).toBe(ROLLUP_TEXT[lang].title);
    expect(all.filter((t) => englishOnlyLabels(lang).includes(t))).toEqual([]);
  });

  test("the add-on's own sheet is refreshed in another language, never doubled; a user's sheet of that name is left alone", () => {
    const { fake, globals } = setup();
    globals.writeRollups({ asOf: AS_OF, lang });
    globals.writeRollups({ asOf: AS_OF, lang: "en" });
    expect(fake.spreadsheet.sheets.filter((s) => s.name === ROLLUPS)).toHaveLength(1);
    expect(texts(fake.spreadsheet.sheet(ROLLUPS))[0]).toBe(ROLLUP_TEXT.en.title);
    globals.writeRollups({ asOf: AS_OF, lang });
    expect(texts(fake.spreadsheet.sheet(ROLLUPS))[0]).toBe(ROLLUP_TEXT[lang].title);
    const mine = setup([...exampleSeedSheets(), { name: ROLLUPS, values: [[ROLLUP_TEXT[lang].title]] }]);
    expect(() => mine.globals.writeRollups({ asOf: AS_OF, lang })).toThrow(panelText(lang).host.rollupSheetTaken(ROLLUPS));
    expect(panelText(lang).host.rollupSheetTaken(ROLLUPS)).not.toMatch(/not created|Rename/);
  });

  test("Insert template writes the language's header and dropdowns, and the validator reads the sheet back", () => {
    const { fake, globals } = setup([{ name: "Notes", values: [["my notes"]] }]);
    const plan = overTheWire(globals.insertTemplate("activities", "", lang)) as { sheet: string };
    const sheet = fake.spreadsheet.sheet(plan.sheet);
    const header = Array.from({ length: 11 }, (_, i) => String(sheet.peek(3, i + 1)?.value ?? "").replace(/^'/, ""));
    expect(header).toEqual(activityHeaders(lang));
    const status = sheet.peek(4, 11)?.validation;
    expect(status?.criteria).toMatchObject({ type: "VALUE_IN_LIST", values: activityStatuses(lang) });
    const budget = overTheWire(globals.insertTemplate("budget", "", lang)) as { sheet: string };
    const b = fake.spreadsheet.sheet(budget.sheet);
    expect([1, 2, 3].map((c) => String(b.peek(4, c)?.value ?? "").replace(/^'/, ""))).toEqual(budgetHeaders(lang));
    // The fake computes no formulas (the budget's social charges and Total): the budget's read-back is tested on
    // the core snapshot (tests/core/templates/languages.test.ts); here both tables are found and the plan is clean.
    const report = overTheWire(globals.validate({ asOf: AS_OF, lang })) as { tables: { kind: string; sheet: string }[]; issues: { severity: string; sheet: string }[] };
    expect(report.tables.filter((t) => t.sheet !== "Notes").map((t) => t.kind).sort()).toEqual(["activities", "budget"]);
    expect(report.issues.filter((i) => i.severity === "error" && i.sheet === plan.sheet)).toEqual([]);
  });
});
