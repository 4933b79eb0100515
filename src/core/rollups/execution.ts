import { a1 } from "../a1";
import type { FundingContext, KindRun } from "../funding/context";
import { MonthTotals, unconvertedUnits } from "../funding/money-in";
import { analyseBudgetActuals, analyseLedger, entryCell, LedgerAnalysis } from "../funding/ledger-analysis";
import { minorToUnits } from "../parse/amount";
import type { ResolvedSettings } from "../settings";
import type { DetectedTable } from "../table";
import type { FundingRollup, UnconvertedRollup } from "./funding";

export interface ExecutionLineRollup {
  readonly label: string;
  readonly budget: number;
  readonly spent: number;
  readonly remaining: number;
  /** spent ÷ budget (1.2 = 120%); null when the line's budget is 0. */
  readonly share: number | null;
  /** The budget line's amount cell. */
  readonly cell: string;
}

/** `rollups.execution[]`: how much is spent, line by line, against the budget. Currency units of the budget. */
export interface ExecutionRollup {
  readonly sheet: string;
  readonly table: string;
  readonly currency: string;
  readonly budget: number | null;
  /** Every converted entry, matched to a line or not. */
  readonly spent: number;
  readonly remaining: number | null;
  readonly executedShare: number | null;
  readonly asOf: string;
  readonly lines: ExecutionLineRollup[];
  /** Entries whose budget line is not in the budget (counted in `spent`). */
  readonly unmatched: { readonly label: string; readonly amount: number; readonly cell: string }[];
  readonly byMonth: Record<string, number>;
  /** spent ÷ months elapsed in the budget year up to asOf (its month counted); null before the year starts. */
  readonly burnPerMonth: number | null;
  /** burnPerMonth × 12: spending continued at the same pace to 31 December. */
  readonly projectedYearEnd: number | null;
  /** (received − spent) ÷ burnPerMonth, when the budget's contributions are known. */
  readonly monthsOfCash: number | null;
  readonly budgetTable: string | null;
  /** The budget year the projection uses. */
  readonly year: number | null;
  readonly unconverted: UnconvertedRollup[];
}


/** a ÷ b rounded half away from zero, for integers (minor units). */
export function divRound(a: number, b: number): number {
  const q = Math.round(Math.abs(a) / b);
  return a < 0 && q !== 0 ? -q : q;
}

/** Months of the budget year elapsed at asOf: 0 before it, 12 after it, else asOf's month (its month counts). */
export function monthsElapsed(year: number, asOf: string): number {
  const y = Number(asOf.slice(0, 4)), m = Number(asOf.slice(5, 7));
  return y < year ? 0 : y > year ? 12 : m;
}

/** One execution rollup: a ledger's spending, or a budget's actuals column, against the budget's lines. */
export function executionRollup(table: DetectedTable, a: LedgerAnalysis, funding: FundingContext, settings: ResolvedSettings, fundingRows: readonly FundingRollup[]): ExecutionRollup {
  const u = minorToUnits;
  let spent = 0;
  const byMonth = new MonthTotals();
  const unmatched: ExecutionRollup["unmatched"] = [];
  for (const e of a.entries) {
    if (e.minor === undefined) continue;
    spent += e.minor;
    byMonth.add(e.date, e.minor);
    if (e.line < 0) unmatched.push({ label: e.label, amount: u(e.minor), cell: entryCell(e) });
  }
  const budget = a.budget ? a.budget.totalMinor : null;
  const year = a.year ?? Number(settings.asOf.slice(0, 4));
  const elapsed = monthsElapsed(year, settings.asOf);
  const burn = elapsed > 0 ? divRound(spent, elapsed) : null;
  const projected = elapsed > 0 ? divRound(spent * 12, elapsed) : null;
  const budgetTable = a.budget ? a.budget.table.id : null;
  const funds = fundingRows.filter((f) => f.budgetTable === budgetTable);
  const receivedMinor = funds.reduce((s, f) => s + Math.round(f.received * 100), 0);
  const monthsOfCash = funds.length > 0 && burn !== null && burn > 0 ? Math.round(((receivedMinor - spent) / burn) * 100) / 100 : null;
  return {
    sheet: table.sheet,
    table: table.id,
    currency: funding.currency,
    budget: budget === null ? null : u(budget),
    spent: u(spent),
    remaining: budget === null ? null : u(budget - spent),
    executedShare: budget === null || budget === 0 ? null : spent / budget,
    asOf: settings.asOf,
    lines: (a.budget?.lines ?? []).map((l, i) => ({
      label: l.label, budget: u(l.minor), spent: u(a.spentByLine[i]), remaining: u(l.minor - a.spentByLine[i]),
      share: l.minor === 0 ? null : a.spentByLine[i] / l.minor, cell: l.cell,
    })),
    unmatched,
    byMonth: byMonth.toUnits(),
    burnPerMonth: burn === null ? null : u(burn),
    projectedYearEnd: projected === null ? null : u(projected),
    monthsOfCash,
    budgetTable,
    year,
    unconverted: unconvertedUnits(a.unconverted),
  };
}

export function executionRollups(runs: readonly KindRun[], funding: FundingContext, settings: ResolvedSettings, fundingRows: readonly FundingRollup[]): ExecutionRollup[] {
  const out: ExecutionRollup[] = [];
  // Budgets with an actuals column first (they are the budget's own account of spending), then ledgers.
  for (const b of funding.budgets) {
    const a = analyseBudgetActuals(b);
    if (a) out.push(executionRollup(b.table, a, funding, settings, fundingRows));
  }
  for (const r of runs) if (r.kind === "expenditure") out.push(executionRollup(r.table, analyseLedger(r.table, r.records, funding), funding, settings, fundingRows));
  return out;
}

/** Lines for display: overspent ones first (most overspent first), then the others in budget order. */
export function overspentFirst<L extends { readonly share: number | null }>(lines: readonly L[]): L[] {
  const over = lines.filter((l) => l.share !== null && l.share > 1).sort((a, b) => (b.share ?? 0) - (a.share ?? 0));
  return [...over, ...lines.filter((l) => !over.includes(l))];
}
