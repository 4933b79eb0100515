import { GROUPINGS, LANGS, makeFormat, type Grouping, type IssueCode, type Lang } from "../../../src/core";
import { IMPORT_CODES, IMPORT_MESSAGES, MESSAGES, importMessage, issueName, message } from "../../../src/core/messages";
import { en as enModule } from "../../../src/core/messages/en";
import { DETECTION_CODES, RULES } from "../../../src/core/rules";
import { SAMPLE_IMPORT_PARAMS, SAMPLE_PARAMS } from "./sample-params";
import { englishLeftIn, renderFaults } from "./text-checks";

const ISSUE_CODES = [...RULES.map((r) => r.code), ...Object.keys(DETECTION_CODES)] as IssueCode[];
const cases = ISSUE_CODES.flatMap((code) => SAMPLE_PARAMS[code].map((params, i) => [code, i, params] as const));
const importCases = IMPORT_CODES.flatMap((code) => SAMPLE_IMPORT_PARAMS[code].map((params, i) => [code, i, params] as const));
const FR = makeFormat({ lang: "fr" }), ES = makeFormat({ lang: "es" }), EN = makeFormat({ lang: "en" });

describe("the catalogues", () => {
  it("have one message per issue code in every language, and nothing else", () => {
    for (const lang of LANGS) expect(Object.keys(MESSAGES[lang]).sort()).toEqual([...ISSUE_CODES].sort());
    for (const lang of LANGS) expect(Object.keys(IMPORT_MESSAGES[lang]).sort()).toEqual([...IMPORT_CODES].sort());
    expect(ISSUE_CODES.length + IMPORT_CODES.length).toBe(68);
  });

  it("every issue has a name in every language; French and Spanish names leave no English", () => {
    for (const lang of LANGS) for (const code of ISSUE_CODES) expect([code, issueName(code, lang).length > 3]).toEqual([code, true]);
    expect(issueName("budget.total-mismatch", "en")).toBe(RULES.find((r) => r.code === "budget.total-mismatch")!.title);
    for (const lang of ["fr", "es"] as const) for (const code of ISSUE_CODES) {
      expect([code, englishLeftIn(issueName(code, lang))]).toEqual([code, []]);
      expect([code, issueName(code, lang)]).not.toEqual([code, issueName(code, "en")]);
    }
    expect(issueName("no.such-code", "fr")).toBe("no.such-code");
    expect(issueName("constructor", "es")).toBe("constructor");
  });

  it("an unknown code reads as itself, in every language (never a blank, never Object's own keys)", () => {
    for (const f of [EN, FR, ES]) {
      expect(message("no.such-code", {}, f)).toBe("no.such-code");
      expect(message("constructor", {}, f)).toBe("constructor");
      expect(importMessage("toString", {}, f)).toBe("toString");
    }
  });
});

describe.each(["fr", "es"] as const)("every issue message in %s", (lang) => {
  const f = makeFormat({ lang });
  it.each(cases)("%s (sample %i) renders, differs from English, and leaves no English", (code, _i, params) => {
    const text = message(code, params, f);
    expect(renderFaults(text)).toEqual([]);
    expect(text).not.toBe(message(code, params, EN));
    expect(englishLeftIn(text)).toEqual([]);
  });
});

describe.each(["fr", "es"] as const)("every import message in %s", (lang) => {
  const f = makeFormat({ lang });
  it.each(importCases)("%s (sample %i) renders, differs from English, and leaves no English", (code, _i, params) => {
    const text = importMessage(code, params, f);
    expect(renderFaults(text)).toEqual([]);
    expect(text).not.toBe(importMessage(code, params, EN));
    expect(englishLeftIn(text)).toEqual([]);
  });
});

