/**
 * Every template in every language, read back by the validator whatever the panel's language: the same
 * tables and kinds as the English one, no detection finding, the dropdown values understood, the
 * social-charges percentage and the totals checked.
 */
import { resolveSettings, validateWorkbook } from "../../../src/core";
import { LANGS, type Lang } from "../../../src/core/i18n";
import { isDoneStatus } from "../../../src/core/kinds/activities";
import { OUTREACH_STAGES, outreachStage } from "../../../src/core/kinds/outreach";
import {
  activityHeaders, activityStatuses, BUDGET_TEXT, budgetHeaders, buildTemplate, outreachStages, PREFILL_NAMES, PREFILLS, prefillTitle,
  templateCells, templateKinds, templateToSnapshot, TEMPLATE_KINDS,
} from "../../../src/core/templates";
import type { TemplateSheet } from "../../../src/core/templates";
import { activitiesTemplate } from "../../../src/core/templates/activities";
import { budgetTemplate } from "../../../src/core/templates/budget";
import { outreachTemplate } from "../../../src/core/templates/outreach";
import { ACTIVITIES_TEXT, CATALOG_TEXT } from "../../../src/core/templates/text";
import { ILLUSTRATIVE_RATES } from "../../../examples/example-workbook";
import { detectTables } from "../../../src/core/detect/detect-tables";
import { SheetView } from "../../../src/core/sheet-view";

const AS_OF = "2026-10-01";
const TODAY = "2026-01-15";
const settingsIn = (lang: Lang) => resolveSettings({ asOf: AS_OF, rates: ILLUSTRATIVE_RATES, lang }, AS_OF);
const validate = (t: TemplateSheet, readLang: Lang, hostTable = true) =>
  validateWorkbook({ name: `${t.sheetName}.xlsx`, sheets: [templateToSnapshot(t, { hostTable })] }, settingsIn(readLang));
/** Findings about finding the table (an unread sheet, an unrecognised header, cells beside the table). */
const detectionFindings = (v: ReturnType<typeof validate>) =>
  v.issues.filter((i) => /^sheet\./.test(i.code) || ["table.unrecognised", "table.extra-cells", "table.more-issues"].includes(i.code)).map((i) => `${i.cell} ${i.code}`);
const findings = (v: ReturnType<typeof validate>) => v.issues.map((i) => `${i.cell} ${i.code} ${i.severity}`).sort();
const errors = (v: ReturnType<typeof validate>) => v.issues.filter((i) => i.severity === "error").map((i) => `${i.cell} ${i.code}`);
const headerOf = (t: TemplateSheet) => t.rows[t.table.headerRow - 1].map((c) => c?.value);

const BUILT = LANGS.flatMap((lang) => [
  ...TEMPLATE_KINDS.map(({ kind }) => ({ label: `blank ${kind}`, lang, t: buildTemplate(kind, undefined, { today: TODAY, lang }) })),
  ...PREFILL_NAMES.map((p) => ({ label: p, lang, t: buildTemplate(PREFILLS[p].kind, p, { lang }) })),
]);
const CASES = BUILT.flatMap((b) => LANGS.map((readLang) => ({ ...b, readLang })));
const english = (label: string) => BUILT.find((b) => b.label === label && b.lang === "en")!.t;

describe.each(CASES)("the $lang $label template read with settings.lang $readLang", ({ label, lang, t, readLang }) => {
  it("is the same table of the same kind as the English one, found with and without the host table, with no detection finding", () => {
    const en = validate(english(label), readLang);
    const withTable = validate(t, readLang);
    expect(withTable.tables.map((x) => [x.kind, x.range, x.source, x.rows])).toEqual(en.tables.map((x) => [x.kind, x.range, x.source, x.rows]));
    expect(withTable.tables.map((x) => x.kind)).toEqual([t.kind]);
    const detected = validate(t, readLang, false);
    expect(detected.tables.map((x) => [x.kind, x.source, x.range])).toEqual(validate(english(label), readLang, false).tables.map((x) => [x.kind, x.source, x.range]));
    expect(detectionFindings(withTable)).toEqual([]);
    expect(detectionFindings(detected)).toEqual([]);
  });

  it("has the same findings as its English twin (codes, cells, severities), and no error", () => {
    expect(findings(validate(t, readLang))).toEqual(findings(validate(english(label), readLang)));
    expect(errors(validate(t, readLang))).toEqual([]);
    expect(errors(validate(t, readLang, false))).toEqual([]);
  });

  it("reads every column its English twin's reader reads", () => {
    const cols = (x: TemplateSheet) => detectTables(new SheetView(templateToSnapshot(x, { hostTable: false }))).tables.map((d) => Object.keys(d.columns).sort());
    expect(cols(t)).toEqual(cols(english(label)));
    if (lang !== "en") expect(headerOf(t)).not.toEqual(headerOf(english(label)));
  });
});

