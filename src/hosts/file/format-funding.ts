import { overspentFirst } from "../../core";
import type { Report } from "../../core";
import { maxOf } from "../../core/max-of";
import type { Styles } from "./ansi";
import { padEnd, padStart, truncate, wrap } from "./text-layout";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

type Funding = Report["rollups"]["funding"][number];
type Execution = Report["rollups"]["execution"][number];

const LABEL_WIDTH = 36;
const BAR_WIDTH = 20;
const rangeOf = (x: { sheet: string; table: string }) => x.table.slice(x.sheet.length + 1);

/** A text bar of a share (0–1; beyond 1 the bar is full and marked "+"). */
export function textBar(share: number): string {
  const n = Math.max(0, Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH)));
  return "█".repeat(n) + "·".repeat(BAR_WIDTH - n) + (share > 1 ? "+" : " ");
}

function unconverted(list: Funding["unconverted"], s: Styles, L: CliLocale): string[] {
  if (list.length === 0) return [];
  const parts = list.map((u) => `${L.units(u.amount, u.currency)} (${u.cell})`);
  return [s.red(truncate(`  ${L.t.funding.leftOut(parts.join(", "))}`, 100))];
}

/** A contributions table: pledged, received and the gap against the budget, then each contributor. */
export function formatFunding(f: Funding, s: Styles, width: number, L: CliLocale = ENGLISH_CLI): string[] {
  const c = f.currency, t = L.t.funding;
  const money = (units: number) => L.units(units, c);
  const out = [s.bold(`${t.title} · ${f.sheet} ${rangeOf(f)}`) + s.dim(` (${t.contributors(c, f.contributors)})`)];
  const amountWidth = maxOf([f.budget ?? 0, f.pledged, f.received].map((u) => Array.from(money(u)).length), 0);
  const labelWidth = maxOf([t.budget, t.pledged, t.received, t.outstanding, t.gap, t.unpledged].map((l) => Array.from(l).length + 2), 14);
  const row = (label: string, units: number, tail = "") => `  ${padEnd(label, labelWidth)} ${padStart(money(units), amountWidth)}${tail ? "  " + tail : ""}`;
  if (f.budget === null) out.push("  " + s.yellow(t.noBudget));
  else out.push(row(t.budget, f.budget, s.dim(`(${f.budgetTable ?? ""})`)));
  const of = (units: number) => (f.budget ? `${textBar(units / f.budget)} ${t.ofBudget(L.format.share(units / f.budget))}` : "");
  out.push(row(t.pledged, f.pledged, of(f.pledged)));
  out.push(row(t.received, f.received, of(f.received)));
  out.push(row(t.outstanding, f.outstanding, s.dim(t.outstandingNote)));
  if (f.gap !== null) out.push(row(t.gap, f.gap, f.gap > 0 ? s.yellow(t.gapNote) : s.green(t.fullyFunded)));
  if (f.pledgedGap !== null) out.push(row(t.unpledged, f.pledgedGap, s.dim(t.unpledgedNote)));
  for (const line of unconverted(f.unconverted, s, L)) out.push(line);
  for (const k of f.byContributor)
    out.push(`    ${padEnd(truncate(k.name, LABEL_WIDTH), LABEL_WIDTH)}  ${t.byPledged} ${padStart(money(k.pledged), amountWidth)}  ${t.byReceived} ${padStart(money(k.received), amountWidth)}`.slice(0, Math.max(width, 40)));
  return out;
}

/** A ledger against its budget: spent per line (overspent first), total, pace and projection. */
export function formatExecution(e: Execution, s: Styles, width: number, L: CliLocale = ENGLISH_CLI): string[] {
  const c = e.currency, t = L.t.execution;
  const money = (units: number) => L.units(units, c);
  const of = ` ${t.of} `, shareWidth = Math.max(6, Array.from(L.format.share(1)).length);
  const out = [s.bold(`${t.title} · ${e.sheet} ${rangeOf(e)}`) + s.dim(` (${t.asOf(c, L.date(e.asOf))})`)];
  const w = maxOf([e.budget ?? 0, e.spent].concat(e.lines.map((l) => l.budget)).map((u) => Array.from(money(u)).length), 0);
  // Label, two amounts, a bar, a share and a flag: the label gets what the rest leaves of the width.
  const labelWidth = Math.max(12, Math.min(LABEL_WIDTH, width - 2 * w - BAR_WIDTH - 27));
  for (const l of overspentFirst(e.lines)) {
    const share = l.share === null ? "" : L.format.share(l.share);
    const flag = l.share !== null && l.share > 1 ? s.red(" " + t.overspent) : l.share !== null && l.share >= 0.9 ? s.yellow(" " + t.nearlySpent) : "";
    out.push(`  ${padEnd(truncate(l.label, labelWidth), labelWidth)} ${padStart(money(l.spent), w)}${of}${padStart(money(l.budget), w)}  ${l.share === null ? " ".repeat(BAR_WIDTH + 1) : textBar(l.share)} ${padStart(share, shareWidth)}${flag}`);
  }
  for (const u of e.unmatched) out.push(`  ${padEnd(truncate(u.label, labelWidth), labelWidth)} ${padStart(money(u.amount), w)}  ${s.red(t.notABudgetLine(u.cell))}`);
  if (e.budget === null) out.push("  " + s.yellow(t.noBudget));
  else out.push(`  ${padEnd(t.total, labelWidth)} ${padStart(money(e.spent), w)}${of}${padStart(money(e.budget), w)}  ${textBar(e.executedShare ?? 0)} ${padStart(L.format.share(e.executedShare ?? 0), shareWidth)}`);
  const pace: string[] = [];
  if (e.remaining !== null) pace.push(t.remaining(money(e.remaining)));
  if (e.burnPerMonth !== null) pace.push(t.perMonth(money(e.burnPerMonth)));
  if (e.projectedYearEnd !== null) pace.push(t.projected(money(e.projectedYearEnd)));
  if (e.monthsOfCash !== null) pace.push(t.monthsOfCash(L.decimal(e.monthsOfCash)));
  if (pace.length) out.push("  " + wrap(pace.join(" · "), width - 2, width - 4, "    "));
  for (const line of unconverted(e.unconverted, s, L)) out.push(line);
  return out;
}
