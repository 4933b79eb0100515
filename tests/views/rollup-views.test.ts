import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import { rollupLayout as excelLayout } from "../../src/hosts/excel/rollup-layout";
import { rollupLayout as sheetsLayout } from "../../src/hosts/sheets/rollup-layout";
import { rollupViewSections } from "../../src/views/rollup-views";
import { exampleSnapshot } from "../../examples/example-workbook";

const report = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({ asOf: "2026-01-15" }, "2026-01-15")), "examples.xlsx");

describe("the rollup sheet's sections across plans", () => {
  const sections = rollupViewSections(report);

  it("has the consolidated calendar, the leads and the Lausanne coverage", () => {
    expect(sections.map((s) => s.title)).toEqual([
      "All plans — 4 plans, 46 activities, 6 ongoing, 0 unscheduled",
      "All plans — activities by lead",
      "Coverage — Lausanne Action Plan (actions 1–50): 13 cited, 37 not cited",
    ]);
    const months = sections[0].rows;
    expect(months[0]).toEqual(["2024-12", 11, ""]);
    expect(months.find((r) => r[0] === "2026-09")).toEqual(["2026-09", 4, "◆ 3RC"]);
    expect(sections[2].rows.find((r) => r[0] === 12)).toEqual([12, 5, "SDR Workplan 2025-2026!D3, SDR Workplan 2025-2026!D4, SDR Workplan 2025-2026!D5, SDR Workplan 2025-2026!D6, SDR Workplan 2025-2026!D7"]);
    expect(sections[2].rows[sections[2].rows.length - 1]).toEqual(["Not cited", 37, "1–9, 18–37, 43–50"]);
  });

  it("are written by both hosts' rollup layouts", () => {
    const excelText = excelLayout(report).values.map((r) => r[0]);
    const sheetsText = sheetsLayout(report).blocks.map((b) => b.values[0][0]);
    for (const s of sections) {
      expect(excelText).toContain(s.title);
      expect(sheetsText).toContain(s.title);
    }
  });
});