describe.each(LANGS)("the %s templates", (lang) => {
  it("write the header in the language", () => {
    expect(headerOf(buildTemplate("budget", undefined, { lang }))).toEqual(budgetHeaders(lang));
    expect(headerOf(buildTemplate("activities", undefined, { lang, today: TODAY })).slice(0, 11)).toEqual(activityHeaders(lang));
  });

  it.each(LANGS)("offer statuses the core reads with settings.lang %s: done and cancelled are done, the others not", (readLang) => {
    const statuses = activityStatuses(lang);
    expect(statuses.filter(isDoneStatus)).toEqual([ACTIVITIES_TEXT[lang].statuses.done, ACTIVITIES_TEXT[lang].statuses.cancelled]);
    const t = activitiesTemplate({
      sheetName: "Plan", window: { start: "2026-01", end: "2026-12" }, blankRows: 0, lang,
      activities: statuses.map((status, i) => ({ activity: `Activity ${i + 1}`, lead: "ISU", timeline: "January 2026", status })),
    });
    const v = validate(t, readLang);
    expect(errors(v)).toEqual([]);
    // January 2026 is past on 1 October: only the three open activities are overdue.
    expect(v.issues.filter((i) => i.code === "activities.overdue").map((i) => i.cell)).toEqual(["K4", "K5", "K7"].map((c) => expect.stringContaining(c)));
  });

  it("offer the outreach stages the core counts, in order", () => {
    expect(outreachStages(lang).map(outreachStage)).toEqual([...OUTREACH_STAGES]);
    const t = outreachTemplate({
      sheetName: "Log", title: "Log 2026", blankRows: 0, lang,
      contacts: outreachStages(lang).map((stage, i) => ({ state: `State ${i + 1}`, date: { date: "2026-02-0" + (i + 1) }, stage })),
    });
    for (const readLang of LANGS) expect(validate(t, readLang).issues.filter((i) => i.code === "outreach.unknown-stage")).toEqual([]);
    // An English-seeded log gets the language's stage names.
    const seeded = buildTemplate("outreach", "outreach-illustrative", { lang });
    const stageCells = templateCells(seeded).filter((c) => c.column === 3 && c.row > seeded.table.headerRow).map((c) => c.cell.value);
    expect(new Set(stageCells)).toEqual(new Set(outreachStages(lang)));
  });

  it("check the social charges line against salaries (20 %) and the Total against the lines", () => {
    const tx = BUDGET_TEXT[lang];
    const t = budgetTemplate({
      sheetName: "Budget", title: `${tx.title} 2026`, lang, inKind: [{ label: tx.inKind, notes: tx.inKindNote }],
      lines: [
        { label: tx.lines.salaries, amount: 378961 },
        { label: tx.lines.socialCharges, rateOf: tx.lines.salaries, notes: tx.socialChargesNote },
        { label: tx.lines.communication, amount: 20000 },
        { label: tx.lines.travel, amount: 20000 },
        { label: tx.lines.other, amount: 20000 },
      ],
    });
    const note = templateCells(t).find((c) => c.row === 6 && c.column === 3)!.cell;
    expect(note.result).toBe(tx.socialChargesNote);
    for (const readLang of LANGS) {
      const v = validate(t, readLang);
      expect(v.issues).toEqual([]);
      expect(v.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753, staffCosts: 454753 });
      // A social charges amount that is not 20 % of salaries, and a Total that is not the sum, are found.
      const snap = templateToSnapshot(t);
      const values = snap.values.map((r) => [...r]);
      values[5][1] = 80000;
      values[9][1] = 514753;
      const wrong = validateWorkbook({ name: "b.xlsx", sheets: [{ ...snap, values, formulas: undefined }] }, settingsIn(readLang));
      expect(wrong.issues.map((i) => [i.code, i.cell])).toEqual(expect.arrayContaining([
        ["budget.percentage-mismatch", expect.stringContaining("B6")],
        ["budget.total-mismatch", expect.stringContaining("B10")],
      ]));
    }
  });

  it("name their kinds and prefills in the language for the insert list", () => {
    expect(templateKinds(lang).map((k) => k.kind)).toEqual(TEMPLATE_KINDS.map((k) => k.kind));
    expect(templateKinds(lang).map((k) => k.title)).toEqual(TEMPLATE_KINDS.map((k) => CATALOG_TEXT[lang].kinds[k.kind].title));
    for (const p of PREFILL_NAMES) expect(prefillTitle(p, lang)).toBe(CATALOG_TEXT[lang].prefills[p]);
  });
});

