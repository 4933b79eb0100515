import { ALL_PLANS_ROWS } from "../../src/panel/render-all-plans";
import { GANTT_ROWS } from "../../src/panel/render-timeline";
import { panelView, PanelViewSchema, VIEW_LIMITS } from "../../src/panel/panel-view";
import type { Report } from "../../src/core";
import { deliverablesOf } from "../../src/panel/gantt";

const SHEET = "Plan";
function bigReport(rows: number): Report {
  const grid = Array.from({ length: rows }, (_, i) => ({ activity: `A${i}`, cell: `C${i + 2}`, start: "2026-01", end: "2026-03", ongoing: false, lead: i % 2 ? "ISU" : "" }));
  const deliverables = grid.map((g, i) => ({ sheet: SHEET, cell: `E${i + 2}`, activity: g.activity, deliverable: "d", target: { min: 1, max: 1, unit: "" }, achieved: null, source: null }));
  return {
    schemaVersion: 1, asOf: "2026-01-15", valid: true, counts: { error: 0, warning: 0, info: 0 }, unlisted: 0,
    tables: [{ sheet: SHEET, kind: "activities", range: `A1:J${rows + 1}`, id: `${SHEET}!A1:J${rows + 1}`, rows, source: "detected" }],
    issues: [],
    rollups: {
      budget: [], staffing: [], funding: [], execution: [], deliverables,
      timeline: [{ sheet: SHEET, table: `${SHEET}!A1:J${rows + 1}`, activities: rows, byMonth: { "2026-01": rows }, byQuarter: { "2026-Q1": rows }, ongoing: 0, unscheduled: 0, months: ["2026-01", "2026-02", "2026-03"], grid, milestones: [] }],
      coverage: [{ plan: "LAP", from: 1, to: 2, uncovered: [2], actions: [{ action: 1, activities: grid.map((g) => ({ sheet: SHEET, cell: g.cell, activity: g.activity })) }] }],
    },
  } as unknown as Report;
}

describe("panelView", () => {
  test("keeps at least what the Gantt card and the All plans calendar draw", () => {
    expect(VIEW_LIMITS.rows).toBeGreaterThanOrEqual(Math.max(GANTT_ROWS, ALL_PLANS_ROWS));
  });

  test("a small report is sent as it is", () => {
    const r = bigReport(VIEW_LIMITS.citations);
    expect(panelView(r)).toBe(r);
  });

  test("a large one is trimmed, and every left-out row, lead, deliverable and citation is counted", () => {
    const r = bigReport(5000);
    const v = PanelViewSchema.parse(JSON.parse(JSON.stringify(panelView(r))));
    const t = v.rollups.timeline[0];
    expect(t.grid).toEqual(r.rollups.timeline[0].grid.slice(0, VIEW_LIMITS.rows));
    expect(t.activities).toBe(5000);
    expect(t.grid.length + v.omitted!.rows[t.table]).toBe(5000);
    const leadsKept = t.grid.filter((g) => g.lead).length;
    expect(leadsKept + v.omitted!.leads.ISU).toBe(2500);
    expect(deliverablesOf(t, v.rollups.deliverables).length + v.omitted!.deliverables[t.table]).toBe(5000);
    const a = v.rollups.coverage[0].actions[0];
    expect(a.activities.length + v.omitted!.citations.LAP["1"]).toBe(5000);
    expect(JSON.stringify(v).length).toBeLessThan(JSON.stringify(r).length / 20);
  });
});
