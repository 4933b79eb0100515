import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { diffReports, hasChanges, reportOfSheet } from "../../../src/core/views/diff";
import { similarity } from "../../../src/core/views/similarity";
import { exampleSnapshot, EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { EDITS, editedSheets } from "../../../examples/revised-example";

const settings = resolveSettings({ asOf: "2026-01-15" }, "2026-01-15");
const reportOf = (sheets = EXAMPLE_SHEETS) => toReport(validateWorkbook(exampleSnapshot(sheets), settings));

describe("diff", () => {
  it("finds nothing between a workbook and itself", () => {
    const d = diffReports(reportOf(), reportOf(), { old: "a", new: "b" });
    expect(hasChanges(d)).toBe(false);
  });

  it("lists exactly the coordinator's edits: an amount, a re-timed, an added and a removed activity, rows re-ordered", () => {
    const d = diffReports(reportOf(), reportOf(editedSheets()), { old: "old.xlsx", new: "new.xlsx" });
    expect(d.budget).toEqual([
      { change: "changed", label: "Travel", field: "amount", old: 20000, new: 25000, oldSheet: EDITS.amount.sheet, oldCell: "B7", newSheet: EDITS.amount.sheet, newCell: "B7" },
    ]);
    expect(d.totals).toEqual([{ oldSheet: EDITS.amount.sheet, newSheet: EDITS.amount.sheet, currency: "CHF", old: 514753, new: 519753, difference: 5000 }]);
    expect(d.activities.map((a) => [a.change, a.field, a.activity, a.old, a.new])).toEqual([
      ["changed", "period", EDITS.retimed.activity, "2026-05", "2026-06"],
      ["removed", null, EDITS.removed.activity, "2026-07 – 2026-09", null],
      ["added", null, EDITS.added.activity, null, "2026-05"],
    ]);
    const retimed = d.activities[0];
    expect([retimed.oldSheet, retimed.oldCell, retimed.newSheet, retimed.newCell]).toEqual([EDITS.retimed.sheet, "E5", EDITS.retimed.sheet, "E5"]);
    expect(d.activities[1]).toMatchObject({ oldSheet: EDITS.removed.sheet, oldCell: "A11", newCell: null });
    expect(d.activities[2]).toMatchObject({ newSheet: EDITS.added.sheet, newCell: "A16", oldCell: null });
  });

  it("keeps a slightly re-worded activity and line together, and says what changed", () => {
    const sheets = EXAMPLE_SHEETS.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((v) =>
      v === "Meeting with the Chair of MASG." ? "Meeting with the Chair of the MASG" : v === "Communication" ? "Communications" : v)) }));
    const d = diffReports(reportOf(), reportOf(sheets), { old: "a", new: "b" });
    expect(d.activities.map((a) => [a.change, a.field, a.old, a.new])).toEqual([["changed", "activity", "Meeting with the Chair of MASG.", "Meeting with the Chair of the MASG"]]);
    // The line is in both budget sheets of the example (the published one and the one by section).
    expect(d.budget.map((b) => [b.change, b.field, b.old, b.new])).toEqual([["changed", "label", "Communication", "Communications"], ["changed", "label", "Communication", "Communications"]]);
  });

  it("reports a re-assigned lead and a new status", () => {
    const sheets = EXAMPLE_SHEETS.map((s) => s.name !== EDITS.retimed.sheet ? s : { ...s, rows: s.rows.map((r, i) => (i === 4 ? [r[0], "ISU", r[2], r[3], r[4], r[5], "Done"] : r)) });
    const d = diffReports(reportOf(), reportOf(sheets), { old: "a", new: "b" });
    expect(d.activities.map((a) => [a.field, a.new, a.newCell])).toEqual([["lead", "ISU", "A5"], ["status", "Done", "A5"]]);
  });

  it("compares two sheets of one workbook (the panel's compare)", () => {
    const rev = { ...EXAMPLE_SHEETS[0], name: "ISU Budget 2026 (rev)", rows: EXAMPLE_SHEETS[0].rows.map((r) => (r[0] === "Travel" ? ["Travel", 18000, r[2]] : r)) };
    const r = reportOf([...EXAMPLE_SHEETS, rev]);
    const d = diffReports(reportOfSheet(r, "ISU Budget 2026"), reportOfSheet(r, "ISU Budget 2026 (rev)"), { old: "ISU Budget 2026", new: "ISU Budget 2026 (rev)" });
    expect(d.budget.map((b) => [b.label, b.old, b.new, b.newSheet])).toEqual([["Travel", 20000, 18000, "ISU Budget 2026 (rev)"]]);
    expect(d.totals[0].difference).toBe(-2000);
    expect(d.activities).toEqual([]);
  });

  it("similarity: small edits stay close, different lines fall apart", () => {
    expect(similarity("Travel", "Travel ")).toBe(1);
    expect(similarity("Social charges", "Social charge")).toBeGreaterThan(0.75);
    expect(similarity("Travel", "Training")).toBeLessThan(0.5);
    expect(similarity("", "x")).toBe(0);
  });
});
