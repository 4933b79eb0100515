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

describe("table.duplicate-row on long texts that differ only in the middle", () => {
  it("still finds the one real repeat (the quick hash falls back to a full one)", () => {
    const long = (i: number) => `Bilateral outreach meeting with the Permanent Mission number ${String(i).padStart(4, "0")} held in Geneva at ambassador level`;
    const rows = [["Activity", "Lead", "Timeline"], ...Array.from({ length: 300 }, (_, i) => [long(i), "Coordinators on universalization (Norway and Costa Rica)", "May 2026"]), [long(123), "Coordinators on universalization (Norway and Costa Rica)", "May 2026"]];
    const dups = found(run([{ name: "Plan 2026", rows }])).filter((f) => f.endsWith("duplicate-row"));
    expect(dups).toEqual(["Plan 2026!A302 table.duplicate-row"]);
  });
});
