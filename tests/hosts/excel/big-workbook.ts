/** Large work plans for request-size tests: n activity rows under the example work plan's title and header. */
import { EXAMPLE_SHEETS } from "../../../examples/example-workbook";
import { type Report, resolveSettings, toReport, validateWorkbook, type RawCell } from "../../../src/core";

const TIMELINES = ["March 2026", "May – June 2026", "Third quarter of 2026", "Ongoing", "2027"];

/** Rows of a work plan with n activities; `unreadable` every k-th timeline gets an unreadable text (one issue cell each). */
export function bigPlanRows(n: number, unreadableEvery = 0): RawCell[][] {
  const plan = EXAMPLE_SHEETS.find((s) => s.name.startsWith("Art6"))!;
  const rows: RawCell[][] = [plan.rows[0].map((v) => v ?? null), plan.rows[1].map((v) => v ?? null)];
  for (let i = 0; i < n; i++) {
    const timeline = unreadableEvery > 0 && i % unreadableEvery === 0 ? `Febtember ${2026 + (i % 3)}` : TIMELINES[i % TIMELINES.length];
    rows.push([`Activity ${i + 1}: outreach meeting with the coordinators`, "Coordinators", "ISU", `LAP Actions #${38 + (i % 5)}`, timeline, "Report published", "Planned"]);
  }
  return rows;
}

export const SHEET = "Big Workplan 2026";

export function bigReport(n: number, unreadableEvery = 0): Report {
  const values = bigPlanRows(n, unreadableEvery);
  return toReport(validateWorkbook({ sheets: [{ name: SHEET, originRow: 1, originColumn: 1, values }] }, resolveSettings({}, "2026-03-01")), "big.xlsx");
}

/** The same rows as Excel values (blank ""), for a workbook model. */
export const asExcelValues = (rows: RawCell[][]): (string | number | boolean)[][] => {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, c) => {
    const v = r[c] ?? null;
    return v === null ? "" : typeof v === "object" ? 0 : v;
  }));
};
