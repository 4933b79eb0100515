import { a1, type Report } from "../../core";
import type { Lang } from "../../core/i18n/lang";
import { rollupDate, rollupMonth, rollupText, type RollupText } from "../../views/rollup-text";
import { rollupViewSections } from "../../views/rollup-views";
import { maxOf } from "../../core/max-of";
import { executionBlocks, fundingBlocks } from "./rollup-funding";

/** A rectangle of values written with one setValues() call, optionally with fills for part of it. */
export interface RollupBlock {
  /** 1-based sheet row of the block's first row (column A). */
  readonly row: number;
  readonly values: (string | number)[][];
  readonly fills?: { readonly row: number; readonly column: number; readonly colours: (string | null)[][] };
}

export interface RollupLayout {
  readonly blocks: RollupBlock[];
  /** A1 ranges in bold (titles, header rows). */
  readonly bold: string[];
  /** A1 ranges of amounts ("#,##0") and shares ("0.0%"). */
  readonly amounts: string[];
  readonly shares: string[];
}

export const GANTT_FILL = "#4285f4";
export const GANTT_ONGOING_FILL = "#c6dafc";

type Row = (string | number | null | undefined)[];

/**
 * The rollup sheet as data: title, budget summaries, staffing, one month-grid Gantt per activity
 * table, deliverables. Pure, so it is tested without a spreadsheet.
 */
