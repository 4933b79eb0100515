import { buildTemplate, MONEY_FORMAT, PREFILL_NAMES, PREFILLS, TEMPLATE_KINDS } from "../../../src/core/templates";
import type { TemplateValidation } from "../../../src/core/templates";
import { checkedFormula, formulaValue, MAX_FORMULA_TEXT, MAX_PROMPT_MESSAGE, MAX_PROMPT_TITLE, templatePlan, validationRule, widthInPoints } from "../../../src/hosts/excel/template-plan";

const TODAY = "2026-01-15";
const ALL = [
  ...TEMPLATE_KINDS.map(({ kind }) => buildTemplate(kind, undefined, { today: TODAY })),
  ...PREFILL_NAMES.map((p) => buildTemplate(PREFILLS[p].kind, p, { today: TODAY })),
];

describe("formulaValue", () => {
  test("text keeps a leading apostrophe so Excel stores it as typed, not as a date or number", () => {
    expect(formulaValue({ value: "March 2026" })).toBe("'March 2026");
    expect(formulaValue({ value: "=not a formula" })).toBe("'=not a formula");
    expect(formulaValue({ value: 20000, numberFormat: MONEY_FORMAT })).toBe(20000);
    expect(formulaValue({ value: { date: "2026-01-01" } })).toBe(46023);
    expect(formulaValue({ formula: "=SUM(B5:B9)", result: 10 })).toBe("=SUM(B5:B9)");
    expect(formulaValue({ numberFormat: "d mmm yyyy" })).toBe("");
    expect(formulaValue(null)).toBe("");
    expect(() => formulaValue({ value: { date: "1899-12-31" } })).toThrow(/not a date Excel can hold/);
  });
});

describe("checkedFormula", () => {
  test("refuses, with the formula named, what Excel would refuse: a text constant over 255 characters", () => {
    const ok = `="${"x".repeat(MAX_FORMULA_TEXT)}"&B1`;
    expect(checkedFormula(ok)).toBe(ok);
    expect(checkedFormula(`="say ""${"y".repeat(MAX_FORMULA_TEXT - 6)}"""`)).toMatch(/^="say/); // a doubled quote is one character
    expect(() => checkedFormula(`="${"x".repeat(MAX_FORMULA_TEXT + 1)}"`)).toThrow(/text longer than 255/);
    expect(() => checkedFormula(`=${"1+".repeat(5000)}1`)).toThrow(/longer than 8192/);
  });
});

describe("validationRule", () => {
  const base = { range: "K4:K23", strict: true, promptTitle: "Status", prompt: "p", error: "e" };
  test("lists, decimals and dates in Office.js shapes", () => {
    expect(validationRule({ ...base, rule: { type: "list", values: ["Planned", "Done"] } })).toEqual({ list: { inCellDropDown: true, source: "Planned,Done" } });
    expect(validationRule({ ...base, rule: { type: "decimal", min: 0, max: 1 } })).toEqual({ decimal: { formula1: 0, formula2: 1, operator: "Between" } });
    expect(validationRule({ ...base, rule: { type: "date" } })).toEqual({ date: { formula1: "1900-01-01", operator: "GreaterThan" } });
  });

  test("a list value holding the separator is refused rather than split", () => {
    const v: TemplateValidation = { ...base, rule: { type: "list", values: ["Geneva, CH"] } };
    expect(() => validationRule(v)).toThrow(/comma/);
  });
});

describe("templatePlan", () => {
  test("the ISU budget: one rectangle from A1, formats, bold runs, its name qualified by the new sheet", () => {
    const t = buildTemplate("budget", "isu-budget-2026");
    const plan = templatePlan(t, "ISU Budget 2026 (2)", "Budget_2");
    const width = Math.max(...t.rows.map((r) => r.length));
    expect(plan.formulas).toHaveLength(t.rows.length);
    expect(plan.formulas.every((r) => r.length === width)).toBe(true);
    expect(plan.formats.map((r) => r.length)).toEqual(plan.formulas.map((r) => r.length));
    const total = t.rows.findIndex((r) => r[0]?.value === "Total");
    expect(plan.formulas[total][1]).toMatch(/^=SUM\(B5:B\d+\)$/);
    expect(plan.formats[total][1]).toBe(MONEY_FORMAT);
    expect(plan.bold).toEqual(["A1", "A3", "A4:C4", `A${total + 1}:B${total + 1}`]);
    expect(plan.names).toEqual([{ name: "SocialChargesRate", reference: "='ISU Budget 2026 (2)'!$B$1" }]);
    expect(plan.table).toEqual({ range: t.table.ref, name: "Budget_2", showFilterButton: false, style: "TableStyleLight9" });
    expect(plan.freeze).toEqual({ rows: 4, columns: 0 });
  });

  test("column widths in points (8.43 characters is Excel's 48 pt default), equal neighbours in one run", () => {
    expect(widthInPoints(8.43)).toBeCloseTo(48, 0);
    const t = buildTemplate("activities", "sdr-2025-2026");
    const plan = templatePlan(t, "SDR", "Activities");
    const months = t.columns.length - 11;
    expect(months).toBe(24);
    expect(plan.widths[plan.widths.length - 1]).toEqual({ column: 11, count: 24, points: widthInPoints(6.5) });
    expect(plan.widths.reduce((n, w) => n + w.count, 0)).toBe(t.columns.length);
  });

  test("strict rules refuse other input with the template's message; the action-plan dropdown only suggests", () => {
    const t = buildTemplate("activities", undefined, { today: TODAY });
    const plan = templatePlan(t, "Activities", "Activities");
    const byRange = Object.fromEntries(plan.validations.map((v) => [v.range, v]));
    expect(byRange["D4:D23"].errorAlert.showAlert).toBe(false);
    expect(String(byRange["D4:D23"].rule.list?.source).split(",")).toHaveLength(50);
    expect(byRange["K4:K23"].errorAlert).toEqual({ showAlert: true, style: "Stop", title: "Status", message: "Pick one of: Planned, In progress, Done, Postponed, Cancelled." });
    expect(plan.conditionalFormats).toEqual(t.conditionalFormats);
  });

  test.each(ALL.map((t) => [t.prefill ?? `blank ${t.kind}`, t] as const))("%s: every prompt fits Excel's limits unclipped", (_label, t) => {
    const plan = templatePlan(t, t.sheetName, t.table.name);
    plan.validations.forEach((v, i) => {
      const src = t.validations[i];
      expect([v.prompt.title, v.prompt.message, v.errorAlert.message]).toEqual([src.promptTitle, src.prompt, src.error]);
      expect(src.promptTitle.length).toBeLessThanOrEqual(MAX_PROMPT_TITLE);
      expect(Math.max(src.prompt.length, src.error.length)).toBeLessThanOrEqual(MAX_PROMPT_MESSAGE);
    });
  });
});
