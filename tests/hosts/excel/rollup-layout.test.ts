import { exampleSnapshot } from "../../../examples/example-workbook";
import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { isoToExcelSerial } from "../../../src/core/parse/date";
import { type Layout, moneyFormat, ROLLUP_TITLE, rollupLayout, targetText } from "../../../src/hosts/excel/rollup-layout";

const report = toReport(validateWorkbook(exampleSnapshot(), resolveSettings({}, "2026-03-01")), "workplan-check-examples.xlsx");
const layout = rollupLayout(report);

/** The 1-based row whose column A holds `label` (after `from`). */
const rowOf = (l: Layout, label: string, from = 1): number => l.values.findIndex((r, i) => i + 1 >= from && r[0] === label) + 1;
const at = (l: Layout, row: number, col: number) => ({ value: l.values[row - 1][col - 1], format: l.formats[row - 1][col - 1] });
const areas = (l: Layout, style: string) => l.styles.find((s) => s.style === style)?.areas ?? [];

describe("rollupLayout on the example workbook", () => {
  test("a rectangle of values with number formats of the same shape, titled", () => {
    const width = layout.values[0].length;
    expect(layout.values.every((r) => r.length === width)).toBe(true);
    expect(layout.formats.map((r) => r.length)).toEqual(layout.values.map(() => width));
    expect(layout.values[0][0]).toBe(ROLLUP_TITLE);
  });

  test("budget lines with CHF amounts and shares, total, stated total, staff and other costs, in kind", () => {
    const salaries = rowOf(layout, "Salaries");
    expect(at(layout, salaries, 2)).toEqual({ value: 378961, format: `"CHF "#'##0` });
    expect(at(layout, salaries, 3).format).toBe("0.0%");
    expect(at(layout, salaries, 3).value).toBeCloseTo(378961 / 514753, 12);
    expect(at(layout, salaries, 4).value).toBe("yes");
    const total = rowOf(layout, "Total");
    expect(at(layout, total, 2).value).toBe(514753);
    expect(at(layout, rowOf(layout, "Stated total"), 2).value).toBe(514753);
    const staff = at(layout, rowOf(layout, "Staff costs"), 2).value as number;
    const other = at(layout, rowOf(layout, "Other costs"), 2).value as number;
    expect(staff + other).toBe(514753);
    expect(layout.values.some((r) => String(r[0]).startsWith("In kind: Administrative expenses"))).toBe(true);
  });

  test("the chart plots the budget lines and sits beside the budget, above the timelines", () => {
    const first = rowOf(layout, "Salaries");
    const last = rowOf(layout, "Other implementation support costs");
    expect(layout.chart).toMatchObject({ source: `A${first}:B${last}`, from: `F${first - 2}` });
    const chartBottom = Number(layout.chart!.to.slice(1));
    const firstTimeline = layout.values.findIndex((r) => String(r[0]).startsWith("Timeline")) + 1;
    expect(firstTimeline).toBeGreaterThan(chartBottom);
  });

  test("the Gantt: months as dates, a bar over each activity's period, ongoing ones across, milestones marked", () => {
    const section = layout.values.findIndex((r) => String(r[0]).startsWith("Timeline — SDR Workplan 2025-2026")) + 1;
    const header = section + 1;
    const months = report.rollups.timeline.find((t) => t.sheet === "SDR Workplan 2025-2026")!.months;
    expect(at(layout, header, 3)).toEqual({ value: isoToExcelSerial(`${months[0]}-01`), format: "mmm yy" });
    // "May – June 2026": one bar over May and June 2026.
    const row = header + 1 + report.rollups.timeline.find((t) => t.sheet === "SDR Workplan 2025-2026")!.grid.findIndex((g) => g.start === "2026-05" && g.end === "2026-06");
    const col = (m: string) => String.fromCharCode(64 + 3 + months.indexOf(m));
    expect(areas(layout, "bar")).toContain(`${col("2026-05")}${row}:${col("2026-06")}${row}`);
    const milestones = rowOf(layout, "Milestones", section);
    expect(at(layout, milestones, 3 + months.indexOf("2026-09")).value).toBe("◆ 3RC");
    expect(areas(layout, "milestone")).toContain(`${col("2026-09")}${milestones}`);
    // Universalization 2025-2026 has six "Ongoing activities": bars across every month, in the ongoing style.
    expect(areas(layout, "ongoing")).toHaveLength(6);
  });

  test("deliverables: target and achieved, with where they come from", () => {
    const header = layout.values.findIndex((r) => r[0] === "Activity" && r[1] === "Expected output") + 1;
    const rows = layout.values.slice(header).filter((r) => r[0] !== "");
    expect(rows).toHaveLength(report.rollups.deliverables.length);
    const d = report.rollups.deliverables.find((x) => x.achieved !== null)!;
    const row = rows.find((r) => r[5] === `${d.sheet}!${d.cell}`)!;
    expect(row[2]).toBe(`≥ ${d.target.min}`);
    expect(row[3]).toBe(d.achieved);
    expect(row[4]).toBe("outreach log");
  });
});

describe("formats and texts", () => {
  test("money in Swiss style; millions get their own group", () => {
    expect(moneyFormat("CHF", 514753)).toBe(`"CHF "#'##0`);
    expect(moneyFormat("CHF", 1_234_567)).toBe(`"CHF "#'###'##0`);
    expect(moneyFormat("", 5)).toBe("#'##0");
    expect(moneyFormat('CH"F', 5)).toBe("#'##0"); // never text inside a format from a cell
  });
  test.each([
    [{ min: 10, max: null }, "≥ 10"],
    [{ min: 1, max: 2 }, "1–2"],
    [{ min: 3, max: 3 }, "3"],
    [{ min: null, max: 5 }, "≤ 5"],
    [{ min: null, max: null }, ""],
  ])("target %p", (t, text) => expect(targetText(t)).toBe(text));
});

test("an empty report still gives a valid sheet", () => {
  const empty = toReport(validateWorkbook({ sheets: [] }, resolveSettings({}, "2026-03-01")));
  const l = rollupLayout(empty);
  expect(l.values[0][0]).toBe(ROLLUP_TITLE);
  expect(l.chart).toBeUndefined();
});
