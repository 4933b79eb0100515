import { svg, SvgNode } from "./svg";
import { maxOf } from "../core/max-of";
import { monthYearShort } from "../core/i18n/months";
import type { Lang } from "../core/i18n/lang";
import { reportText } from "./report-text";

/** Plan colours (colour-blind-safe order) and the ones for states of a bar. */
export const PALETTE = ["#0F6CBD", "#C4314B", "#13A10E", "#8764B8", "#CA5010", "#038387", "#986F0B", "#5C2E91"];
const INK = "#242424", MUTED = "#616161", GRID = "#E0E0E0", MILESTONE = "#D83B01";
const FONT = "font-family:Segoe UI,Helvetica,Arial,sans-serif";

/** "Sep 2026", "sept. 2026": a month in a chart's tooltip. */
const monthLabel = (key: string, lang: Lang) => monthYearShort(lang, key);
/** The month's initial under a column ("S"; Spanish "E" for enero). */
const initial = (key: string, lang: Lang) => reportText(lang).charts.initials[Number(key.slice(5, 7)) - 1] ?? "?";

/** Cuts a label to `max` characters for the chart; the whole text stays in the element's <title>. */
export const cut = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function frame(width: number, height: number, label: string, children: (SvgNode | null)[]): SvgNode {
  return svg("svg", { class: "wpc-chart", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-label": label, style: FONT },
    [svg("title", {}, [label]), ...children]);
}

export interface BarItem {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
}

/** Horizontal bars, one per item, longest scaled to the width: budget lines, activities per lead. */
export function barChart(items: readonly BarItem[], label: string, options: { width?: number; colour?: string } = {}): SvgNode {
  const width = options.width ?? 560, labelW = Math.round(width * 0.38), valueW = 96, row = 24;
  const barMax = width - labelW - valueW - 12;
  const max = maxOf(items.map((i) => i.value), 0);
  const rows = items.map((it, i) => {
    const y = i * row + 4;
    const w = max > 0 && it.value > 0 ? Math.max(1, (it.value / max) * barMax) : 0;
    return svg("g", { class: "wpc-chart-row" }, [
      svg("title", {}, [`${it.label}: ${it.valueText}`]),
      svg("text", { x: labelW - 6, y: y + 15, "text-anchor": "end", "font-size": 12, fill: INK }, [cut(it.label, Math.floor(labelW / 7.5))]),
      svg("rect", { x: labelW, y: y + 3, width: w.toFixed(1), height: row - 8, rx: 2, fill: options.colour ?? PALETTE[0] }),
      svg("text", { x: labelW + w + 6, y: y + 15, "font-size": 12, fill: INK }, [it.valueText]),
    ]);
  });
  return frame(width, Math.max(1, items.length) * row + 8, label, rows);
}

export interface Milestone {
  readonly name: string;
  readonly month: string;
}

/** Activities per month as columns, milestones marked over their month: where the year is busy. */
export function monthColumns(months: readonly string[], counts: Readonly<Record<string, number>>, milestones: readonly Milestone[], label: string, lang: Lang = "en"): SvgNode {
  const t = reportText(lang).charts;
  const col = Math.max(14, Math.min(32, Math.floor(640 / Math.max(1, months.length)))), left = 28, top = 18, plot = 120;
  const width = left + months.length * col + 8, height = top + plot + 34;
  const max = maxOf(months.map((m) => counts[m] ?? 0), 1);
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  const ticks: SvgNode[] = [];
  for (let v = 0; v <= max; v += step) {
    const y = top + plot - (v / max) * plot;
    ticks.push(svg("line", { x1: left, x2: width - 8, y1: y.toFixed(1), y2: y.toFixed(1), stroke: GRID }), svg("text", { x: left - 4, y: (y + 4).toFixed(1), "text-anchor": "end", "font-size": 10, fill: MUTED }, [String(v)]));
  }
  const cols = months.map((m, i) => {
    const n = counts[m] ?? 0, h = (n / max) * plot, x = left + i * col;
    const jan = m.endsWith("-01") || (i === 0 && !m.endsWith("-12"));
    return svg("g", { "data-month": m }, [
      svg("title", {}, [`${monthLabel(m, lang)}: ${t.activities(n)}`]),
      svg("rect", { x: x + 2, y: (top + plot - h).toFixed(1), width: col - 4, height: h.toFixed(1), fill: PALETTE[0], rx: 1 }),
      n > 0 && col >= 18 ? svg("text", { x: x + col / 2, y: (top + plot - h - 3).toFixed(1), "text-anchor": "middle", "font-size": 9, fill: INK }, [String(n)]) : null,
      svg("text", { x: x + col / 2, y: top + plot + 12, "text-anchor": "middle", "font-size": 9, fill: MUTED }, [initial(m, lang)]),
      jan ? svg("text", { x: x + 2, y: top + plot + 26, "font-size": 10, fill: INK }, [m.slice(0, 4)]) : null,
    ]);
  });
  return frame(width, height, label, [...ticks, ...cols, ...milestoneMarks(months, milestones, left, col, top - 8, top + plot, lang)]);
}

function milestoneMarks(months: readonly string[], milestones: readonly Milestone[], left: number, col: number, y: number, bottom: number, lang: Lang): SvgNode[] {
  return milestones.flatMap((m) => {
    const i = months.indexOf(m.month);
    if (i < 0) return [];
    const x = left + i * col + col / 2;
    return [svg("g", { class: "wpc-chart-milestone" }, [
      svg("title", {}, [`${m.name} · ${monthLabel(m.month, lang)}`]),
      svg("line", { x1: x, x2: x, y1: y + 4, y2: bottom, stroke: MILESTONE, "stroke-dasharray": "3 2" }),
      svg("text", { x, y, "text-anchor": "middle", "font-size": 10, "font-weight": 600, fill: MILESTONE }, [`◆ ${m.name}`]),
    ])];
  });
}

export interface GanttBar {
  readonly label: string;
  /** Colour group (the plan); rows of one group share a colour. */
  readonly group?: string;
  readonly start: string | null;
  readonly end: string | null;
  readonly ongoing: boolean;
  readonly cell?: string;
}

/** A Gantt chart: one row per activity, one column per month; ongoing bars run to the edge, striped. */
export function ganttChart(rows: readonly GanttBar[], months: readonly string[], milestones: readonly Milestone[], label: string, options: { labelWidth?: number; lang?: Lang } = {}): SvgNode {
  const lang = options.lang ?? "en", t = reportText(lang).charts;
  const labelW = options.labelWidth ?? 240, col = Math.max(10, Math.min(24, Math.floor(560 / Math.max(1, months.length)))), row = 16, top = 34;
  const width = labelW + months.length * col + 8, height = top + rows.length * row + 8;
  const groups = [...new Set(rows.map((r) => r.group ?? ""))];
  const colourOf = (g: string | undefined) => PALETTE[groups.indexOf(g ?? "") % PALETTE.length];
  const index = new Map(months.map((m, i) => [m, i]));
  const head: SvgNode[] = months.map((m, i) => {
    const x = labelW + i * col;
    return svg("g", {}, [
      m.endsWith("-01") || (i === 0 && !m.endsWith("-12")) ? svg("text", { x: x + 1, y: 10, "font-size": 10, fill: INK }, [m.slice(0, 4)]) : null,
      svg("text", { x: x + col / 2, y: 28, "text-anchor": "middle", "font-size": 9, fill: MUTED }, [initial(m, lang)]),
    ]);
  });
  const lines: SvgNode[] = months.map((m, i) => svg("line", { x1: labelW + i * col, x2: labelW + i * col, y1: top - 2, y2: height - 8, stroke: m.endsWith("-01") ? "#BDBDBD" : GRID }));
  // Stripes and labels first, then the month lines, then the bars over them (each row's <title> on its bar).
  const back: SvgNode[] = [], bars: SvgNode[] = [];
  rows.forEach((r, i) => {
    const y = top + i * row;
    let from = r.start !== null ? index.get(r.start) : undefined, to = r.end !== null ? index.get(r.end) : undefined;
    if (r.ongoing) { from ??= 0; to ??= months.length - 1; }
    const period = r.ongoing ? (r.start ? t.ongoingSince(monthLabel(r.start, lang)) : t.ongoing) : r.start && r.end ? (r.start === r.end ? monthLabel(r.start, lang) : `${monthLabel(r.start, lang)} – ${monthLabel(r.end, lang)}`) : t.unscheduled;
    const drawn = from !== undefined && to !== undefined && from <= to && months.length > 0;
    if (i % 2 === 1) back.push(svg("rect", { x: 0, y, width, height: row, fill: "#FAFAFA" }));
    back.push(svg("text", { x: 4, y: y + 12, "font-size": 11, fill: INK }, [cut(r.label || t.noActivityText, Math.floor(labelW / 6))]));
    bars.push(svg("g", { class: "wpc-chart-row", "data-kind": drawn ? (r.ongoing ? "ongoing" : "scheduled") : "unscheduled" }, [
      svg("title", {}, [`${r.group ? r.group + " — " : ""}${r.label}: ${period}${r.cell ? ` (${r.cell})` : ""}`]),
      drawn
        ? svg("rect", { x: labelW + from! * col + 1, y: y + 3, width: (to! - from! + 1) * col - 2, height: row - 6, rx: 2, fill: colourOf(r.group), "fill-opacity": r.ongoing ? 0.45 : 1 })
        : svg("text", { x: labelW + 4, y: y + 12, "font-size": 10, fill: MUTED, "font-style": "italic" }, [t.unscheduled]),
    ]));
  });
  return frame(width, height, label, [...back, ...lines, ...head, ...bars, ...milestoneMarks(months, milestones, labelW, col, 18, height - 8, lang)]);
}

/** The plan colours of a Gantt's groups, for a legend. */
export const groupColours = (groups: readonly string[]): { group: string; colour: string }[] =>
  [...new Set(groups)].map((group, i) => ({ group, colour: PALETTE[i % PALETTE.length] }));

/** An action plan's actions as numbered squares: filled when an activity cites it. */
export function coverageGrid(from: number, to: number, cited: ReadonlyMap<number, number>, label: string, lang: Lang = "en"): SvgNode {
  const t = reportText(lang).charts;
  const perRow = 10, size = 30, gap = 4;
  const count = Math.max(0, to - from + 1);
  const shown = Math.min(count, 500);
  const rows = Math.ceil(shown / perRow);
  const cells = Array.from({ length: shown }, (_, i) => {
    const n = from + i, x = (i % perRow) * (size + gap), y = Math.floor(i / perRow) * (size + gap);
    const k = cited.get(n) ?? 0;
    return svg("g", { "data-action": n, "data-cited": k }, [
      svg("title", {}, [k > 0 ? t.actionCited(n, k) : t.actionNotCited(n)]),
      svg("rect", { x, y, width: size, height: size, rx: 3, fill: k > 0 ? PALETTE[0] : "#FFFFFF", stroke: k > 0 ? PALETTE[0] : "#9E9E9E", "stroke-dasharray": k > 0 ? undefined : "3 2" }),
      svg("text", { x: x + size / 2, y: y + size / 2 + 4, "text-anchor": "middle", "font-size": 11, fill: k > 0 ? "#FFFFFF" : MUTED }, [String(n)]),
    ]);
  });
  return frame(perRow * (size + gap), Math.max(1, rows) * (size + gap), label, cells);
}
