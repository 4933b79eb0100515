import type { Report } from "../../core";
import type { Styles } from "./ansi";
import { padEnd, padStart, truncate } from "./text-layout";
import { maxOf } from "../../core/max-of";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale } from "./i18n";

type Budget = Report["rollups"]["budget"][number];
type Staffing = Report["rollups"]["staffing"][number];

const LABEL_WIDTH = 46;

/** One budget: its lines with amounts and shares, computed vs stated total, staff vs other, in-kind lines, FTE. */
export function formatBudget(b: Budget, s: Styles, width: number, L: CliLocale = ENGLISH_CLI): string[] {
  const t = L.t.budget;
  const money = (units: number) => L.units(units, b.currency);
  const shareOf = (part: number) => (b.total === 0 ? "" : L.format.share(part / b.total));
  const rangeOf = b.table.slice(b.sheet.length + 1);
  const out = [s.bold(`${t.title} · ${b.sheet} ${rangeOf}`) + s.dim(` (${b.currency})`)];
  // Amounts line up on the currency and on the last digit: "CHF 378'961" over "CHF  75'792".
  const bodies = [...b.lines.map((l) => l.amount), b.total, b.statedTotal ?? 0].map((u) => L.units(u));
  const bodyWidth = maxOf(bodies.map((a) => Array.from(a).length), 0);
  const amount = (units: number) => `${b.currency} ${padStart(L.units(units), bodyWidth)}`;
  const amountWidth = b.currency.length + 1 + bodyWidth;
  const shareWidth = Math.max(6, Array.from(L.format.share(1)).length);
  const row = (label: string, amountText: string, share: string, note = "") =>
    `  ${padEnd(truncate(label, LABEL_WIDTH), LABEL_WIDTH)}  ${padStart(amountText, amountWidth)}  ${padStart(share, shareWidth)}${note ? "  " + note : ""}`;
  for (const l of b.lines) out.push(row(l.label, amount(l.amount), L.format.share(l.share), l.staff ? s.dim(t.staff) : ""));
  out.push("  " + s.dim("─".repeat(Math.min(width - 4, LABEL_WIDTH + amountWidth + 10))));
  out.push(row(t.computedTotal, amount(b.total), b.total === 0 ? "" : L.format.share(1)));
  if (b.statedTotal === null) out.push(row(t.statedTotal, t.none, "", s.yellow(t.noTotalRow)));
  else {
    const diff = b.statedTotal - b.total;
    const verdict = diff === 0 ? s.green(t.matches) : s.red(t.differs(money(Math.abs(diff)), diff > 0));
    out.push(row(t.statedTotal, amount(b.statedTotal), "", verdict));
  }
  const fte = b.fte === null ? "" : ` · ${t.fte(L.decimal(b.fte))}`;
  out.push(`  ${t.staffOther(money(b.staffCosts), shareOf(b.staffCosts) || "–", money(b.otherCosts), shareOf(b.otherCosts) || "–")}${fte}`);
  if (b.inKind.length > 0) {
    out.push("  " + t.inKind);
    for (const k of b.inKind) out.push("    " + truncate(t.inKindLine(k.label, k.cell, k.note), width - 4));
  }
  return out;
}

/** A staffing table: positions with FTE (and cost when given), and the FTE total. */
export function formatStaffing(st: Staffing, s: Styles, width: number, L: CliLocale = ENGLISH_CLI): string[] {
  const t = L.t.budget;
  const rangeOf = st.table.slice(st.sheet.length + 1);
  const out = [s.bold(`${t.staffingTitle} · ${st.sheet} ${rangeOf}`) + s.dim(` (${t.positions(st.positions.length, L.decimal(st.fteTotal))})`)];
  for (const p of st.positions) {
    const fte = p.fte === null ? t.unknownFte : t.fte(L.decimal(p.fte));
    const cost = p.cost === null ? "" : `  ${L.units(p.cost)}`;
    out.push(`  ${padEnd(truncate(p.position, Math.min(LABEL_WIDTH, width - 20)), LABEL_WIDTH)}  ${padStart(fte, 8)}${cost}`);
  }
  return out;
}
