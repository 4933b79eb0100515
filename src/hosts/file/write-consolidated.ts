import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { Consolidated } from "../../core/views/consolidate";
import { PALETTE } from "../../views/charts";

const BOLD = { bold: true } as const;
const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });
const argb = (hex: string) => "FF" + hex.slice(1).toUpperCase();

/**
 * `consolidate --out FILE.xlsx`: a new workbook with the calendar (one row per activity, its plan, a bar
 * over its months), activities per month and by lead, and coverage. Cell text is stored as text
 * (ExcelJS writes strings as shared strings, never formulas).
 */
export async function writeConsolidatedXlsx(c: Consolidated, out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Workplan Check";
  const cal = wb.addWorksheet("All plans");
  cal.addRow(["Workplan Check — all plans"]).font = { bold: true, size: 14 };
  cal.addRow([`${c.plans.length} plans, ${c.grid.length} activities, ${c.ongoing} ongoing, ${c.unscheduled} unscheduled`]);
  cal.addRow([]);
  const header = cal.addRow(["Plan", "Activity", "Lead", "Start", "End", "Cell", ...c.months]);
  header.font = BOLD;
  const plans = [...new Set(c.grid.map((g) => g.plan))];
  for (const g of c.grid) {
    const row = cal.addRow([g.plan, g.activity, g.lead, g.start ?? (g.ongoing ? "ongoing" : "unscheduled"), g.end ?? "", g.cell]);
    const colour = argb(PALETTE[plans.indexOf(g.plan) % PALETTE.length]);
    c.months.forEach((m, i) => {
      const on = g.ongoing ? (g.start === null || m >= g.start) && (g.end === null || m <= g.end) : g.start !== null && g.end !== null && m >= g.start && m <= g.end;
      if (on) row.getCell(7 + i).fill = fill(g.ongoing ? "FFC6DAFC" : colour);
    });
  }
  const totals = cal.addRow(["Activities per month", "", "", "", "", "", ...c.months.map((m) => c.byMonth[m] ?? 0)]);
  totals.font = BOLD;
  const marks = cal.addRow(["Milestones", "", "", "", "", "", ...c.months.map((m) => c.milestones.filter((x) => x.month === m).map((x) => `◆ ${x.name}`).join(" "))]);
  marks.font = { bold: true, color: { argb: "FFD83B01" } };
  cal.getColumn(1).width = 28;
  cal.getColumn(2).width = 60;
  cal.getColumn(3).width = 30;
  for (let i = 0; i < c.months.length; i++) cal.getColumn(7 + i).width = 8;
  cal.views = [{ state: "frozen", xSplit: 2, ySplit: 4 }];

  const lead = wb.addWorksheet("By lead");
  lead.addRow(["Lead", "Activities"]).font = BOLD;
  for (const [name, n] of Object.entries(c.byLead).sort(([, a], [, b]) => b - a)) lead.addRow([name, n]);
  lead.addRow([]);
  lead.addRow(["Quarter", "Activities"]).font = BOLD;
  for (const [q, n] of Object.entries(c.byQuarter)) lead.addRow([q, n]);
  lead.getColumn(1).width = 60;

  const cov = wb.addWorksheet("Coverage");
  for (const p of c.coverage) {
    cov.addRow([`${p.plan} — actions ${p.from}–${p.to}: ${p.actions.length} cited, ${p.uncovered.length} not cited`]).font = { bold: true, size: 12 };
    cov.addRow(["Action", "Activity", "Plan", "Cell"]).font = BOLD;
    for (const a of p.actions) for (const x of a.activities) cov.addRow([a.action, x.activity, x.file ? `${x.file} · ${x.sheet}` : x.sheet, x.cell]);
    cov.addRow(["Not cited", p.uncovered.join(", ")]);
    cov.addRow([]);
  }
  cov.getColumn(2).width = 70;
  cov.getColumn(3).width = 40;

  const partial = `${out}.partial-${process.pid}`;
  try {
    await wb.xlsx.writeFile(partial);
    await fs.rename(partial, out);
  } finally {
    await fs.rm(partial, { force: true });
  }
}
