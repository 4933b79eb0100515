import { RULES } from "../../../src/core";
import { DETECTION_CODES } from "../../../src/core/rules";
import { found, run } from "../helpers";
import { acts, budget, CASES } from "./rule-cases";

describe("every rule raises its code at the right cell", () => {
  it.each(CASES.map((c) => [c.code, c] as const))("%s", (code, c) => {
    expect(found(run(c.sheets, c.settings))).toContain(`${c.at} ${code}`);
  });

  it("has a case for every rule and detection code", () => {
    const codes = [...RULES.map((r) => r.code), ...Object.keys(DETECTION_CODES)];
    expect(codes.filter((code) => !CASES.some((c) => c.code === code))).toEqual([]);
  });
});

describe("clean tables raise nothing", () => {
  it("a correct budget", () => {
    const v = run([budget(["Salaries", 1000, null], ["Social charges", 200, "Estimated at 20% of salary"], ["Travel", 50, null], ["Total", 1250, null], ["Administrative expenses", "GICHD, in-kind", "Office space"])]);
    expect(found(v)).toEqual([]);
    expect(v.rollups.budget[0]).toMatchObject({ total: 1250, statedTotal: 1250, staffCosts: 1200, otherCosts: 50 });
    expect(v.rollups.budget[0].inKind.map((l) => l.label)).toEqual(["Administrative expenses"]);
  });

  it("a correct activities table", () => {
    const v = run([acts(["A", "L", "Actions 12 to 17", "May – June 2026", "at least 10 meetings", "Planned"], ["B", "L", "LAP Actions #38 to #42", "Ongoing", null, null])]);
    expect(found(v)).toEqual([]);
  });
});

describe("rule details", () => {
  it("total mismatch says the difference", () => {
    const v = run([budget(["Salaries", 378961, null], ["Total", 378962, null])]);
    const i = v.issues.find((x) => x.code === "budget.total-mismatch")!;
    expect(i.params).toMatchObject({ stated: 37896200, sum: 37896100, difference: 100, currency: "CHF" });
    expect(i.message).toContain("CHF 1");
  });

  it("percentage within rounding passes (20% of 378'961 = 75'792.2)", () => {
    const v = run([budget(["Salaries", 378961, null], ["Social charges", 75792, "Estimated at 20% of salary"], ["Total", 454753, null])]);
    expect(found(v)).toEqual([]);
  });

  it("in-kind lines are not non-numeric amounts", () => {
    const v = run([budget(["Travel", 5, null], ["Total", 5, null], ["Administrative expenses", "GICHD, in-kind", null])]);
    expect(found(v)).toEqual([]);
  });

  it("done activities are never overdue; blank status is", () => {
    const v = run([acts(["A", "L", null, "January 2026", null, "Completed"], ["B", "L", null, "January 2026", null, null])]);
    expect(found(v)).toEqual(["Plan 2026!F3 activities.overdue"]);
  });

  it("the plan window comes from settings over the sheet name", () => {
    const v = run([acts(["A", "L", null, "March 2027", null, null])], { planWindow: { start: "2026-01", end: "2027-12" } });
    expect(found(v)).not.toContain("Plan 2026!D2 period.outside-window");
  });

  it("action range is configurable", () => {
    const v = run([acts(["A", "L", "Action 60", "September 2026", null, null])], { actionRange: { from: 1, to: 70 } });
    expect(found(v)).toEqual([]);
  });

  it("Start/End dates stand in for a blank timeline", () => {
    const v = run([{ name: "Plan 2026", rows: [["Activity", "Lead", "Timeline", "Start", "End"], ["A", "L", null, { date: "2026-05-04" }, { date: "2026-06-30" }]] }]);
    expect(found(v)).toEqual([]);
    expect(v.rollups.timeline[0].byMonth).toEqual({ "2026-05": 1, "2026-06": 1 });
  });

  it("CSV text amounts are not 'stored as text'", () => {
    const v = run([{ ...budget(["Travel", "20'000", null], ["Total", "20'000", null]), textOnly: true }]);
    expect(found(v)).toEqual([]);
  });
});

describe("staffing", () => {
  it("a Total row is not a post", () => {
    const v = run([{ name: "Staff", rows: [["Position", "FTE"], ["Director", "100%"], ["Assistant", "50%"], ["Total", 1.5]] }]);
    expect(found(v)).toEqual([]);
    expect(v.rollups.staffing[0].fteTotal).toBe(1.5);
    expect(v.rollups.staffing[0].positions).toHaveLength(2);
  });
});

describe("table.blank-row", () => {
  it("does not flag empty rows at the end of an Excel table (rows still to fill)", () => {
    const rows = [["Activity", "Lead", "Timeline"], ["A", "L", "September 2026"], [null, null, null], ["B", "L", "September 2026"], [null, null, null], [null, null, null], [null, null, null]];
    const v = run([{ name: "Plan 2026", rows, tables: [{ name: "Plan", headerRow: 1, firstColumn: 1, lastColumn: 3, lastRow: 7 }] }]);
    expect(found(v)).toEqual(["Plan 2026!A3 table.blank-row"]);
  });
});
