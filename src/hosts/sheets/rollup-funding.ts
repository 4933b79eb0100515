import { a1, overspentFirst, type Report } from "../../core";
import type { Lang } from "../../core/i18n/lang";
import { rollupDate, rollupText, type RollupText } from "../../views/rollup-text";
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
export function fundingBlocks(report: Report, sink: RollupSink, tx: RollupText = rollupText("en")): void {
  for (const f of report.rollups.funding) {
    const share = (v: number): number | string => (f.budget ? v / f.budget : "");
    const rows: Row[] = [[tx.section(tx.funding, f.sheet), f.table], ["", tx.amountIn(f.currency), tx.shareOfBudget, tx.source]];
    rows.push([tx.budget, f.budget ?? tx.noBudgetTableShort, f.budget ? 1 : "", f.budgetTable ?? ""]);
    rows.push([tx.pledged, f.pledged, share(f.pledged)]);
    rows.push([tx.received, f.received, share(f.received)]);
    rows.push([tx.outstanding, f.outstanding, share(f.outstanding)]);
    rows.push([tx.gap, f.gap ?? "", f.gap === null ? "" : share(f.gap)]);
    rows.push([tx.unpledged, f.pledgedGap ?? "", f.pledgedGap === null ? "" : share(f.pledgedGap)]);
    const figures = rows.length;
    for (const u of f.unconverted) rows.push([tx.leftOut(u.currency), u.amount, "", u.cell]);
    rows.push([tx.contributor, tx.pledgedIn(f.currency), tx.receivedIn(f.currency), tx.cell]);
    const contributorHeader = rows.length;
    for (const c of f.byContributor) rows.push([c.name, c.pledged, c.received, c.cell]);
    const top = sink.add(rows, f.unconverted.length === 0 ? undefined : (t) => ({ row: t + figures, column: 1, colours: f.unconverted.map(() => [OVERSPENT_FILL, OVERSPENT_FILL, OVERSPENT_FILL, OVERSPENT_FILL]) }));
    sink.bold.push(a1(top, 1), rowRange(top + 1, 4), rowRange(top + 4, 3), rowRange(top + contributorHeader - 1, 4));
    sink.amounts.push(`${a1(top + 2, 2)}:${a1(top + rows.length - 1, 2)}`, `${a1(top + contributorHeader, 3)}:${a1(top + rows.length - 1, 3)}`);
    sink.shares.push(`${a1(top + 2, 3)}:${a1(top + figures - 1, 3)}`);
  }
}

/** Execution blocks: each line's spending against its budget (overspent first, filled), totals and pace. */
export function executionBlocks(report: Report, sink: RollupSink, tx: RollupText = rollupText("en"), lang: Lang = "en"): void {
  for (const e of report.rollups.execution) {
    const lines = overspentFirst(e.lines);
    const rows: Row[] = [[tx.section(tx.execution, e.sheet), tx.asOfDate(e.table, rollupDate(lang, e.asOf))], [tx.line, tx.budgetIn(e.currency), tx.spent, tx.remaining, tx.spentShare, tx.budgetCell]];
    for (const l of lines) rows.push([l.label, l.budget, l.spent, l.remaining, l.share ?? "", l.cell]);
    for (const u of e.unmatched) rows.push([tx.notABudgetLine(u.label), "", u.amount, "", "", u.cell]);
    rows.push([tx.total, e.budget ?? tx.noBudgetTableShort, e.spent, e.remaining ?? "", e.executedShare ?? ""]);
    const total = rows.length - 1;
    rows.push([tx.spentPerMonth, "", e.burnPerMonth ?? "–"]);
    rows.push([tx.projectedAt(e.year ?? null), "", e.projectedYearEnd ?? "–"]);
    rows.push([tx.monthsOfCash, "", e.monthsOfCash ?? "–"]);
    for (const u of e.unconverted) rows.push([tx.leftOut(u.currency), "", u.amount, "", "", u.cell]);
    const flagged = [...lines.map((l) => l.share !== null && l.share > 1), ...e.unmatched.map(() => true)];
    const top = sink.add(rows, flagged.some(Boolean) ? (t) => ({ row: t + 2, column: 1, colours: flagged.map((x) => Array.from({ length: 6 }, () => (x ? OVERSPENT_FILL : null))) }) : undefined);
    sink.bold.push(a1(top, 1), rowRange(top + 1, 6), rowRange(top + total, 5));
    sink.amounts.push(`${a1(top + 2, 2)}:${a1(top + total, 4)}`, `${a1(top + total + 1, 3)}:${a1(top + total + 2, 3)}`);
    if (e.unconverted.length > 0) sink.amounts.push(`${a1(top + total + 4, 3)}:${a1(top + rows.length - 1, 3)}`);
    sink.shares.push(`${a1(top + 2, 5)}:${a1(top + total, 5)}`);
  }
}
