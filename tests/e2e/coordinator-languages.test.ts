/**
 * Issue #15's "done when", end to end in the three hosts: a francophone (and a hispanophone) coordinator inserts
 * the activities template in their language, fills it as they would (a finished workshop, a row with no lead and
 * an unreadable timeline, an overdue visit citing an action outside the plan, an ongoing task), validates it, and
 * reads every message and the rollup sheet in their language.
 *   Excel: the task pane's bridge (ExcelBridge) on office-addin-mock's Excel (FakeExcel), filled through Office.js.
 *   Sheets: the BUILT Code.js on the Apps Script fake, filled through SpreadsheetApp.
 *   CLI: `workplan-check template --lang`, filled with ExcelJS, checked with `workplan-check --lang` (text and --json).
 * The three must agree: the same codes at the same cells with the same words.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { join } from "path";
import type { Report } from "../../src/core";
import type { Lang } from "../../src/core/i18n";
import { ExcelBridge } from "../../src/hosts/excel/excel-bridge";
import { ROLLUP_SHEET } from "../../src/panel/bridge";
import { ROLLUP_TEXT } from "../../src/views/rollup-text";
import { englishLeftIn } from "../core/messages/text-checks";
import { FakeExcel, FakeSettings } from "../hosts/excel/fake-excel";
import { tempDir } from "../hosts/file/example-xlsx";
import { FakeAppsScript } from "../hosts/sheets/fake-apps-script";
import { loadCode, overTheWire, TIME_ZONE } from "../hosts/sheets/load-code";

const AS_OF = "2026-12-02";
const CLI = join(__dirname, "../../build/src/hosts/file/cli.js");
type Row = (string | number)[];

/** What each coordinator types into A4:K7 (Activity, Lead, Partners, Reference, Timeline, Start, End, Deliverable, Target, Achieved, Status). */
const FILLED: Readonly<Record<"fr" | "es", { header: string; rows: Row[] }>> = {
  fr: {
    header: "Activité",
    rows: [
      ["Atelier régional sur l'adhésion à la Convention", "Unité d'appui à l'application", "PNUD", "Actions 38 à 42", "mai – juin 2026", "", "", "Rapport d'atelier", 1, 1, "Terminé"],
      ["Réunion du groupe de travail informel", "", "", "", "bientôt", "", "", "", "", "", "En cours"],
      ["Visites de pays", "Présidence", "", "Action 60", "Premier trimestre 2026", "", "", "", "", "", ""],
      ["Appui continu aux États parties", "Unité d'appui à l'application", "", "Action 3", "En continu", "", "", "", "", "", "En cours"],
    ],
  },
  es: {
    header: "Actividad",
    rows: [
      ["Taller regional sobre la adhesión a la Convención", "Unidad de Apoyo a la Aplicación", "PNUD", "Acciones 38 a 42", "mayo – junio 2026", "", "", "Informe del taller", 1, 1, "Completado"],
      ["Reunión del grupo de trabajo informal", "", "", "", "pronto", "", "", "", "", "", "En curso"],
      ["Visitas a países", "Presidencia", "", "Acción 60", "Primer trimestre de 2026", "", "", "", "", "", ""],
      ["Apoyo continuo a los Estados Partes", "Unidad de Apoyo a la Aplicación", "", "Acción 3", "Permanente", "", "", "", "", "", "En curso"],
    ],
  },
};

/** What the coordinator must be told, wherever they check: code at cell. */
const EXPECTED = ["cell.required-blank@B5", "period.unreadable@E5", "reference.out-of-range@D6", "activities.overdue@K6"].sort();

type Said = { code: string; cell: string; message: string };
const said = (issues: readonly { code: string; cell?: string; message: string }[]): Said[] =>
  issues.map((i) => ({ code: i.code, cell: i.cell ?? "", message: i.message })).sort((a, b) => `${a.code}@${a.cell}`.localeCompare(`${b.code}@${b.cell}`));
const where = (s: Said[]) => s.map((i) => `${i.code}@${i.cell.replace(/^.*!/, "")}`).sort();

async function inExcel(lang: Lang): Promise<{ report: Report; header: unknown; rollupTitle: unknown; rollupTexts: string[] }> {
  const excel = new FakeExcel([]);
  const bridge = new ExcelBridge({ run: (batch) => batch(excel.context), settings: () => new FakeSettings(), today: () => AS_OF, documentName: () => "plan.xlsx", mergedAreas: () => true, displayLanguage: () => `${lang}-CH`, userStore: () => undefined });
  const { sheet } = await bridge.insertTemplate("activities", undefined, lang);
  const rows = FILLED[lang as "fr" | "es"].rows;
  const ws = excel.context.workbook.worksheets.getItem(sheet);
  ws.getRange(`A4:K${3 + rows.length}`).values = rows;
  await excel.context.sync();
  const report = await bridge.validate({ asOf: AS_OF, lang });
  await bridge.writeRollups(report);
  const rollup = excel.values(ROLLUP_SHEET);
  return { report, header: excel.values(sheet).A3, rollupTitle: rollup.A1, rollupTexts: Object.values(rollup).filter((v): v is string => typeof v === "string") };
}

