import { a1, type Report } from "../../core";
import type { Lang } from "../../core/i18n/lang";
import { monthFormatOf } from "../../core/templates/activities";
import { rollupDate, rollupText, type RollupText } from "../../views/rollup-text";
import { isoToExcelSerial } from "../../core/parse/date";
import { rollupViewSections } from "../../views/rollup-views";
import { from1900 } from "./date-system";
import { executionSections, fundingSections } from "./rollup-funding";

/**
 * The rollup sheet as data: a rectangle of values from A1 with its number formats, named styles over areas,
 * and the chart's source. write-rollups.ts turns it into a few Excel writes; tests read it directly.
 */

export type Style = "title" | "note" | "section" | "header" | "total" | "bar" | "ongoing" | "milestone" | "overspent";
export type Value = string | number | boolean;

export interface Layout {
  /** Rectangular, from A1; "" is blank. Strings are cell text (written as text, never as formulas). */
  readonly values: Value[][];
  /** Number formats, same shape ("General" where none). */
  readonly formats: string[][];
  readonly styles: { readonly style: Style; readonly areas: string[] }[];
  /** Budget lines (labels and amounts) for the chart, and where to put it. */
  readonly chart?: { readonly source: string; readonly title: string; readonly from: string; readonly to: string };
}

/** First words of A1 in English: how the add-in recognises the sheet as its own (any language's: isRollupTitle). */
export const ROLLUP_TITLE = rollupText("en").title;

const SHARE = "0.0%";
const FTE = "0.0#";
/** Height of the budget chart, in rows. */
const CHART_ROWS = 16;

/** CHF 514'753 in Swiss style. Excel prints a literal even over missing digits, so millions get their own format. */
export function moneyFormat(currency: string, amount: number): string {
  const cur = /^[A-Z]{3}$/.test(currency) ? `"${currency} "` : "";
  return cur + (Math.abs(amount) >= 1e6 ? "#'###'##0" : "#'##0");
}

/** The target as figures, "≥ 10", "1–2", "3", "≤ 5" (its unit is the expected output's own words); "" when none. */
export function targetText(t: { min: number | null; max: number | null }): string {
  if (t.min !== null && t.max !== null) return t.min === t.max ? `${t.min}` : `${t.min}–${t.max}`;
  if (t.min !== null) return `≥ ${t.min}`;
  if (t.max !== null) return `≤ ${t.max}`;
  return "";
}

/** The rollup sheet being laid out, row by row (section writers in other files add to it). */
export class RollupSheet {
  readonly cells = new Map<number, Map<number, { v: Value; f?: string }>>();
  readonly styles = new Map<Style, string[]>();
  row = 1;
  width = 1;

  put(row: number, col: number, v: Value | null | undefined, f?: string): void {
    if (v === null || v === undefined || v === "") return;
    const r = this.cells.get(row) ?? new Map();
    this.cells.set(row, r);
    r.set(col, { v, f });
    this.width = Math.max(this.width, col);
  }

  /** Writes a row of values at the current row, then moves down. */
  line(values: (Value | null | undefined)[], formats: (string | undefined)[] = [], style?: Style): number {
    const row = this.row++;
    values.forEach((v, i) => this.put(row, i + 1, v, formats[i]));
    if (style) this.style(style, `${a1(row, 1)}:${a1(row, Math.max(1, values.length))}`);
    return row;
  }

  style(style: Style, area: string): void {
    const list = this.styles.get(style) ?? [];
    this.styles.set(style, list);
    list.push(area);
  }

  gap(): void {
    this.row++;
  }
}

export interface LayoutOptions {
  /** The workbook counts dates from 1904: month headers are written 1,462 lower. */
  readonly date1904?: boolean;
  /** The language of every header, title and label (default English); number formats do not change. */
  readonly lang?: Lang;
}

