import { a1, overspentFirst, type Report } from "../../core";
import type { RollupBlock } from "./rollup-layout";

type Row = (string | number | null | undefined)[];

/** What the section writers add to: blocks of rows, and the A1 ranges to make bold or format. */
export interface RollupSink {
  add(rows: Row[], fills?: (top: number) => RollupBlock["fills"]): number;
  readonly bold: string[];
  readonly amounts: string[];
  readonly shares: string[];
}

/** The fill of an overspent line or an amount left out (no rate, no budget line). */
export const OVERSPENT_FILL = "#fde7e9";

const rowRange = (row: number, width: number) => `${a1(row, 1)}:${a1(row, width)}`;

/** Funding blocks: budget, pledged, received, outstanding, gap; then each contributor. */
export function fundingBlocks(report: Report, sink: RollupSink): void {
  for (const f of report.rollups.funding) {
    const share = (v: number): number | string => (f.budget ? v / f.budget : "");
    const rows: Row[] = [[`Funding — ${f.sheet}`, f.table], ["", `Amount (${f.currency})`, "Share of budget", "Source"]];
    rows.push(["Budget", f.budget ?? "no budget table", f.budget ? 1 : "", f.budgetTable ?? ""]);
    rows.push(["Pledged", f.pledged, share(f.pledged)]);
    rows.push(["Received", f.received, share(f.received)]);
    rows.push(["Outstanding (pledged, not received)", f.outstanding, share(f.outstanding)]);
    rows.push(["Gap (budget − received)", f.gap ?? "", f.gap === null ? "" : share(f.gap)]);
    rows.push(["Unpledged (budget − pledged)", f.pledgedGap ?? "", f.pledgedGap === null ? "" : share(f.pledgedGap)]);
    const figures = rows.length;
    for (const u of f.unconverted) rows.push([`Left out, no ${u.currency} rate`, u.amount, "", u.cell]);
    rows.push(["Contributor", `Pledged (${f.currency})`, `Received (${f.currency})`, "Cell"]);
    const contributorHeader = rows.length;
    for (const c of f.byContributor) rows.push([c.name, c.pledged, c.received, c.cell]);
    const top = sink.add(rows, f.unconverted.length === 0 ? undefined : (t) => ({ row: t + figures, column: 1, colours: f.unconverted.map(() => [OVERSPENT_FILL, OVERSPENT_FILL, OVERSPENT_FILL, OVERSPENT_FILL]) }));
    sink.bold.push(a1(top, 1), rowRange(top + 1, 4), rowRange(top + 4, 3), rowRange(top + contributorHeader - 1, 4));
    sink.amounts.push(`${a1(top + 2, 2)}:${a1(top + rows.length - 1, 2)}`, `${a1(top + contributorHeader, 3)}:${a1(top + rows.length - 1, 3)}`);
    sink.shares.push(`${a1(top + 2, 3)}:${a1(top + figures - 1, 3)}`);
  }
}

/** Execution blocks: each line's spending against its budget (overspent first, filled), totals and pace. */
export function executionBlocks(report: Report, sink: RollupSink): void {
  for (const e of report.rollups.execution) {
    const lines = overspentFirst(e.lines);
    const rows: Row[] = [[`Execution — ${e.sheet}`, `${e.table}, as of ${e.asOf}`], ["Line", `Budget (${e.currency})`, "Spent", "Remaining", "Spent share", "Budget cell"]];
    for (const l of lines) rows.push([l.label, l.budget, l.spent, l.remaining, l.share ?? "", l.cell]);
    for (const u of e.unmatched) rows.push([`Not a budget line: ${u.label}`, "", u.amount, "", "", u.cell]);
    rows.push(["Total", e.budget ?? "no budget table", e.spent, e.remaining ?? "", e.executedShare ?? ""]);
    const total = rows.length - 1;
    rows.push(["Spent per month", "", e.burnPerMonth ?? "–"]);
    rows.push([`Projected at 31 December ${e.year ?? ""}`.trim(), "", e.projectedYearEnd ?? "–"]);
    rows.push(["Months of cash (received − spent) ÷ monthly spending", "", e.monthsOfCash ?? "–"]);
    for (const u of e.unconverted) rows.push([`Left out, no ${u.currency} rate`, "", u.amount, "", "", u.cell]);
    const flagged = [...lines.map((l) => l.share !== null && l.share > 1), ...e.unmatched.map(() => true)];
    const top = sink.add(rows, flagged.some(Boolean) ? (t) => ({ row: t + 2, column: 1, colours: flagged.map((x) => Array.from({ length: 6 }, () => (x ? OVERSPENT_FILL : null))) }) : undefined);
    sink.bold.push(a1(top, 1), rowRange(top + 1, 6), rowRange(top + total, 5));
    sink.amounts.push(`${a1(top + 2, 2)}:${a1(top + total, 4)}`, `${a1(top + total + 1, 3)}:${a1(top + total + 2, 3)}`);
    if (e.unconverted.length > 0) sink.amounts.push(`${a1(top + total + 4, 3)}:${a1(top + rows.length - 1, 3)}`);
    sink.shares.push(`${a1(top + 2, 5)}:${a1(top + total, 5)}`);
  }
}