function inSheets(lang: Lang): { report: Report; header: unknown; rollupTitle: unknown } {
  const fake = new FakeAppsScript({ name: "plan", timeZone: TIME_ZONE, sheets: [{ name: "Sheet1", values: [[""]] }] });
  const { run } = loadCode(fake);
  const { sheet } = overTheWire(run.insertTemplate("activities", null, lang)) as { sheet: string };
  const rows = FILLED[lang as "fr" | "es"].rows;
  fake.spreadsheet.sheet(sheet).getRange(`A4:K${3 + rows.length}`).setValues(rows);
  const all = overTheWire(run.validate({ asOf: AS_OF, lang })) as Report;
  // A new spreadsheet's blank first sheet is reported as empty, rightly; the coordinator's plan is the template's sheet.
  const report = { ...all, issues: all.issues.filter((i) => i.sheet === sheet) };
  overTheWire(run.writeRollups({ asOf: AS_OF, lang }));
  const plain = (v: unknown) => (typeof v === "string" ? v.replace(/^'/, "") : v);
  return { report, header: plain(fake.spreadsheet.sheet(sheet).peek(3, 1)?.value), rollupTitle: plain(fake.spreadsheet.sheet(ROLLUP_SHEET).peek(1, 1)?.value) };
}

async function inCli(lang: Lang): Promise<{ report: Report; english: Report; text: string; header: unknown }> {
  const tmp = tempDir("wpc-coordinator-");
  try {
    const file = join(tmp.dir, `plan-${lang}.xlsx`);
    const env = { ...process.env, LANG: "C", LC_ALL: "", LANGUAGE: "", NO_COLOR: "1" };
    execFileSync(process.execPath, [CLI, "template", "activities", "--lang", lang, "--out", file], { env });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    FILLED[lang as "fr" | "es"].rows.forEach((row, r) => row.forEach((v, c) => { if (v !== "") ws.getCell(4 + r, 1 + c).value = v; }));
    await wb.xlsx.writeFile(file);
    const run = (args: string[], extraEnv: Record<string, string> = {}) => {
      try {
        return execFileSync(process.execPath, [CLI, file, "--as-of", AS_OF, ...args], { env: { ...env, ...extraEnv }, encoding: "utf8" });
      } catch (e) {
        return String((e as { stdout?: string }).stdout ?? ""); // exit 1: the plan has errors
      }
    };
    const report = JSON.parse(run(["--json", "--lang", lang])) as Report;
    const english = JSON.parse(run(["--json", "--lang", "en"])) as Report;
    // The coordinator's shell says the language; no flag needed.
    const text = run(["--no-color"], { LANG: lang === "fr" ? "fr_CH.UTF-8" : "es_ES.UTF-8" });
    return { report, english, text, header: ws.getCell("A3").value };
  } finally {
    tmp.cleanup();
  }
}

describe.each(["fr", "es"] as const)("a coordinator working in %s", (lang) => {
  let excel: Awaited<ReturnType<typeof inExcel>>, sheets: ReturnType<typeof inSheets>, cli: Awaited<ReturnType<typeof inCli>>;
  beforeAll(async () => {
    [excel, cli] = await Promise.all([inExcel(lang), inCli(lang)]);
    sheets = inSheets(lang);
  }, 60_000);

  test("gets the template in the language in all three hosts, and it reads back as one activities table", () => {
    for (const h of [excel, sheets, cli]) {
      expect(h.header).toBe(FILLED[lang].header);
      expect(h.report.tables.map((t) => t.kind)).toEqual(["activities"]);
      expect(h.report.tables[0].rows).toBe(4);
    }
  });

  test("is told exactly what is wrong, at the same cells, in every host", () => {
    for (const h of [excel, sheets, cli]) expect(where(said(h.report.issues))).toEqual(EXPECTED);
  });

  test("reads every message in the language, worded the same in Excel, Sheets and on the CLI", () => {
    const messages = said(cli.report.issues);
    expect(said(excel.report.issues).map((i) => i.message)).toEqual(messages.map((i) => i.message));
    expect(said(sheets.report.issues).map((i) => i.message)).toEqual(messages.map((i) => i.message));
    const english = said(cli.english.issues);
    messages.forEach((m, k) => {
      expect(m.message).not.toBe(english[k].message);
      expect({ code: m.code, english: englishLeftIn(m.message) }).toEqual({ code: m.code, english: [] });
    });
    // The codes, cells and parameters do not change with the language.
    expect(cli.report.issues.map((i) => ({ ...i, message: "" }))).toEqual(cli.english.issues.map((i) => ({ ...i, message: "" })));
  });

  test("reads the rollup sheet in the language in Excel and Sheets", () => {
    expect(excel.rollupTitle).toBe(ROLLUP_TEXT[lang].title);
    expect(sheets.rollupTitle).toBe(ROLLUP_TEXT[lang].title);
    expect(excel.rollupTexts).toContain(ROLLUP_TEXT[lang].activitiesPerMonth);
    expect(excel.rollupTexts).not.toContain(ROLLUP_TEXT.en.activitiesPerMonth);
  });

  test("reads the CLI's report in the language chosen by the shell's LANG", () => {
    const calendar = lang === "fr" ? "Calendrier" : "Calendario";
    expect(cli.text).toContain(calendar);
    const flat = (t: string) => t.replace(/\s+/g, " ");
    for (const m of said(cli.report.issues)) expect(flat(cli.text)).toContain(flat(m.message).slice(0, 30));
    for (const english of ["as of", "tables found", "No issues found", "errors", "warnings", "Timeline"]) expect(cli.text).not.toContain(english);
  });
});