export function rollupLayout(report: Report, options: LayoutOptions = {}): Layout {
  const monthSerial = (m: string): number => from1900(isoToExcelSerial(`${m}-01`), options.date1904 ?? false);
  const lang = options.lang ?? "en";
  const tx: RollupText = rollupText(lang);
  const s = new RollupSheet();
  s.line([tx.title], [], "title");
  s.line([tx.excelNote(rollupDate(lang, report.asOf), report.file, report.counts.error, report.counts.warning)], [], "note");
  s.gap();
  let chart: Layout["chart"];

  for (const b of report.rollups.budget) {
    const top = s.line([`${tx.section(tx.budget, b.sheet)} (${b.table})`], [], "section");
    const withChart = !chart && b.lines.length > 0;
    s.line([tx.line, tx.amountIn(b.currency), tx.share, tx.staffCost], [], "header");
    const first = s.row;
    for (const l of b.lines) s.line([l.label, l.amount, l.share, l.staff ? tx.yes : ""], [undefined, moneyFormat(b.currency, l.amount), SHARE]);
    const last = s.row - 1;
    if (withChart) chart = { source: `A${first}:B${last}`, title: tx.chartTitle(b.sheet), from: `F${top}`, to: `M${top + CHART_ROWS - 1}` };
    s.line([tx.total, b.total, b.total !== 0 ? 1 : "", ""], [undefined, moneyFormat(b.currency, b.total), SHARE], "total");
    if (b.statedTotal !== null) s.line([tx.statedTotal, b.statedTotal], [undefined, moneyFormat(b.currency, b.statedTotal)]);
    const share = (x: number): number | string => (b.total !== 0 ? x / b.total : "");
    s.line([tx.staffCosts, b.staffCosts, share(b.staffCosts)], [undefined, moneyFormat(b.currency, b.staffCosts), SHARE]);
    s.line([tx.otherCosts, b.otherCosts, share(b.otherCosts)], [undefined, moneyFormat(b.currency, b.otherCosts), SHARE]);
    if (b.fte !== null) s.line([tx.staffFte, b.fte], [undefined, FTE]);
    for (const k of b.inKind) s.line([tx.inKind(k.label), k.note]);
    if (b.sections.length > 0) {
      s.line([tx.sectionHeader, tx.amountIn(b.currency), tx.share, tx.cell], [], "header");
      for (const x of b.sections) s.line([`${"  ".repeat(Math.min(x.depth, 4))}${x.label}`, x.total, x.share, x.cell], [undefined, moneyFormat(b.currency, x.total), SHARE]);
    }
    if (b.columns.length > 1) {
      s.line([tx.figuresFrom(b.column)]);
      s.line([tx.column, tx.role, tx.sumOfLines(b.currency), tx.statedTotal, tx.headerCell], [], "header");
      for (const c of b.columns) {
        const percent = c.role === "percentage";
        s.line([c.header, tx.roles[c.role], c.total ?? "", c.statedTotal ?? "", c.cell], [undefined, undefined, c.total !== null ? moneyFormat(b.currency, c.total) : undefined, c.statedTotal === null ? undefined : percent ? SHARE : moneyFormat(b.currency, c.statedTotal)]);
      }
    }
    s.gap();
    if (withChart) s.row = Math.max(s.row, top + CHART_ROWS + 1); // the chart sits beside this section: keep the next one below it
  }

  fundingSections(s, report, tx);
  executionSections(s, report, tx, lang);

  for (const t of report.rollups.timeline) {
    s.line([`${tx.section(tx.timeline, t.sheet)}: ${tx.timelineCounts(t.activities, t.ongoing, t.unscheduled)}`], [], "section");
    const months = t.months;
    const col = (m: string): number => 3 + months.indexOf(m);
    s.line([tx.activity, tx.period, ...months.map(monthSerial)], ["", "", ...months.map((m) => monthFormatOf(lang, m))], "header");
    for (const g of t.grid) {
      const period = g.start && g.end ? (g.start === g.end ? g.start : `${g.start} – ${g.end}`) : g.ongoing ? tx.ongoing : tx.unscheduled;
      const row = s.line([g.activity, g.ongoing && g.start ? tx.periodOngoing(period) : period]);
      if (months.length === 0) continue;
      const from = g.start && months.includes(g.start) ? col(g.start) : g.ongoing ? 3 : undefined;
      const to = g.end && months.includes(g.end) ? col(g.end) : g.ongoing ? 2 + months.length : undefined;
      if (from !== undefined && to !== undefined && from <= to) s.style(g.ongoing ? "ongoing" : "bar", `${a1(row, from)}:${a1(row, to)}`);
    }
    if (months.length > 0) s.line([tx.activitiesPerMonth, "", ...months.map((m) => t.byMonth[m] || "")], [], "total"); // blank, not 0: the busy months stand out
    const marks = t.milestones.filter((m) => months.includes(m.month));
    if (marks.length > 0) {
      const row = s.line([tx.milestones]);
      for (const m of marks) {
        const c = col(m.month);
        const cell = s.cells.get(row)?.get(c);
        s.put(row, c, cell ? `${cell.v} ◆ ${m.name}` : `◆ ${m.name}`);
        s.style("milestone", a1(row, c));
      }
    }
    s.gap();
  }

  for (const st of report.rollups.staffing) {
    s.line([tx.section(tx.staffing, st.sheet)], [], "section");
    s.line([tx.position, tx.fte, tx.cost], [], "header");
    for (const p of st.positions) s.line([p.position, p.fte ?? "", p.cost ?? ""], [undefined, FTE, p.cost !== null ? moneyFormat("", p.cost) : undefined]);
    s.line([tx.total, st.fteTotal, st.costTotal ?? ""], [undefined, FTE, st.costTotal !== null ? moneyFormat("", st.costTotal) : undefined], "total");
    s.gap();
  }

  for (const v of rollupViewSections(report, lang)) {
    s.line([v.title], [], "section");
    s.line([...v.header], [], "header");
    for (const r of v.rows) s.line([...r]);
    s.gap();
  }

  if (report.rollups.deliverables.length > 0) {
    s.line([tx.deliverablesTitle], [], "section");
    s.line([tx.activity, tx.expectedOutput, tx.target, tx.achieved, tx.source, tx.cell], [], "header");
    for (const d of report.rollups.deliverables) {
      const source = d.source === "outreach-log" ? tx.outreachLog : d.source === "achieved-column" ? tx.achievedColumn : "";
      s.line([d.activity, d.deliverable, targetText(d.target), d.achieved ?? "", source, `${d.sheet}!${d.cell}`]);
    }
  }

  const height = Math.max(1, s.row - 1);
  const width = s.width;
  const values: Value[][] = [];
  const formats: string[][] = [];
  for (let r = 1; r <= height; r++) {
    const row = s.cells.get(r);
    values.push(Array.from({ length: width }, (_, c) => row?.get(c + 1)?.v ?? ""));
    formats.push(Array.from({ length: width }, (_, c) => row?.get(c + 1)?.f || "General"));
  }
  return { values, formats, styles: [...s.styles.entries()].map(([style, areas]) => ({ style, areas })), ...(chart ? { chart } : {}) };
}
