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
    // The variance beside it is then wrong too: 2026 − 2025 is no longer 0.
    expect(errors(run([set(twoYears(), 11, 2, 61000)]))).toEqual(["B11 budget.subtotal-mismatch", "D11 budget.variance-mismatch"]);
  });

  it("a grand total that double-counts the subtotals", () => {
    expect(errors(run([set(withSubtotals(), 12, 2, 514753 * 2)]))).toEqual(["B12 budget.total-double-counted"]);
  });

  it("a grand total off by CHF 1'000 against the subtotals", () => {
    expect(errors(run([set(withSubtotals(), 12, 2, 515753)]))).toEqual(["B12 budget.total-mismatch"]);
    expect(errors(run([set(twoYears(), 12, 2, 505000)]))).toEqual(["B12 budget.total-mismatch", "D12 budget.variance-mismatch"]);
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

describe("lines stated as a share of another", () => {
  const withPsc = (label: string, amount: number, notes: string | null = null): TinySheet => {
    const t = withSubtotals();
    const rows = [...t.rows.slice(0, 11), ["Total direct costs", 514753, null], [label, amount, notes], ["Total", 514753 + amount, null]];
    return { ...t, rows };
  };
  it.each([
    ["Programme support costs (13%)", null],
    ["PSC", "PSC 13% of direct costs"],
    ["Overhead @ 13%", null],
    ["Support costs", "13% of the total above"],
  ])("%s %s: 13%% passes, 15%% is an error at its cell", (label, notes) => {
    expect(errors(run([withPsc(label, 66918, notes)]))).toEqual([]);
    // The line at 15% of the direct costs (CHF 77'213), the total adjusted to it: only the percentage is wrong.
    expect(errors(run([withPsc(label, 77213, notes)]))).toEqual(["B13 budget.percentage-mismatch"]);
  });

  it("a share of a named section: 10% of staff costs", () => {
    const t = withSubtotals();
    const rows = [...t.rows.slice(0, 11), ["Training", 45475, "Estimated at 10% of staff costs"], ["Total", 560228, null]];
    expect(errors(run([{ ...t, rows }]))).toEqual([]);
    const wrong = rows.map((r) => (r[0] === "Training" ? ["Training", 50000, r[2]] : r[0] === "Total" ? ["Total", 564753, null] : r));
    expect(errors(run([{ ...t, rows: wrong }]))).toEqual(["B12 budget.percentage-mismatch"]);
  });

  it("social charges at 20% of salaries are checked in every budget column", () => {
    const t = twoYears();
    const rows = t.rows.map((r) => (r[0] === "Social charges" ? ["Social charges", 80000, 75792, -4208, r[4]] : r[0] === "Total staff costs" ? ["Total staff costs", 450000, 454753, 4753, null] : r[0] === "Total" ? ["Total", 510000, 514753, 4753, null] : r));
    expect(errors(run([{ ...t, rows }]))).toEqual(["B5 budget.percentage-mismatch"]);
  });
});

describe("several amount columns: bad input gets a finding at its cell", () => {
  it("a variance that does not subtract", () => {
    // …and the staff subtotal of the variance column no longer adds up either
    expect(errors(run([set(twoYears(), 4, 4, 8000)]))).toEqual(["D4 budget.variance-mismatch", "D6 budget.subtotal-mismatch"]);
    // budget − actual is as good a convention as 2026 − 2025: the one most rows follow is checked
    const flipped = twoYears();
    const neg = { ...flipped, rows: flipped.rows.map((r, i) => (i >= 2 && typeof r[3] === "number" ? [r[0], r[1], r[2], -(r[3] as number), r[4]] : r)) };
    expect(errors(run([neg]))).toEqual([]);
  });

  it("a variance as its formula says, whatever the columns' order", () => {
    const t = twoYears();
    const formulas = t.rows.map((r, i) => (i >= 3 && typeof r[3] === "number" ? [null, null, null, `=C${i + 1}-B${i + 1}`] : []));
    expect(errors(run([{ ...t, formulas }]))).toEqual([]);
    expect(errors(run([{ ...set(t, 4, 4, 8000), formulas }]))).toEqual(["D4 budget.variance-mismatch", "D6 budget.subtotal-mismatch"]);
  });

  it("text in a year column", () => {
    expect(errors(run([set(twoYears(), 8, 2, "twenty thousand")]))).toContain("B8 budget.amount-not-numeric");
  });

  it("a subtotal off in the 2025 column only", () => {
    expect(errors(run([set(twoYears(), 6, 2, 445000)]))).toEqual(["B6 budget.subtotal-mismatch", "D6 budget.variance-mismatch"]);
  });

  it("two columns both headed 2026: the first is used, the second is flagged", () => {
    const t = twoYears();
    const v = run([{ ...t, rows: t.rows.map((r, i) => (i === 1 ? ["COST", "2026", "2026", "Variance", "NOTES"] : r)) }]);
    expect(found(v)).toContain("ISU Budget 2025-2026!C2 budget.duplicate-column");
    expect(v.rollups.budget[0].column).toBe("2026");
  });

  it("a variance with no neighbours", () => {
    const v = run([{ name: "B", rows: [["COST", "Variance", "Budget 2026"], ["Travel", 5, 10], ["Total", 5, 10]] }]);
    expect(found(v)).toContain("B!B1 budget.column-no-neighbours");
  });

  it("a merged header over a budget and an actuals column", () => {
    const v = run([{ name: "B", rows: [["COST", "Budget (CHF)", null, "NOTES"], [null, 2026, "Actual", null], ["Travel", 10, 5, null], ["Total", 10, 5, null]], merged: [{ top: 1, left: 2, bottom: 1, right: 3 }] }]);
    expect(found(v)).toContain("B!B1 budget.merged-header-mixed");
    expect(v.rollups.budget[0].columns.map((c) => [c.header, c.role])).toEqual([["Budget (CHF) 2026", "budget"], ["Budget (CHF) Actual", "actuals"]]);
  });

  it("actuals and % executed: totals in every column, the percentage as its ratio", () => {
    const rows = [["COST", "Budget 2026", "Actual 2026", "% executed"], ["Salaries", 378961, 300000, 0.79], ["Travel", 20000, 10000, "50%"], ["Total", 398961, 310000, 0.777]];
    const v = run([{ name: "Execution 2026", rows }]);
    expect(errors(v)).toEqual([]);
    expect(v.rollups.budget[0].columns.map((c) => [c.role, c.total, c.statedTotal])).toEqual([["budget", 398961, 398961], ["actuals", 310000, 310000], ["percentage", null, 0.777]]);
    const bad = rows.map((r, i) => (i === 3 ? ["Total", 398961, 320000, 0.777] : r));
    expect(errors(run([{ name: "Execution 2026", rows: bad }]))).toEqual(["C4 budget.total-mismatch", "D4 budget.percentage-column-mismatch"]);
  });
});
