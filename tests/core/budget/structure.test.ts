import type { RawCell } from "../../../src/core/snapshot";
import { found, run, TinySheet } from "../helpers";
import { numberedTitle, twoRowHeader, twoYears, withSubtotals } from "./isu-layouts";

const errors = (v: ReturnType<typeof run>) => v.issues.filter((i) => i.severity === "error").map((i) => `${i.cell} ${i.code}`);
const set = (t: TinySheet, row: number, col: number, value: RawCell): TinySheet => ({ ...t, rows: t.rows.map((r, i) => (i === row - 1 ? r.map((v, j) => (j === col - 1 ? value : v)) : r)) });

describe("the ISU 2026 budget in the layouts finance staff use totals CHF 514'753 with no error", () => {
  it.each([["with subtotals", withSubtotals], ["numbered title and lines", numberedTitle], ["2025 and 2026 columns", twoYears], ["two-row header", twoRowHeader]])("%s", (_, layout) => {
    const v = run([layout()]);
    expect(errors(v)).toEqual([]);
    const b = v.rollups.budget[0];
    expect(b).toMatchObject({ total: 514753, statedTotal: 514753, staffCosts: 454753, otherCosts: 60000 });
    expect(b.lines.map((l) => l.label.replace(/^\d\. /, ""))).toEqual(["Salaries", "Social charges", "Communication", "Travel", "Other implementation support costs"]);
  });

  it("sections: staff and operational costs with their share", () => {
    const b = run([withSubtotals()]).rollups.budget[0];
    expect(b.sections.map((s) => [s.label, s.total, Math.round(s.share * 1000) / 1000, s.cell])).toEqual([
      ["Staff costs", 454753, 0.883, "B6"], ["Operational costs", 60000, 0.117, "B11"],
    ]);
  });

  it("several columns: the plan year's column is the main one; every column is rolled up", () => {
    const b = run([twoYears()]).rollups.budget[0];
    expect(b.column).toBe("Budget 2026");
    expect(b.columns.map((c) => [c.header, c.role, c.year, c.total, c.statedTotal, c.cell])).toEqual([
      ["Budget 2025", "budget", 2025, 504000, 504000, "B2"], ["Budget 2026", "budget", 2026, 514753, 514753, "C2"], ["Variance", "difference", null, 10753, 10753, "D2"],
    ]);
    expect(run([twoRowHeader()]).rollups.budget[0].column).toBe("Budget (CHF) 2026");
  });

  it("with no year in title, sheet or file, the last budget column is the main one", () => {
    const t = { ...twoYears(), name: "Budget" };
    const b = run([{ ...t, rows: [["ISU budget"], ...t.rows.slice(1)] }]).rollups.budget[0];
    expect(b.column).toBe("Budget 2026");
    const file = run([{ ...t, rows: [["ISU budget"], ["COST", "Budget 2026", "Budget 2025", "NOTES"], ["Travel", 1, 2, null], ["Total", 1, 2, null]] }], {}, "ISU 2026.xlsx").rollups.budget[0];
    expect(file.column).toBe("Budget 2026");
  });
});