describe("English", () => {
  it.each(cases)("%s (sample %i) renders", (code, _i, params) => {
    expect(renderFaults(message(code, params))).toEqual([]);
  });

  it("the default Format is English, and says what the English catalogue says", () => {
    for (const [code, , params] of cases) {
      expect(message(code, params)).toBe(message(code, params, EN));
      expect(enModule[code](params, EN)).toBe(message(code, params));
    }
  });

  it("reads as it did before languages came (default grouping)", () => {
    expect(message("budget.total-mismatch", SAMPLE_PARAMS["budget.total-mismatch"][0])).toBe(
      "The stated total is CHF 514'753 but the 5 lines above add up to CHF 513'753 (the total is CHF 1'000 too high).",
    );
    expect(message("activities.overdue", SAMPLE_PARAMS["activities.overdue"][0])).toBe(
      "'Regional workshop' ended on 2026-03-31 but its status is 'In progress' (as of 2026-05-01).",
    );
    expect(message("expenditure.line-near-budget", SAMPLE_PARAMS["expenditure.line-near-budget"][0])).toBe(
      "Travel is 92.5% spent (CHF 18'500 of CHF 20'000); this payment took it past 90%.",
    );
  });
});

describe("French and Spanish as their readers write them", () => {
  it("French: the stated total, social charges, in-kind contributions, dates with month names", () => {
    expect(message("budget.total-mismatch", SAMPLE_PARAMS["budget.total-mismatch"][0], FR)).toBe(
      "Le total indiqué est de CHF 514'753, mais les 5 lignes au-dessus font CHF 513'753 (le total est trop élevé de CHF 1'000).",
    );
    expect(message("budget.amount-not-numeric", SAMPLE_PARAMS["budget.amount-not-numeric"][0], FR)).toContain("contributions en nature");
    expect(message("activities.overdue", SAMPLE_PARAMS["activities.overdue"][0], FR)).toBe(
      "L'activité «\u00a0Regional workshop\u00a0» s'est terminée le 31 mars 2026, mais son statut est «\u00a0In progress\u00a0» (au 1er mai 2026).",
    );
    expect(message("period.end-before-start", SAMPLE_PARAMS["period.end-before-start"][0], FR)).toContain("(mars 2026) avant de commencer (juin 2026)");
  });

  it("Spanish: the stated total, in-kind contributions, dates with month names", () => {
    expect(message("budget.total-mismatch", SAMPLE_PARAMS["budget.total-mismatch"][1], ES)).toBe(
      "En la columna «Budget 2026»: el total indicado es de CHF 513'753, pero los 2 subtotales y las 2 partidas que debería sumar (C7, C12, C13:C14) suman CHF 514'753 (el total es inferior en CHF 1'000).",
    );
    expect(message("budget.amount-not-numeric", SAMPLE_PARAMS["budget.amount-not-numeric"][0], ES)).toContain("contribuciones en especie");
    expect(message("outreach.future-date", SAMPLE_PARAMS["outreach.future-date"][0], ES)).toBe(
      "El contacto tiene fecha del 2 de marzo de 2026, posterior a hoy (1 de marzo de 2026).",
    );
  });

  it("French elides de before a vowel; lists of headers keep their separators", () => {
    expect(message("period.dates-disagree", SAMPLE_PARAMS["period.dates-disagree"][0], FR)).toContain("va de mai 2026 à juin 2026, mais les dates de début et de fin indiquent d'avril 2026 à juin 2026.");
    expect(message("period.outside-window", { ...SAMPLE_PARAMS["period.outside-window"][1], windowStart: "2025-08" }, FR)).toContain("période du plan, d'août 2025 à décembre 2026");
    expect(message("budget.merged-header-mixed", SAMPLE_PARAMS["budget.merged-header-mixed"][0], ES)).toContain(
      "(«Budget 2025» (presupuesto), «Actuals 2025» (gastos reales), «Variance» (diferencia), «%» (porcentaje))",
    );
  });

  it("one is singular: one more cell, one line, one row", () => {
    const one = { code: "cell.required-blank", listed: 1, more: 1, total: 2 };
    expect(message("table.more-issues", one, EN)).toBe("1 more cell in this table has the issue cell.required-blank (2 in all; the first is listed).");
    expect(message("table.more-issues", one, FR)).toBe("1 autre cellule de ce tableau présente le problème «\u00a0Cellule obligatoire vide\u00a0» (cell.required-blank, 2 en tout, la première est listée).");
    expect(message("table.more-issues", one, ES)).toBe("Otra celda de esta tabla tiene el problema «Celda obligatoria vacía» (cell.required-blank, 2 en total; se muestra la primera).");
    const oneLine = { ...SAMPLE_PARAMS["budget.total-mismatch"][0], lines: 1 };
    expect(message("budget.total-mismatch", oneLine, FR)).toContain("mais la ligne au-dessus fait CHF 513'753");
    expect(message("budget.total-mismatch", oneLine, ES)).toContain("pero la partida de arriba suma CHF 513'753");
    expect(importMessage("import.table-skipped", { rows: 1 }, FR)).toContain("(1 ligne)");
  });

  it("a parser's reason is translated, the JSON's reason stays English", () => {
    const params = { text: "31/13/2026", reason: "13 is not a month (dates are read day first)" };
    expect(message("date.unreadable", params, FR)).toBe("La date «\u00a031/13/2026\u00a0» ne peut pas être lue (13 n'est pas un mois (les dates se lisent jour, mois, année)).");
    expect(message("date.unreadable", params, ES)).toBe("La fecha «31/13/2026» no se puede leer (13 no es un mes (las fechas se leen día, mes, año)).");
    expect(params.reason).toBe("13 is not a month (dates are read day first)");
  });

  it("the suggested SUM is written as French and Spanish Excel write it", () => {
    const [range, list] = SAMPLE_PARAMS["budget.total-typed"];
    expect(message("budget.total-typed", range, FR)).toContain("=SOMME(B4:B8)");
    expect(message("budget.total-typed", list, FR)).toContain("=SOMME(B4;B6;B8)");
    expect(message("budget.total-typed", list, ES)).toContain("=SUMA(B4;B6;B8)");
  });
});

