import { formatMoney, formatShare, overspentFirst } from "../../core";
import type { Report } from "../../core";
import { maxOf } from "../../core/max-of";
import type { Styles } from "./ansi";
import { padEnd, padStart, truncate, wrap } from "./text-layout";

type Funding = Report["rollups"]["funding"][number];
type Execution = Report["rollups"]["execution"][number];

const LABEL_WIDTH = 36;
const BAR_WIDTH = 20;
const money = (units: number, currency: string) => formatMoney(Math.round(units * 100), currency);
const rangeOf = (x: { sheet: string; table: string }) => x.table.slice(x.sheet.length + 1);

/** A text bar of a share (0–1; beyond 1 the bar is full and marked "+"). */
export function textBar(share: number): string {
  const n = Math.max(0, Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH)));
  return "█".repeat(n) + "·".repeat(BAR_WIDTH - n) + (share > 1 ? "+" : " ");
}

function unconverted(list: Funding["unconverted"], s: Styles): string[] {
  if (list.length === 0) return [];
  const parts = list.map((u) => `${formatMoney(Math.round(u.amount * 100), u.currency)} (${u.cell})`);
  return [s.red(truncate(`  Left out (no rate): ${parts.join(", ")}`, 100))];
}

/** A contributions table: pledged, received and the gap against the budget, then each contributor. */
export function formatFunding(f: Funding, s: Styles, width: number): string[] {
  const c = f.currency;
  const out = [s.bold(`Funding · ${f.sheet} ${rangeOf(f)}`) + s.dim(` (${c}, ${f.contributors} contributors)`)];
  const amountWidth = maxOf([f.budget ?? 0, f.pledged, f.received].map((u) => money(u, c).length), 0);
  const row = (label: string, units: number, tail = "") => `  ${padEnd(label, 14)} ${padStart(money(units, c), amountWidth)}${tail ? "  " + tail : ""}`;
  if (f.budget === null) out.push("  " + s.yellow("No budget table in this workbook: the gap cannot be computed."));
  else out.push(row("Budget", f.budget, s.dim(`(${f.budgetTable ?? ""})`)));
  const of = (units: number) => (f.budget ? `${textBar(units / f.budget)} ${formatShare(units / f.budget)} of the budget` : "");
  out.push(row("Pledged", f.pledged, of(f.pledged)));
  out.push(row("Received", f.received, of(f.received)));
  out.push(row("Outstanding", f.outstanding, s.dim("pledged, not yet received")));
  if (f.gap !== null) out.push(row("Gap", f.gap, f.gap > 0 ? s.yellow("budget not yet received") : s.green("fully funded")));
  if (f.pledgedGap !== null) out.push(row("Unpledged", f.pledgedGap, s.dim("budget not yet pledged")));
  for (const line of unconverted(f.unconverted, s)) out.push(line);
  for (const k of f.byContributor)
    out.push(`    ${padEnd(truncate(k.name, LABEL_WIDTH), LABEL_WIDTH)}  pledged ${padStart(money(k.pledged, c), amountWidth)}  received ${padStart(money(k.received, c), amountWidth)}`.slice(0, Math.max(width, 40)));
  return out;
}

/** A ledger against its budget: spent per line (overspent first), total, pace and projection. */
export function formatExecution(e: Execution, s: Styles, width: number): string[] {
  const c = e.currency;
  const out = [s.bold(`Execution · ${e.sheet} ${rangeOf(e)}`) + s.dim(` (${c}, as of ${e.asOf})`)];
  const w = maxOf([e.budget ?? 0, e.spent].concat(e.lines.map((l) => l.budget)).map((u) => money(u, c).length), 0);
  // Label, two amounts, a bar, a share and a flag: the label gets what the rest leaves of the width.
  const labelWidth = Math.max(12, Math.min(LABEL_WIDTH, width - 2 * w - BAR_WIDTH - 27));
  for (const l of overspentFirst(e.lines)) {
    const share = l.share === null ? "" : formatShare(l.share);
    const flag = l.share !== null && l.share > 1 ? s.red(" overspent") : l.share !== null && l.share >= 0.9 ? s.yellow(" 90%+") : "";
    out.push(`  ${padEnd(truncate(l.label, labelWidth), labelWidth)} ${padStart(money(l.spent, c), w)} of ${padStart(money(l.budget, c), w)}  ${l.share === null ? " ".repeat(BAR_WIDTH + 1) : textBar(l.share)} ${padStart(share, 6)}${flag}`);
  }
  for (const u of e.unmatched) out.push(`  ${padEnd(truncate(u.label, labelWidth), labelWidth)} ${padStart(money(u.amount, c), w)}  ${s.red(`not a budget line (${u.cell})`)}`);
  if (e.budget === null) out.push("  " + s.yellow("No budget table in this workbook: spending is not compared with a budget."));
  else out.push(`  ${padEnd("Total", labelWidth)} ${padStart(money(e.spent, c), w)} of ${padStart(money(e.budget, c), w)}  ${textBar(e.executedShare ?? 0)} ${padStart(formatShare(e.executedShare ?? 0), 6)}`);
  const pace: string[] = [];
  if (e.remaining !== null) pace.push(`remaining ${money(e.remaining, c)}`);
  if (e.burnPerMonth !== null) pace.push(`${money(e.burnPerMonth, c)} a month`);
  if (e.projectedYearEnd !== null) pace.push(`projected year-end ${money(e.projectedYearEnd, c)}`);
  if (e.monthsOfCash !== null) pace.push(`${e.monthsOfCash} months of cash`);
  if (pace.length) out.push("  " + wrap(pace.join(" · "), width - 2, width - 4, "    "));
  for (const line of unconverted(e.unconverted, s)) out.push(line);
  return out;
}
