import { qualified } from "../../core";
import type { Report } from "../../core";
import { styles } from "./ansi";
import { visibleDeep } from "./terminal-text";
import type { Styles } from "./ansi";
import { formatBudget, formatStaffing } from "./format-budget";
import { formatExecution, formatFunding } from "./format-funding";
import { formatDeliverables, formatTimeline } from "./format-timeline";
import { clip, padEnd, truncate, wrap } from "./text-layout";
import { maxOf } from "../../core/max-of";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

export interface HumanFormat {
  readonly color: boolean;
  /** Line width the report is laid out for. */
  readonly width?: number;
  /** Remarks about how the file was read, shown under the header. */
  readonly notes?: readonly string[];
  /** List every issue; otherwise a code repeated in one table shows its first few and a summary line. */
  readonly verbose?: boolean;
  /** The language and number style of the report's own words (issue messages come from the core). */
  readonly locale?: CliLocale;
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
/** The severity column is as wide as the language's longest name ("warning", "avertissement"). */
const severityWidth = (L: CliLocale) => maxOf(Object.values(L.terms.severity).map((n) => Array.from(n).length), 8);

function severityLabel(sev: Issue["severity"], s: Styles, L: CliLocale): string {
  const label = padEnd(L.terms.severity[sev], severityWidth(L));
  return sev === "error" ? s.red(s.bold(label)) : sev === "warning" ? s.yellow(label) : s.cyan(label);
}

/** Header: the file, the as-of date, and the tables found (sheet, kind, range, rows). */
function header(r: Report, s: Styles, width: number, L: CliLocale): string[] {
  const h = L.t.header;
  const out = [s.bold(r.file ?? h.workbook) + s.dim(` · ${h.asOf(L.date(r.asOf))} · ${h.tablesFound(r.tables.length)}`)];
  const sheetWidth = Math.min(32, maxOf(r.tables.map((t) => t.sheet.length), 5));
  const kindWidth = maxOf(r.tables.map((t) => Array.from(L.kind(t.kind)).length), 10);
  const rowsWidth = maxOf(r.tables.map((t) => t.range.length), 9);
  for (const t of r.tables) {
    const line = clip(`  ${padEnd(truncate(t.sheet, sheetWidth), sheetWidth)}  ${padEnd(L.kind(t.kind), kindWidth)}  ${padEnd(t.range, rowsWidth)}  ${h.rows(t.rows)}`, width - 15);
    out.push(t.source === "host-table" ? line + s.dim(" " + h.excelTable) : line);
  }
  if (r.tables.length === 0) out.push("  " + s.dim(h.noTables));
  return out;
}

/** Issues grouped by sheet, then by table; one entry each: severity, cell, code, message (wrapped). */
function issues(r: Report, s: Styles, width: number, verbose: boolean, L: CliLocale): string[] {
  const t = L.t.issues;
  if (r.issues.length === 0) return [s.green(t.none)];
  const { kept, more } = verbose ? { kept: r.issues, more: new Map<Issue, Issue[]>() } : collapse(r.issues);
  const titles = new Map(r.tables.map((x) => [x.id, `${L.kind(x.kind)} ${x.range}${x.title ? " · " + x.title : ""}`]));
  const sevWidth = severityWidth(L);
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
      out.push("  " + s.dim(truncate(table ? titles.get(table) ?? table : t.sheetLevel, width - 2)));
    }
    const lead = `    ${severityLabel(i.severity, s, L)} ${qualified(i.sheet, i.cell)}  ${i.code}  `;
    const leadWidth = 4 + sevWidth + 1 + qualified(i.sheet, i.cell).length + 2 + i.code.length + 2;
    const indent = " ".repeat(4 + sevWidth + 1);
    const room = width - leadWidth;
    // A message starts on the issue's own line when a useful part fits, else on the next line.
    out.push(room >= 30
      ? lead + wrap(i.message, room, width - indent.length, indent)
      : lead.trimEnd() + "\n" + indent + wrap(i.message, width - indent.length, width - indent.length, indent));
    const rest = more.get(i);
    if (rest) {
      const cells = rest.map((x) => x.cell);
      const list = cells.length > 8 ? `${cells.slice(0, 8).join(", ")}, …` : cells.join(", ");
      out.push(indent + s.dim(wrap(t.more(rest.length, i.code, list), width - indent.length, width - indent.length, indent)));
    }
  }
  return out;
}

function counts(r: Report, s: Styles, L: CliLocale): string {
  const c = r.counts, t = L.t.issues;
  const parts = [
    c.error ? s.red(s.bold(t.errors(c.error))) : t.errors(0),
    c.warning ? s.yellow(t.warnings(c.warning)) : t.warnings(0),
    t.infos(c.info),
  ];
  return t.summary(r.valid ? s.green(t.valid) : s.red(t.notValid), parts.join(", "));
}

/**
 * One report as text for a terminal of `width` columns (default 100). Pure. Every string of the
 * report (cell text in messages, sheet and file names, labels) has its control characters shown.
 */
export function formatHuman(report: Report, format: HumanFormat): string {
  // The Gantt grid (one entry per activity) is not printed: left out of the copy rather than made safe.
  const r = visibleDeep({ ...report, rollups: { ...report.rollups, timeline: report.rollups.timeline.map((t) => ({ ...t, grid: [] })) } });
  const s = styles(format.color), width = format.width ?? 100, L = format.locale ?? ENGLISH_CLI;
  const noteLabel = "  " + L.t.header.note, noteIndent = " ".repeat(Array.from(noteLabel).length);
  const head = [...header(r, s, width, L), ...visibleDeep(format.notes ?? []).map((n) => s.yellow(noteLabel) + wrap(n, width - noteIndent.length, width - noteIndent.length, noteIndent))];
  const blocks: string[][] = [head, issues(r, s, width, format.verbose ?? false, L), [counts(r, s, L)]];
  for (const b of r.rollups.budget) blocks.push(formatBudget(b, s, width, L));
  for (const st of r.rollups.staffing) blocks.push(formatStaffing(st, s, width, L));
  for (const f of r.rollups.funding) blocks.push(formatFunding(f, s, width, L));
  for (const e of r.rollups.execution) blocks.push(formatExecution(e, s, width, L));
  for (const t of r.rollups.timeline) blocks.push(formatTimeline(t, s, width, L));
  const d = formatDeliverables(r.rollups.deliverables, s, width, L);
  if (d.length) blocks.push(d);
  return blocks.map((b) => b.join("\n")).join("\n\n") + "\n";
}
