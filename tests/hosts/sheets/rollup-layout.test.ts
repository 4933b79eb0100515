import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { GANTT_FILL, GANTT_ONGOING_FILL, rollupLayout, targetText } from "../../../src/hosts/sheets/rollup-layout";
import { literal } from "../../../src/hosts/sheets/write-rollups";
import { exampleSnapshot } from "../../../examples/example-workbook";

const report = () => toReport(validateWorkbook(exampleSnapshot(), resolveSettings({ asOf: "2026-03-01" }, "2026-03-01")));

describe("rollup sheet layout", () => {
  test("blocks are rectangular, in order, and never overlap", () => {
    const layout = rollupLayout(report());
    let next = 1;
    for (const b of layout.blocks) {
      expect(b.row).toBeGreaterThanOrEqual(next);
      const width = b.values[0].length;
      for (const row of b.values) expect(row).toHaveLength(width);
      if (b.fills) {
        expect(b.fills.row).toBeGreaterThanOrEqual(b.row);
        expect(b.fills.row + b.fills.colours.length).toBeLessThanOrEqual(b.row + b.values.length);
        expect(b.fills.column - 1 + b.fills.colours[0].length).toBeLessThanOrEqual(width);
      }
      next = b.row + b.values.length;
    }
  });

  test("the budget block has the lines, the total 514753 and shares formatted as percentages", () => {
    const layout = rollupLayout(report());
    const budget = layout.blocks.find((b) => b.values[0][0] === "Budget — ISU Budget 2026")!;
    expect(budget.values[1]).toEqual(["Line", "Amount (CHF)", "Share", "Staff cost", "Source cell"]);
    expect(budget.values[2]).toEqual(["Salaries", 378961, expect.closeTo(0.7362, 4), "yes", "B4"]);
    expect(budget.values.find((r) => r[0] === "Total (sum of lines)")).toEqual(["Total (sum of lines)", 514753, 1, "", ""]);
    const top = budget.row;
    expect(layout.amounts).toContain(`B${top + 2}:B${top + 2 + 5 + 3}`);
    expect(layout.shares).toContain(`C${top + 2}:C${top + 2 + 5 + 3}`);
  });

  test("the Gantt fills the months of each activity; ongoing rows get the light fill", () => {
    const layout = rollupLayout(report());
    const univ = layout.blocks.find((b) => b.values[0][0] === "Timeline — Univ Workplan 2025-2026")!;
    const months = univ.values[1].slice(4) as string[];
    const rows = univ.values.slice(3, 3 + univ.fills!.colours.length);
    const ongoing = rows.findIndex((r) => r[0] === "Bilateral and joint outreach to prioritised states.");
    expect(univ.fills!.colours[ongoing].every((c) => c === GANTT_ONGOING_FILL)).toBe(true);
    const march = rows.findIndex((r) => r[0] === "Finalise support package for universalisation.");
    expect(months.filter((_, i) => univ.fills!.colours[march][i] === GANTT_FILL)).toEqual(["2026-03"]);
  });

  test("targets read as a person would write them; text cells are quoted so Sheets keeps them literal", () => {
    expect(targetText({ min: 10, max: null, unit: "meetings" })).toBe("at least 10 meetings");
    expect(targetText({ min: 1, max: 2, unit: "regional engagements" })).toBe("1–2 regional engagements");
    expect(targetText({ min: 2, max: 2, unit: "Committees" })).toBe("2 Committees");
    expect(targetText({ min: null, max: 5, unit: "" })).toBe("at most 5");
    expect(literal("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(literal("2026-01")).toBe("'2026-01");
    expect(literal("")).toBe("");
    expect(literal(514753)).toBe(514753);
  });
});