describe("the French and Spanish templates", () => {
  it("read as the issue asks: COÛT | Montant en CHF | NOTES, social charges estimated at 20 %", () => {
    const fr = buildTemplate("budget", undefined, { lang: "fr" });
    expect(headerOf(fr)).toEqual(["COÛT", "Montant en CHF", "NOTES"]);
    const frCells = templateCells(fr).map((c) => c.cell.value ?? c.cell.result);
    expect(frCells).toEqual(expect.arrayContaining(["Charges sociales", "Estimées à 20 % des salaires", "Contribution en nature", "Total"]));
    const es = buildTemplate("budget", undefined, { lang: "es" });
    expect(headerOf(es)).toEqual(["COSTO", "Importe en CHF", "NOTAS"]);
    expect(templateCells(es).map((c) => c.cell.value ?? c.cell.result)).toEqual(expect.arrayContaining(["Cargas sociales", "Estimadas en un 20 % de los sueldos", "Contribución en especie"]));
    expect(BUDGET_TEXT.fr.staffCosts).toBe("Frais de personnel");
    expect(BUDGET_TEXT.es.staffCosts).toBe("Gastos de personal");
  });

  it("keep the social charges note formula free of anything but the rate and quoted text", () => {
    const fr = buildTemplate("budget", undefined, { lang: "fr" });
    const note = templateCells(fr).find((c) => c.cell.result === "Estimées à 20 % des salaires")!;
    expect(note.cell.formula).toBe('="Estimées à "&ROUND(SocialChargesRate*100,1)&" % des salaires"');
  });

  it("name the Gantt's months in the language, on cells that stay dates", () => {
    const fr = buildTemplate("activities", undefined, { lang: "fr", today: TODAY });
    const months = fr.rows[1].filter((c) => c !== null);
    expect(months[0]).toEqual({ value: { date: "2026-01-01" }, numberFormat: '"janv. 26"', bold: true });
    expect(months[4]?.numberFormat).toBe('"mai 26"');
    const es = buildTemplate("activities", undefined, { lang: "es", today: TODAY });
    expect(es.rows[1].filter((c) => c !== null)[7]?.numberFormat).toBe('"ago. 26"');
    expect(buildTemplate("activities", undefined, { today: TODAY }).rows[1].find((c) => c !== null)?.numberFormat).toBe("mmm yy");
    expect(fr.title).toBe("Plan de travail 2026-2027");
    expect(validate(fr, "en").tables[0].title).toBe("Plan de travail 2026-2027");
  });

  it("write their dropdowns in the language, within Excel's limits", () => {
    for (const lang of ["fr", "es"] as const) {
      for (const { kind } of TEMPLATE_KINDS) {
        const t = buildTemplate(kind, undefined, { lang, today: TODAY });
        for (const v of t.validations) {
          expect(v.promptTitle.length).toBeLessThanOrEqual(32);
          expect(v.prompt.length).toBeLessThanOrEqual(255);
          expect(v.error.length).toBeLessThanOrEqual(225);
          if (v.rule.type === "list") expect(v.rule.values.join(",").length).toBeLessThanOrEqual(255);
        }
        expect(t.sheetName.length).toBeLessThanOrEqual(31);
      }
      const status = buildTemplate("activities", undefined, { lang, today: TODAY }).validations.find((v) => v.promptTitle === ACTIVITIES_TEXT[lang].statusTitle)!;
      expect(status.rule).toEqual({ type: "list", values: activityStatuses(lang) });
    }
  });
});
