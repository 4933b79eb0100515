import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { consolidate } from "../../../src/core/views/consolidate";
import { coverageRollup, planOfReference } from "../../../src/core/rollups/coverage";
import { ART6_WORKPLAN, exampleSnapshot, EXAMPLE_SHEETS, SDR_WORKPLAN, UNIV24_WORKPLAN, UNIV25_WORKPLAN } from "../../../examples/example-workbook";
import type { ExampleSheet } from "../../../examples/example-workbook";

const settings = resolveSettings({ asOf: "2026-01-15" }, "2026-01-15");
const reportOf = (sheets: readonly ExampleSheet[], name: string, s = settings) => toReport(validateWorkbook(exampleSnapshot(sheets, name), s), name);
const PLANS = [ART6_WORKPLAN, SDR_WORKPLAN, UNIV24_WORKPLAN, UNIV25_WORKPLAN];
const CITED = [10, 11, 12, 13, 14, 15, 16, 17, 38, 39, 40, 41, 42];

describe("consolidate", () => {
  const whole = consolidate([{ file: "examples.xlsx", report: reportOf(EXAMPLE_SHEETS, "examples.xlsx") }], settings.milestones);
  const separate = consolidate(PLANS.map((p) => ({ file: `${p.name}.xlsx`, report: reportOf([p], `${p.name}.xlsx`) })), settings.milestones);

  it("gives the same totals for one workbook and for the four plans as separate files", () => {
    expect(separate.byMonth).toEqual(whole.byMonth);
    expect(separate.byQuarter).toEqual(whole.byQuarter);
    expect(separate.byLead).toEqual(whole.byLead);
    expect(separate.grid.length).toBe(whole.grid.length);
    expect(separate.coverage).toEqual(whole.coverage.map((c) => ({ ...c, actions: c.actions.map((a) => ({ ...a, activities: a.activities.map((x) => ({ ...x, file: `${x.sheet}.xlsx` })) })) })));
  });

  it("sums the plans' months: each month is the total of the four plans", () => {
    const plans = reportOf(EXAMPLE_SHEETS, "x").rollups.timeline;
    for (const [m, n] of Object.entries(whole.byMonth)) expect(n).toBe(plans.reduce((s, t) => s + (t.byMonth[m] ?? 0), 0));
    expect(whole.byMonth["2026-03"]).toBe(4 /* Art6 Q1 */ + 3 /* Univ25 */);
    expect(whole.plans.map((p) => [p.sheet, p.activities])).toEqual([[ART6_WORKPLAN.name, 9], [SDR_WORKPLAN.name, 5], [UNIV24_WORKPLAN.name, 19], [UNIV25_WORKPLAN.name, 13]]);
    expect(whole.months[0]).toBe("2024-01");
    expect(whole.months[whole.months.length - 1]).toBe("2026-12");
  });

  it("counts activities by lead, names each row's plan, lists the milestones and the busiest months", () => {
    expect(whole.byLead["Coordinators on stockpile destruction and retention (Peru and Burkina Faso)"]).toBe(5);
    expect(Object.values(whole.byLead).reduce((a, b) => a + b, 0)).toBe(46);
    expect(whole.grid.find((g) => g.activity.startsWith("Drafting of the report"))).toMatchObject({ plan: SDR_WORKPLAN.name, cell: "E5", start: "2026-05", end: "2026-05" });
    expect(whole.milestones).toEqual([{ name: "13MSP", month: "2025-09", activities: 0 }, { name: "3RC", month: "2026-09", activities: 0 }]);
    expect(whole.busiest[0]).toEqual({ month: "2024-12", activities: 11 });
  });

  it("names plans by file when two files have a sheet of the same name", () => {
    const twice = consolidate([{ file: "a.xlsx", report: reportOf([SDR_WORKPLAN], "a.xlsx") }, { file: "b.xlsx", report: reportOf([SDR_WORKPLAN], "b.xlsx") }], {});
    expect(new Set(twice.grid.map((g) => g.plan))).toEqual(new Set([`a.xlsx · ${SDR_WORKPLAN.name}`, `b.xlsx · ${SDR_WORKPLAN.name}`]));
    expect(twice.byMonth["2026-05"]).toBe(4);
  });
});

describe("action-plan coverage", () => {
  it("lists the Lausanne actions the examples cite, with their cells, and those they do not", () => {
    const [lap] = reportOf(EXAMPLE_SHEETS, "x").rollups.coverage;
    expect(lap.plan).toBe("Lausanne Action Plan");
    expect(lap.actions.map((a) => a.action)).toEqual(CITED);
    expect(lap.uncovered).toEqual(Array.from({ length: 50 }, (_, i) => i + 1).filter((n) => !CITED.includes(n)));
    expect(lap.actions.find((a) => a.action === 40)!.activities).toHaveLength(9);
    expect(lap.actions.find((a) => a.action === 12)!.activities[0]).toEqual({ sheet: SDR_WORKPLAN.name, cell: "D3", activity: SDR_WORKPLAN.rows[2][0] });
  });

  it("a user can add the next action plan; references naming it count for it", () => {
    const vap = { name: "Vientiane Action Plan", abbreviation: "VAP", from: 1, to: 10 };
    const s = resolveSettings({ actionPlans: [{ name: "Lausanne Action Plan", abbreviation: "LAP", from: 1, to: 50 }, vap] }, "2026-01-15");
    const sheet: ExampleSheet = { name: "Plan 2027", source: "test", rows: [["Activity", "Lead", "Action plan reference", "Timeline"], ["A", "ISU", "VAP Actions 2 to 3", "March 2027"], ["B", "ISU", "Action 5", "April 2027"], ["C", "ISU", "Vientiane Action Plan #9", "May 2027"]] };
    const [lap, v] = reportOf([sheet], "p.xlsx", s).rollups.coverage;
    expect(v.actions.map((a) => [a.action, a.activities.map((x) => x.cell)])).toEqual([[2, ["C2"]], [3, ["C2"]], [9, ["C4"]]]);
    expect(v.uncovered).toEqual([1, 4, 5, 6, 7, 8, 10]);
    expect(lap.actions.map((a) => a.action)).toEqual([5]);
    expect(planOfReference("LAP Actions #38 to #42", s.actionPlans)).toBe(0);
  });

  it("ignores numbers outside the plan and reversed ranges (the reference rules report them)", () => {
    const [c] = coverageRollup([], [{ name: "P", from: 1, to: 3 }]);
    expect(c).toEqual({ plan: "P", from: 1, to: 3, actions: [], uncovered: [1, 2, 3] });
    const sheet: ExampleSheet = { name: "S", source: "t", rows: [["Activity", "Lead", "Action plan reference"], ["A", "ISU", "Actions 49 to 60"], ["B", "ISU", "17 to 12"]] };
    const [lap] = reportOf([sheet], "s.xlsx").rollups.coverage;
    expect(lap.actions.map((a) => a.action)).toEqual([49, 50]);
  });
});