describe("seeded variations give the right code at the right cell", () => {
  it("a subtotal off by CHF 1'000, in any column, names the rows it should add", () => {
    const v = run([set(withSubtotals(), 6, 2, 455753)]);
    expect(errors(v)).toEqual(["B6 budget.subtotal-mismatch"]);
    expect(v.issues[0].message).toContain("B4:B5");
    expect(errors(run([set(twoYears(), 11, 2, 61000)]))).toEqual(["B11 budget.subtotal-mismatch"]);
  });

  it("a grand total that double-counts the subtotals", () => {
    expect(errors(run([set(withSubtotals(), 12, 2, 514753 * 2)]))).toEqual(["B12 budget.total-double-counted"]);
  });

  it("a grand total off by CHF 1'000 against the subtotals", () => {
    expect(errors(run([set(withSubtotals(), 12, 2, 515753)]))).toEqual(["B12 budget.total-mismatch"]);
    expect(errors(run([set(twoYears(), 12, 2, 505000)]))).toEqual(["B12 budget.total-mismatch"]);
  });

  it("a subtotal of subtotals (nested sections)", () => {
    const t = withSubtotals();
    const rows = [...t.rows.slice(0, 2), ["Direct costs"], ...t.rows.slice(2, 11), ["Total direct costs", 514753, null], ["Programme support costs (13%)", 66918, null], ["Total", 581671, null]];
    const v = run([{ ...t, rows }]);
    expect(errors(v)).toEqual([]);
    expect(v.rollups.budget[0].sections.map((s) => [s.label, s.depth])).toEqual([["Direct costs", 0], ["Staff costs", 1], ["Operational costs", 1]]);
    expect(v.rollups.budget[0].total).toBe(581671);
  });

  it("a subtotal with no lines above it", () => {
    const t = withSubtotals();
    expect(found(run([{ ...t, rows: [t.rows[0], t.rows[1], ["Subtotal", 0, null], ...t.rows.slice(2)] }]))).toContain("ISU Budget 2026!B3 budget.subtotal-empty");
  });

  it("subtotals found by arithmetic when their label does not say so", () => {
    const t = withSubtotals();
    const v = run([{ ...t, rows: t.rows.map((r) => (r[0] === "Total staff costs" ? ["Staff costs", 454753, null] : r[0] === "Total operational costs" ? ["Operational costs", 60000, null] : r)) }]);
    expect(errors(v)).toEqual([]);
    expect(v.rollups.budget[0].total).toBe(514753);
  });

  it("subtotals found by their SUM formula", () => {
    const t = withSubtotals();
    const formulas: (string | null)[][] = t.rows.map(() => []);
    formulas[5] = [null, "=SUM(B4:B5)"];
    formulas[10] = [null, "=SUM(B8:B10)"];
    formulas[11] = [null, "=B6+B11"];
    const rows = t.rows.map((r, i) => (i === 5 ? ["Staff", 454753, null] : r));
    expect(errors(run([{ ...t, rows, formulas }]))).toEqual([]);
    formulas[11] = [null, "=SUM(B4:B11)"];
    expect(errors(run([{ ...t, rows: set({ ...t, rows }, 12, 2, 514753 * 2).rows, formulas }]))).toEqual(["B12 budget.total-double-counted"]);
  });
});

describe("formulas", () => {
  it("a SUM with no cached value is an error at its cell, never a zero or a blank in the total", () => {
    const t = withSubtotals();
    const formulas: (string | null)[][] = t.rows.map(() => []);
    formulas[4] = [null, "=ROUND(B4*0.2,0)"];
    formulas[11] = [null, "=B6+B11"];
    const rows = t.rows.map((r, i) => (i === 4 || i === 11 ? [r[0], null, r[2]] : r));
    const v = run([{ ...t, rows, formulas }]);
    expect(errors(v)).toEqual(["B5 cell.formula-not-calculated", "B12 cell.formula-not-calculated"]);
    expect(v.issues.find((i) => i.cell === "B5")!.message).toMatch(/open the file in Excel or LibreOffice and save it/);
    expect(v.counts.error).toBe(2);
  });

  it("a grand total typed as a number while the lines are numbers is a note with the SUM to use", () => {
    const t = withSubtotals();
    const v = run([{ ...t, formulas: t.rows.map(() => []) }]);
    const typed = v.issues.filter((i) => i.code === "budget.total-typed");
    expect(typed.map((i) => [i.cell, i.severity, i.params.sum])).toEqual([["B12", "info", "=SUM(B6,B11)"]]);
    // Without formulas (a CSV) a typed total cannot be told from a SUM: nothing is said.
    expect(run([t]).issues.filter((i) => i.code === "budget.total-typed")).toEqual([]);
  });
});