/** What each grouping style writes for CHF 514'753 (written out here, not computed by the code under test). */
const WRITTEN: Readonly<Record<Grouping, string>> = { apostrophe: "CHF 514'753", comma: "CHF 514,753", space: "CHF 514\u202f753", dot: "CHF 514.753" };
const OTHERS = (g: Grouping) => GROUPINGS.filter((x) => x !== g).map((x) => WRITTEN[x]);

describe("money follows the reader's grouping in every language", () => {
  const grid = LANGS.flatMap((lang) => GROUPINGS.map((g) => [lang, g] as [Lang, Grouping]));
  it.each(grid)("%s, %s", (lang, grouping) => {
    const f = makeFormat({ lang, grouping });
    const total = message("budget.total-mismatch", SAMPLE_PARAMS["budget.total-mismatch"][0], f);
    expect(total).toContain(WRITTEN[grouping]);
    for (const other of OTHERS(grouping)) expect(total).not.toContain(other);
    const base = message("budget.percentage-mismatch", { ...SAMPLE_PARAMS["budget.percentage-mismatch"][0], baseAmount: 51475300 }, f);
    expect(base).toContain(WRITTEN[grouping]);
    const paid = message("contribution.received-over-pledged", { contributor: "Norway", pledged: 51475300, received: 60000000, currency: "CHF" }, f);
    expect(paid).toContain(WRITTEN[grouping]);
  });

  it("counts are grouped the same way", () => {
    const p = SAMPLE_PARAMS["sheet.too-large"][0];
    expect(message("sheet.too-large", p, makeFormat({ lang: "fr", grouping: "space" }))).toContain("2\u202f000\u202f020 cellules");
    expect(message("sheet.too-large", p, makeFormat({ lang: "es", grouping: "dot" }))).toContain("2.000.020 celdas");
    expect(message("sheet.too-large", p, makeFormat({ lang: "en", grouping: "comma" }))).toContain("2,000,020 cells");
  });
});
