import { formatMoney, formatShare } from "../../core";
import type { Report } from "../../core";
import type { Styles } from "./ansi";
import { padEnd, padStart, truncate } from "./text-layout";
import { maxOf } from "../../core/max-of";

type Budget = Report["rollups"]["budget"][number];
type Staffing = Report["rollups"]["staffing"][number];

const LABEL_WIDTH = 46;
/** Rollup amounts are whole currency units; formatMoney takes minor units. */
const money = (units: number, currency: string) => formatMoney(Math.round(units * 100), currency);
const shareOf = (part: number, total: number) => (total === 0 ? "" : formatShare(part / total));

/** One budget: its lines with amounts and shares, computed vs stated total, staff vs other, in-kind lines, FTE. */
export function formatBudget(b: Budget, s: Styles, width: number): string[] {
  const rangeOf = b.table.slice(b.sheet.length + 1);
  const out = [s.bold(`Budget · ${b.sheet} ${rangeOf}`) + s.dim(` (${b.currency})`)];
  // Amounts line up on the currency and on the last digit: "CHF 378'961" over "CHF  75'792".
  const bodies = [...b.lines.map((l) => l.amount), b.total, b.statedTotal ?? 0].map((u) => formatMoney(Math.round(u * 100)));
  const bodyWidth = maxOf(bodies.map((a) => a.length), 0);
  const amount = (units: number) => `${b.currency} ${padStart(formatMoney(Math.round(units * 100)), bodyWidth)}`;
  const amountWidth = b.currency.length + 1 + bodyWidth;
  const row = (label: string, amountText: string, share: string, note = "") =>
    `  ${padEnd(truncate(label, LABEL_WIDTH), LABEL_WIDTH)}  ${padStart(amountText, amountWidth)}  ${padStart(share, 6)}${note ? "  " + note : ""}`;
  for (const l of b.lines) out.push(row(l.label, amount(l.amount), formatShare(l.share), l.staff ? s.dim("staff") : ""));
  out.push("  " + s.dim("─".repeat(Math.min(width - 4, LABEL_WIDTH + amountWidth + 10))));
  out.push(row("Computed total", amount(b.total), b.total === 0 ? "" : "100%"));
  if (b.statedTotal === null) out.push(row("Stated total", "none", "", s.yellow("no Total row")));
  else {
    const diff = b.statedTotal - b.total;
    const verdict = diff === 0 ? s.green("matches") : s.red(`differs by ${money(Math.abs(diff), b.currency)} (${diff > 0 ? "stated is higher" : "stated is lower"})`);
    out.push(row("Stated total", amount(b.statedTotal), "", verdict));
  }
  const fte = b.fte === null ? "" : ` · ${b.fte} FTE`;
  out.push(`  Staff costs ${money(b.staffCosts, b.currency)} (${shareOf(b.staffCosts, b.total) || "–"}) · other costs ${money(b.otherCosts, b.currency)} (${shareOf(b.otherCosts, b.total) || "–"})${fte}`);
  if (b.inKind.length > 0) {
    out.push("  In kind (not in the total):");
    for (const k of b.inKind) out.push("    " + truncate(`${k.label} (${k.cell}): ${k.note}`, width - 4));
  }
  return out;
}

/** A staffing table: positions with FTE (and cost when given), and the FTE total. */
export function formatStaffing(st: Staffing, s: Styles, width: number): string[] {
  const rangeOf = st.table.slice(st.sheet.length + 1);
  const out = [s.bold(`Staffing · ${st.sheet} ${rangeOf}`) + s.dim(` (${st.positions.length} positions, ${st.fteTotal} FTE)`)];
  for (const p of st.positions) {
    const fte = p.fte === null ? "FTE ?" : `${p.fte} FTE`;
    const cost = p.cost === null ? "" : `  ${formatMoney(Math.round(p.cost * 100))}`;
    out.push(`  ${padEnd(truncate(p.position, Math.min(LABEL_WIDTH, width - 20)), LABEL_WIDTH)}  ${padStart(fte, 8)}${cost}`);
  }
  return out;
}
