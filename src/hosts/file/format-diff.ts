import { formatMoney, qualified } from "../../core";
import type { WorkbookDiff } from "../../core/views/diff";
import { styles } from "./ansi";
import { plural, truncate } from "./text-layout";

const where = (sheet: string | null, cell: string | null) => (sheet && cell ? qualified(sheet, cell) : "—");
const amount = (v: number | string | null, currency = "") => (typeof v === "number" ? formatMoney(Math.round(v * 100), currency) : v === null ? "—" : v);

/** The diff as text: one line per change, with its cell in the old and the new file. */
export function formatDiff(d: WorkbookDiff, options: { color: boolean; currency?: string; width?: number }): string {
  const s = styles(options.color);
  const width = options.width ?? 100;
  const mark = { added: s.green("+ added  "), removed: s.red("- removed"), changed: s.yellow("~ changed") };
  const out = [s.bold(`Changes from ${d.old} to ${d.new}`)];
  const total = d.budget.length + d.totals.length + d.activities.length;
  if (total === 0) return out.concat(["  No differences in budget lines or activities."]).join("\n") + "\n";
  if (d.budget.length || d.totals.length) {
    out.push("", s.bold(`Budget · ${plural(d.budget.length, "change")}`));
    for (const b of d.budget) {
      const what = b.field === "label" ? `label "${truncate(String(b.old), 40)}" → "${truncate(String(b.new), 40)}"` : `${amount(b.old)} → ${amount(b.new)}`;
      out.push(`  ${mark[b.change]}  ${truncate(b.label, 40)}: ${what}  ${s.dim(`(${where(b.oldSheet, b.oldCell)} → ${where(b.newSheet, b.newCell)})`)}`);
    }
    for (const t of d.totals) {
      const sign = t.difference > 0 ? "+" : "−";
      out.push(`  Total ${truncate(t.newSheet, 40)}: ${amount(t.old, t.currency)} → ${amount(t.new, t.currency)} (${sign}${amount(Math.abs(t.difference))})`);
    }
  }
  if (d.activities.length) {
    out.push("", s.bold(`Activities · ${plural(d.activities.length, "change")}`));
    for (const a of d.activities) {
      const what = a.field === null ? (a.change === "added" ? a.new ?? "" : a.old ?? "") : `${a.field}: ${truncate(a.old || "(blank)", 40)} → ${truncate(a.new || "(blank)", 40)}`;
      out.push(`  ${mark[a.change]}  ${truncate(a.activity || "(no activity text)", width - 40)}`);
      out.push(`             ${what}  ${s.dim(`(${where(a.oldSheet, a.oldCell)} → ${where(a.newSheet, a.newCell)})`)}`);
    }
  }
  return out.join("\n") + "\n";
}
