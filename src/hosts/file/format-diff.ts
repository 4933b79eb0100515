import { qualified } from "../../core";
import type { WorkbookDiff } from "../../core/views/diff";
import { styles } from "./ansi";
import { padEnd, truncate } from "./text-layout";
import { maxOf } from "../../core/max-of";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

const where = (sheet: string | null, cell: string | null) => (sheet && cell ? qualified(sheet, cell) : "—");

/**
 * A period as the core's diff writes it ("2026-05 – 2026-06", "ongoing since 2026-02", "ongoing",
 * "unscheduled"; periodText), in the report's language. Other text (a cell's own) is shown as it is.
 */
function periodShown(text: string, L: CliLocale): string {
  const p = L.t.period;
  if (text === "ongoing") return p.ongoing;
  if (text === "unscheduled") return p.unscheduled;
  const since = /^ongoing since (\d{4}-\d{2})$/.exec(text);
  if (since) return p.ongoingSince(L.month(since[1]));
  const span = /^(\d{4}-\d{2})(?: – (\d{4}-\d{2}))?$/.exec(text);
  if (span) return span[2] ? `${L.month(span[1])} – ${L.month(span[2])}` : L.month(span[1]);
  return text;
}

/** The diff as text: one line per change, with its cell in the old and the new file. */
export function formatDiff(d: WorkbookDiff, options: { color: boolean; currency?: string; width?: number; locale?: CliLocale }): string {
  const s = styles(options.color);
  const width = options.width ?? 100;
  const L = options.locale ?? ENGLISH_CLI, t = L.t.diff;
  const amount = (v: number | string | null, currency = "") => (typeof v === "number" ? L.units(v, currency) : v === null ? "—" : v);
  const markWidth = maxOf([t.added, t.removed, t.changed].map((m) => Array.from(m).length), 0);
  const mark = { added: s.green(padEnd(t.added, markWidth)), removed: s.red(padEnd(t.removed, markWidth)), changed: s.yellow(padEnd(t.changed, markWidth)) };
  const out = [s.bold(t.title(d.old, d.new))];
  const total = d.budget.length + d.totals.length + d.activities.length;
  if (total === 0) return out.concat(["  " + t.none]).join("\n") + "\n";
  if (d.budget.length || d.totals.length) {
    out.push("", s.bold(t.budget(d.budget.length)));
    for (const b of d.budget) {
      const what = b.field === "label" ? t.label(truncate(String(b.old), 40), truncate(String(b.new), 40)) : `${amount(b.old)} → ${amount(b.new)}`;
      out.push(`  ${mark[b.change]}  ${t.line(truncate(b.label, 40), what)}  ${s.dim(`(${where(b.oldSheet, b.oldCell)} → ${where(b.newSheet, b.newCell)})`)}`);
    }
    for (const x of d.totals) {
      const sign = x.difference > 0 ? "+" : "−";
      out.push(`  ${t.total(truncate(x.newSheet, 40), `${amount(x.old, x.currency)} → ${amount(x.new, x.currency)} (${sign}${amount(Math.abs(x.difference))})`)}`);
    }
  }
  if (d.activities.length) {
    out.push("", s.bold(t.activities(d.activities.length)));
    const indent = " ".repeat(markWidth + 4);
    for (const a of d.activities) {
      const shown = (v: string | null) => (a.field === "period" || a.field === null ? periodShown(v ?? "", L) : v ?? "");
      const what = a.field === null ? shown(a.change === "added" ? a.new : a.old) : t.fieldChange(t.fields[a.field], truncate(shown(a.old) || t.blank, 40), truncate(shown(a.new) || t.blank, 40));
      out.push(`  ${mark[a.change]}  ${truncate(a.activity || t.noActivityText, width - 40)}`);
      out.push(`${indent}${what}  ${s.dim(`(${where(a.oldSheet, a.oldCell)} → ${where(a.newSheet, a.newCell)})`)}`);
    }
  }
  return out.join("\n") + "\n";
}