export function rollupLayout(report: Report, lang: Lang = "en"): RollupLayout {
  const tx: RollupText = rollupText(lang);
  const monthOrNull = (m: string | null): string | null => (m === null ? null : rollupMonth(lang, m));
  const blocks: RollupBlock[] = [];
  const bold: string[] = [], amounts: string[] = [], shares: string[] = [];
  let next = 1;
  const add = (rows: Row[], fills?: (top: number) => RollupBlock["fills"]): number => {
    const top = next;
    const width = maxOf(rows.map((r) => r.length), 1);
    const values = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ""));
    blocks.push({ row: top, values, fills: fills?.(top) });
    next = top + rows.length + 1; // one blank row between blocks
    return top;
  };
  const rowRange = (row: number, width: number) => `${a1(row, 1)}:${a1(row, width)}`;

  const c = report.counts;
  const title = add([
    [tx.title],
    [tx.asOf, rollupDate(lang, report.asOf)],
    [tx.file, report.file ?? ""],
    [tx.issues, tx.issueCounts(c.error, c.warning, c.info)],
    [tx.sheetsNote],
  ]);
  bold.push(a1(title, 1));

  for (const b of report.rollups.budget) {
    const rows: Row[] = [[tx.section(tx.budget, b.sheet)], [tx.line, tx.amountIn(b.currency), tx.share, tx.staffCost, tx.sourceCell]];
    for (const l of b.lines) rows.push([l.label, l.amount, l.share, l.staff ? tx.yes : "", l.cell]);
    rows.push([tx.totalSumOfLines, b.total, b.total === 0 ? "" : 1]);
    rows.push([tx.totalAsStated, b.statedTotal ?? tx.none]);
    rows.push([tx.staffCosts, b.staffCosts, b.total === 0 ? "" : b.staffCosts / b.total]);
    rows.push([tx.otherCosts, b.otherCosts, b.total === 0 ? "" : b.otherCosts / b.total]);
    rows.push([tx.fullTimeEquivalents, b.fte ?? tx.unknown]);
    for (const k of b.inKind) rows.push([tx.inKind(k.label), k.note, "", "", k.cell]);
    const top = add(rows);
    const firstLine = top + 2, lastMoney = top + 2 + b.lines.length + 3;
    bold.push(a1(top, 1), rowRange(top + 1, 5), rowRange(top + 2 + b.lines.length, 3));
    amounts.push(`${a1(firstLine, 2)}:${a1(lastMoney, 2)}`);
    shares.push(`${a1(firstLine, 3)}:${a1(lastMoney, 3)}`);
    if (b.sections.length > 0) {
      const sec: Row[] = [[tx.section(tx.sections, b.sheet)], [tx.sectionHeader, tx.amountIn(b.currency), tx.share, "", tx.sourceCell]];
      for (const x of b.sections) sec.push([`${"  ".repeat(Math.min(x.depth, 4))}${x.label}`, x.total, x.share, "", x.cell]);
      const t = add(sec);
      bold.push(a1(t, 1), rowRange(t + 1, 5));
      amounts.push(`${a1(t + 2, 2)}:${a1(t + 1 + b.sections.length, 2)}`);
      shares.push(`${a1(t + 2, 3)}:${a1(t + 1 + b.sections.length, 3)}`);
    }
    if (b.columns.length > 1) {
      const cols: Row[] = [[tx.amountColumns(b.sheet, b.column)], [tx.column, tx.role, tx.sumOfLines(b.currency), tx.statedTotal, tx.headerCell]];
      for (const c of b.columns) cols.push([c.header, tx.roles[c.role], c.total ?? "", c.role === "percentage" && c.statedTotal !== null ? `${Math.round(c.statedTotal * 1000) / 10}%` : c.statedTotal ?? "", c.cell]);
      const t = add(cols);
      bold.push(a1(t, 1), rowRange(t + 1, 5));
      amounts.push(`${a1(t + 2, 3)}:${a1(t + 1 + b.columns.length, 4)}`);
    }
  }

  for (const s of report.rollups.staffing) {
    const rows: Row[] = [[tx.section(tx.staffing, s.sheet)], [tx.position, tx.fte, tx.cost, tx.sourceCell]];
    for (const p of s.positions) rows.push([p.position, p.fte ?? "", p.cost ?? "", p.cell]);
    rows.push([tx.total, s.fteTotal, s.costTotal ?? ""]);
    const top = add(rows);
    bold.push(a1(top, 1), rowRange(top + 1, 4), rowRange(top + 2 + s.positions.length, 3));
    amounts.push(`${a1(top + 2, 3)}:${a1(top + 2 + s.positions.length, 3)}`);
  }

  fundingBlocks(report, { add, bold, amounts, shares }, tx);
  executionBlocks(report, { add, bold, amounts, shares }, tx, lang);

  for (const t of report.rollups.timeline) {
    const months = t.months;
    const milestoneAt = (m: string) => t.milestones.filter((x) => x.month === m).map((x) => x.name).join(", ");
    const rows: Row[] = [
      [tx.section(tx.timeline, t.sheet), tx.timelineCounts(t.activities, t.ongoing, t.unscheduled)],
      [tx.activity, tx.timelineCell, tx.start, tx.end, ...months.map((m) => rollupMonth(lang, m))],
      [tx.milestones, "", "", "", ...months.map(milestoneAt)],
    ];
    for (const g of t.grid) rows.push([g.activity, g.cell, monthOrNull(g.start) ?? (g.ongoing ? tx.ongoing : tx.unscheduled), monthOrNull(g.end) ?? "", ...months.map(() => "")]);
    rows.push([tx.activitiesPerMonth, "", "", "", ...months.map((m) => t.byMonth[m] ?? 0)]);
    const top = add(rows, (blockTop) =>
      months.length === 0 || t.grid.length === 0
        ? undefined
        : { row: blockTop + 3, column: 5, colours: t.grid.map((g) => months.map((m) => ganttFill(g, m, months))) });
    bold.push(a1(top, 1), rowRange(top + 1, 4 + months.length));
  }

  for (const v of rollupViewSections(report, lang)) {
    const top = add([[v.title], [...v.header], ...v.rows.map((r) => [...r])]);
    bold.push(a1(top, 1), rowRange(top + 1, v.header.length));
  }

  if (report.rollups.deliverables.length > 0) {
    const rows: Row[] = [[tx.deliverables], [tx.sheet, tx.cell, tx.activity, tx.deliverable, tx.target, tx.achieved, tx.source]];
    const sources: Record<string, string> = { "outreach-log": tx.outreachLog, "achieved-column": tx.achievedColumn };
    for (const d of report.rollups.deliverables) {
      const source = d.source ? (lang === "en" ? d.source : sources[d.source] ?? d.source) : "";
      rows.push([d.sheet, d.cell, d.activity, d.deliverable, targetText(d.target, tx), d.achieved ?? "", source]);
    }
    const top = add(rows);
    bold.push(a1(top, 1), rowRange(top + 1, 7));
  }
  return { blocks, bold, amounts, shares };
}

function ganttFill(g: Report["rollups"]["timeline"][number]["grid"][number], month: string, months: string[]): string | null {
  if (g.start === null && g.end === null) return g.ongoing ? GANTT_ONGOING_FILL : null;
  const start = g.start ?? months[0];
  const end = g.end ?? months[months.length - 1];
  if (start > end || month < start || month > end) return null;
  return g.ongoing ? GANTT_ONGOING_FILL : GANTT_FILL;
}

/** "at least 10 meetings", "1–2 regional engagements", "2 Committees". */
export function targetText(t: { min: number | null; max: number | null; unit: string }, tx: RollupText = rollupText("en")): string {
  const unit = t.unit ? ` ${t.unit}` : "";
  if (t.min !== null && t.max !== null) return t.min === t.max ? `${t.min}${unit}` : `${t.min}–${t.max}${unit}`;
  if (t.min !== null) return `${tx.atLeast} ${t.min}${unit}`;
  if (t.max !== null) return `${tx.atMost} ${t.max}${unit}`;
  return t.unit;
}
