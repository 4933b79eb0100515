import { found, run } from "../helpers";

/** A budget with an actuals column feeds the execution rollup as a ledger does. */
const budget = {
  name: "Budget 2026",
  rows: [
    ["ISU Budget 2026"],
    ["COST", "Budget 2026", "Actual 2026", "NOTES"],
    ["Salaries", 1000, 800, null],
    ["Communication", 100, 120, null],
    ["Travel", 200, 190, null],
    ["Total", 1300, 1110, null],
  ],
};

describe("a budget's actuals column", () => {
  const v = run([budget], { asOf: "2026-06-15" });

  it("is an execution rollup of the budget itself: spent per line, total, pace to 31 December", () => {
    expect(v.rollups.execution).toHaveLength(1);
    const e = v.rollups.execution[0];
    expect(e).toMatchObject({ sheet: "Budget 2026", table: v.rollups.budget[0].table, budget: 1300, spent: 1110, remaining: 190, year: 2026 });
    expect(e.lines.map((l) => [l.label, l.budget, l.spent])).toEqual([["Salaries", 1000, 800], ["Communication", 100, 120], ["Travel", 200, 190]]);
    // Six months elapsed at 15 June (June counts): 1'110 ÷ 6 = 185 a month, × 12 = 2'220.
    expect([e.burnPerMonth, e.projectedYearEnd]).toEqual([185, 2220]);
    expect(e.unmatched).toEqual([]);
  });

  it("overspent and 90% lines are reported at their actuals cell", () => {
    expect(found(v)).toEqual(expect.arrayContaining(["Budget 2026!C4 expenditure.line-overspent", "Budget 2026!C5 expenditure.line-near-budget"]));
    expect(found(v)).not.toContain("Budget 2026!C3 expenditure.line-near-budget"); // 80%
  });

  it("a budget without an actuals column has no execution rollup", () => {
    const plain = { name: "Budget 2026", rows: [["COST", "Amount in CHF"], ["Travel", 200], ["Total", 200]] };
    expect(run([plain]).rollups.execution).toEqual([]);
  });
});
