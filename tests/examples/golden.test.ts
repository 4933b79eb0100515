import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import { ReportSchema } from "../../src/core/report/report";
import { exampleSnapshot } from "../../examples/example-workbook";

/** The bundled example, checked against what the seed documents say. */
const report = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({ asOf: "2026-10-01" }, "2026-10-01")));
const timeline = (sheet: string) => report.rollups.timeline.find((t) => t.sheet === sheet)!;

describe("the example workbook", () => {
  it("matches the public JSON contract", () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
  });

  it("finds every table with its kind", () => {
    expect(report.tables.map((t) => `${t.sheet}!${t.range} ${t.kind}`)).toEqual([
      "ISU Budget 2026!A3:C10 budget",
      "ISU Budget 2026!A14:C17 staffing",
      "ISU Budget 2026 by section!A3:E14 budget",
      "Art6 Workplan 2025-2026!A2:G11 activities",
      "SDR Workplan 2025-2026!A2:G7 activities",
      "Univ Workplan 2024-2025!A2:G21 activities",
      "Univ Workplan 2025-2026!A2:G15 activities",
      "Outreach log (illustrative)!A2:D12 outreach",
      "Contributions 2026 (illus.)!A2:H8 contributions",
      "Contributions 2026 (illus.)!A12:C16 rates",
      "Ledger 2026 (illus.)!A2:F15 expenditure",
    ]);
  });

  it("ISU 2026 budget totals CHF 514'753 with no error, social charges pass the 20% check", () => {
    const b = report.rollups.budget[0];
    expect(b).toMatchObject({ currency: "CHF", total: 514753, statedTotal: 514753, staffCosts: 454753, otherCosts: 60000, fte: 2.5 });
    expect(b.lines.map((l) => [l.label, l.amount])).toEqual([
      ["Salaries", 378961], ["Social charges", 75792], ["Communication", 20000], ["Travel", 20000], ["Other implementation support costs", 20000],
    ]);
    expect(b.inKind.map((l) => l.label)).toEqual(["Administrative expenses"]);
    expect(report.issues.filter((i) => i.sheet === "ISU Budget 2026")).toEqual([]);
  });

  it("the richer layout (sections, subtotals, 2025 and 2026, variance): the 2026 column is the published budget, with no error", () => {
    const b = report.rollups.budget.find((x) => x.sheet === "ISU Budget 2026 by section")!;
    const published = report.rollups.budget[0];
    expect(b).toMatchObject({ column: "Budget 2026", total: 514753, statedTotal: 514753, staffCosts: 454753, otherCosts: 60000 });
    expect(b.lines.map((l) => [l.label, l.amount])).toEqual(published.lines.map((l) => [l.label, l.amount]));
    expect(b.sections.map((x) => [x.label, x.total, x.cell])).toEqual([["Staff costs", 454753, "C7"], ["Operational costs", 60000, "C12"]]);
    expect(b.columns.map((c) => [c.header, c.role, c.total])).toEqual([["Budget 2025", "budget", 502000], ["Budget 2026", "budget", 514753], ["Variance", "difference", 12753]]);
    expect(report.issues.filter((i) => i.sheet === "ISU Budget 2026 by section")).toEqual([]);
  });

  it("staffing: Director 100%, Specialist 100%, Assistant 50% = 2.5 FTE", () => {
    expect(report.rollups.staffing[0].fteTotal).toBe(2.5);
  });

  it("Article 6: four activities in Q1 2026, three in Q2, two in Q3", () => {
    expect(timeline("Art6 Workplan 2025-2026").byQuarter).toEqual({ "2026-Q1": 4, "2026-Q2": 3, "2026-Q3": 2 });
  });

  it("Stockpile destruction: January, April, May, May–June, September 2026", () => {
    expect(timeline("SDR Workplan 2025-2026").byMonth).toEqual({ "2026-01": 1, "2026-04": 1, "2026-05": 2, "2026-06": 1, "2026-09": 1 });
  });

  it("Universalization 2024-2025: nine overarching activities run December 2024 – September 2025", () => {
    const t = timeline("Univ Workplan 2024-2025");
    expect(t.byMonth["2024-12"]).toBe(2 + 9);
    expect(t.byMonth["2025-05"]).toBe(9);
    expect(t.byMonth["2025-09"]).toBe(9);
    expect(t.unscheduled).toBe(0);
  });

  it("Universalization 2025-2026: six ongoing activities, then February to September 2026", () => {
    const t = timeline("Univ Workplan 2025-2026");
    expect(t.ongoing).toBe(6);
    expect(t.byMonth).toEqual({ "2026-02": 1, "2026-03": 3, "2026-04": 1, "2026-05": 1, "2026-06": 2, "2026-07": 1, "2026-08": 1, "2026-09": 1 });
    expect(t.milestones).toContainEqual({ name: "3RC", month: "2026-09", activities: 0 });
  });

  it("documented meetings: 7 of at least 10, counted from the (illustrative) follow-up log", () => {
    const d = report.rollups.deliverables.find((x) => /documented bilateral outreach meetings/.test(x.deliverable))!;
    expect(d).toMatchObject({ target: { min: 10 }, achieved: 7, source: "outreach-log" });
  });

  it("has no error at all as of October 2026", () => {
    expect(report.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
