import { found, run } from "../helpers";

describe("table.duplicate-row", () => {
  it("finds a repeat among many rows sharing the same activity and lead (large groups)", () => {
    const rows = [["Activity", "Lead", "Timeline"], ...Array.from({ length: 30 }, (_, i) => ["Meeting", "ISU", `${i + 1} March 2026`]), ["Meeting", "ISU", "3 March 2026"]];
    expect(found(run([{ name: "Plan 2026", rows }])).filter((f) => f.endsWith("duplicate-row"))).toEqual(["Plan 2026!A32 table.duplicate-row"]);
  });

  it("ignores surrounding spaces but not different values", () => {
    const rows = [["Activity", "Lead", "Timeline"], ["Meeting ", "ISU", "May 2026"], ["Meeting", " ISU", "May 2026"], ["Meeting", "ISU", "June 2026"]];
    expect(found(run([{ name: "Plan 2026", rows }])).filter((f) => f.endsWith("duplicate-row"))).toEqual(["Plan 2026!A3 table.duplicate-row"]);
  });
});
