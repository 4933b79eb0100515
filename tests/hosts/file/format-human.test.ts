import { qualified, resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import type { Report } from "../../../src/core";
import { exampleSnapshot, EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { formatHuman } from "../../../src/hosts/file/format-human";
import { clip, truncate, wrap } from "../../../src/hosts/file/text-layout";
import { withCell } from "./example-xlsx";
import { TERMS } from "../../../src/core/i18n";
import type { KindName } from "../../../src/core/kinds/kind-name";

const ANSI = /\u001b\[[0-9;]*m/g;
const reportOf = (sheets = EXAMPLE_SHEETS): Report =>
  toReport(validateWorkbook(exampleSnapshot(sheets), resolveSettings({}, "2026-01-15")), "workplan-check-examples.xlsx");

describe("formatHuman", () => {
  const report = reportOf();
  const text = formatHuman(report, { color: false });
  const lines = text.split("\n");

  it("names the file and the tables found (sheet, kind, range)", () => {
    expect(lines[0]).toContain("workplan-check-examples.xlsx");
    for (const t of report.tables) expect(lines.some((l) => l.includes(t.sheet) && l.includes(TERMS.en.kind[t.kind as KindName]) && l.includes(t.range))).toBe(true);
  });

  it("with --verbose, lists every issue with its severity, qualified cell and code", () => {
    const all = formatHuman(report, { color: false, verbose: true }).split("\n");
    for (const i of report.issues) {
      const line = all.find((l) => l.includes(` ${qualified(i.sheet, i.cell)} `) && l.includes(i.code));
      expect(line).toBeDefined();
      expect(line).toContain(i.severity);
    }
  });

  it("without it, a code repeated in one table shows three and names the other cells", () => {
    const overdue = report.issues.filter((i) => i.sheet === "Univ Workplan 2024-2025" && i.code === "activities.overdue");
    expect(overdue.length).toBeGreaterThan(5);
    const shown = lines.filter((l) => l.includes("'Univ Workplan 2024-2025'!") && l.includes("activities.overdue"));
    expect(shown).toHaveLength(3);
    expect(text).toContain(`… and ${overdue.length - 3} more activities.overdue in this table (${overdue[3].cell}, ${overdue[4].cell}`);
  });

  it("shows the budget in Swiss francs with the computed and stated totals", () => {
    expect(text).toMatch(/Salaries\s+CHF 378'961\s+73\.6%/);
    expect(text).toMatch(/Computed total\s+CHF 514'753/);
    expect(text).toMatch(/Stated total\s+CHF 514'753\s+matches/);
    expect(text).toContain("Staff costs CHF 454'753");
    expect(text).toMatch(/In kind[^\n]*\n\s+Administrative expenses/);
  });

  it("draws a month-by-month Gantt with counts and milestones", () => {
    // Art6: four activities in the first quarter of 2026, two in the third (3RC in September).
    expect(text).toMatch(/2026-01\s+4 █+/);
    expect(text).toMatch(/2026-09\s+2 █+\s+◆ 3RC/);
    expect(text).toMatch(/Ongoing: 6 · Unscheduled: 0/);
  });

  it("shows deliverables as achieved/target", () => {
    expect(text).toMatch(/F7\s+\d+\/10 documented bilateral outreach meetings/);
  });

  it("fits 100 columns and truncates long activity names", () => {
    for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(100);
    expect(text).toContain("…");
  });

  it("reports a stated total that differs from the sum", () => {
    const wrong = formatHuman(reportOf(withCell("ISU Budget 2026", 9, 2, 514754)), { color: false });
    expect(wrong).toMatch(/Stated total\s+CHF 514'754\s+differs by CHF 1/);
  });

  it("colours only when asked", () => {
    expect(text).not.toMatch(ANSI);
    const coloured = formatHuman(report, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, "")).toBe(text);
  });
});

describe("text layout", () => {
  it("wraps with a hanging indent and cuts words longer than a line", () => {
    expect(wrap("aaa bbb ccc", 7, 5, "..")).toBe("aaa bbb\n..ccc");
    expect(wrap("abcdefghij", 4, 4, "")).toBe("abc…");
  });
  it("truncates text to a width and clips laid-out lines without collapsing spaces", () => {
    expect(truncate("Meeting   with\nthe Chair", 12)).toBe("Meeting wit…");
    expect(clip("a    b", 10)).toBe("a    b");
  });
});
