import { qualified } from "../../core";
import type { Report } from "../../core";
import { styles } from "./ansi";
import { visibleDeep } from "./terminal-text";
import type { Styles } from "./ansi";
import { formatBudget, formatStaffing } from "./format-budget";
import { formatExecution, formatFunding } from "./format-funding";
import { formatDeliverables, formatTimeline } from "./format-timeline";
import { clip, padEnd, plural, truncate, wrap } from "./text-layout";
import { maxOf } from "../../core/max-of";

export interface HumanFormat {
  readonly color: boolean;
  /** Line width the report is laid out for. */
  readonly width?: number;
  /** Remarks about how the file was read, shown under the header. */
  readonly notes?: readonly string[];
  /** List every issue; otherwise a code repeated in one table shows its first few and a summary line. */
  readonly verbose?: boolean;
}

/** In a table, a code with more issues than this shows only the first SHOWN_PER_CODE. */
const COLLAPSE_ABOVE = 5;
const SHOWN_PER_CODE = 3;

/** Drops repeated issues of one code in one table beyond the first few; returns what was dropped per issue kept last. */
function collapse(list: readonly Issue[]): { kept: Issue[]; more: Map<Issue, Issue[]> } {
  const groups = new Map<string, Issue[]>();
  for (const i of list) {
    const k = `${i.table ?? i.sheet}\u0000${i.code}`;
    (groups.get(k) ?? groups.set(k, []).get(k)!).push(i);
  }
  const kept: Issue[] = [], more = new Map<Issue, Issue[]>();
  const dropped = new Set<Issue>();
  for (const g of groups.values()) if (g.length > COLLAPSE_ABOVE) { g.slice(SHOWN_PER_CODE).forEach((i) => dropped.add(i)); more.set(g[SHOWN_PER_CODE - 1], g.slice(SHOWN_PER_CODE)); }
  for (const i of list) if (!dropped.has(i)) kept.push(i);
  return { kept, more };
}

type Issue = Report["issues"][number];
const SEVERITY_WIDTH = 8;

function severityLabel(sev: Issue["severity"], s: Styles): string {
  const label = padEnd(sev, SEVERITY_WIDTH);
  return sev === "error" ? s.red(s.bold(label)) : sev === "warning" ? s.yellow(label) : s.cyan(label);
}

/** Header: the file, the as-of date, and the tables found (sheet, kind, range, rows). */
function header(r: Report, s: Styles, width: number): string[] {
  const out = [s.bold(r.file ?? "(workbook)") + s.dim(` · as of ${r.asOf} · ${plural(r.tables.length, "table")} found`)];
  const sheetWidth = Math.min(32, maxOf(r.tables.map((t) => t.sheet.length), 5));
  for (const t of r.tables) {
    const line = clip(`  ${padEnd(truncate(t.sheet, sheetWidth), sheetWidth)}  ${padEnd(t.kind, 10)}  ${padEnd(t.range, 9)}  ${plural(t.rows, "row")}`, width - 15);
    out.push(t.source === "host-table" ? line + s.dim(" (Excel table)") : line);
  }
  if (r.tables.length === 0) out.push("  " + s.dim("no workplan, budget, staffing or outreach table recognised"));
  return out;
}

/** Issues grouped by sheet, then by table; one entry each: severity, cell, code, message (wrapped). */
function issues(r: Report, s: Styles, width: number, verbose: boolean): string[] {
  if (r.issues.length === 0) return [s.green("No issues found.")];
  const { kept, more } = verbose ? { kept: r.issues, more: new Map<Issue, Issue[]>() } : collapse(r.issues);
  const titles = new Map(r.tables.map((t) => [t.id, `${t.kind} ${t.range}${t.title ? " · " + t.title : ""}`]));
  const out: string[] = [];
  let sheet: string | undefined, table: string | undefined | null = null;
  for (const i of kept) {
    if (i.sheet !== sheet) {
      if (sheet !== undefined) out.push("");
      out.push(s.bold(i.sheet));
      sheet = i.sheet;
      table = null;
    }
    if (i.table !== table) {
      table = i.table;
      out.push("  " + s.dim(truncate(table ? titles.get(table) ?? table : "sheet", width - 2)));
    }
    const lead = `    ${severityLabel(i.severity, s)} ${qualified(i.sheet, i.cell)}  ${i.code}  `;
    const leadWidth = 4 + SEVERITY_WIDTH + 1 + qualified(i.sheet, i.cell).length + 2 + i.code.length + 2;
    const indent = " ".repeat(4 + SEVERITY_WIDTH + 1);
    const room = width - leadWidth;
    // A message starts on the issue's own line when a useful part fits, else on the next line.
    out.push(room >= 30
      ? lead + wrap(i.message, room, width - indent.length, indent)
      : lead.trimEnd() + "\n" + indent + wrap(i.message, width - indent.length, width - indent.length, indent));
    const rest = more.get(i);
    if (rest) {
      const cells = rest.map((x) => x.cell);
      const list = cells.length > 8 ? `${cells.slice(0, 8).join(", ")}, …` : cells.join(", ");
      out.push(indent + s.dim(wrap(`… and ${rest.length} more ${i.code} in this table (${list}); --verbose lists them`, width - indent.length, width - indent.length, indent)));
    }
  }
  return out;
}

function counts(r: Report, s: Styles): string {
  const c = r.counts;
  const parts = [
    c.error ? s.red(s.bold(plural(c.error, "error"))) : plural(0, "error"),
    c.warning ? s.yellow(plural(c.warning, "warning")) : plural(0, "warning"),
    `${c.info} info`,
  ];
  return `${r.valid ? s.green("✔ valid") : s.red("✘ not valid")}: ${parts.join(", ")}`;
}

/**
 * One report as text for a terminal of `width` columns (default 100). Pure. Every string of the
 * report (cell text in messages, sheet and file names, labels) has its control characters shown.
 */
export function formatHuman(report: Report, format: HumanFormat): string {
  // The Gantt grid (one entry per activity) is not printed: left out of the copy rather than made safe.
  const r = visibleDeep({ ...report, rollups: { ...report.rollups, timeline: report.rollups.timeline.map((t) => ({ ...t, grid: [] })) } });
  const s = styles(format.color), width = format.width ?? 100;
  const head = [...header(r, s, width), ...visibleDeep(format.notes ?? []).map((n) => s.yellow("  note: ") + wrap(n, width - 8, width - 8, "        "))];
  const blocks: string[][] = [head, issues(r, s, width, format.verbose ?? false), [counts(r, s)]];
  for (const b of r.rollups.budget) blocks.push(formatBudget(b, s, width));
  for (const st of r.rollups.staffing) blocks.push(formatStaffing(st, s, width));
  for (const f of r.rollups.funding) blocks.push(formatFunding(f, s, width));
  for (const e of r.rollups.execution) blocks.push(formatExecution(e, s, width));
  for (const t of r.rollups.timeline) blocks.push(formatTimeline(t, s, width));
  const d = formatDeliverables(r.rollups.deliverables, s, width);
  if (d.length) blocks.push(d);
  return blocks.map((b) => b.join("\n")).join("\n\n") + "\n";
}
