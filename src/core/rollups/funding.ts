import { a1 } from "../a1";
import { analyseContributions } from "../funding/contributions-analysis";
import type { FundingContext, KindRun } from "../funding/context";
import { MonthTotals, unconvertedUnits } from "../funding/money-in";
import type { RecordsByKind } from "../kinds";
import { minorToUnits } from "../parse/amount";
import type { DetectedTable } from "../table";
import { normaliseLabel } from "../text";

export interface UnconvertedRollup {
  readonly currency: string;
  /** In the amount's own currency (units). */
  readonly amount: number;
  readonly cell: string;
}

/** `rollups.funding[]`: is the budget funded? One per contributions table; amounts in the budget's currency units. */
export interface FundingRollup {
  readonly sheet: string;
  readonly table: string;
  readonly currency: string;
  /** The budget it funds (its computed total); null when the workbook has no budget table. */
  readonly budget: number | null;
  readonly pledged: number;
  readonly received: number;
  /** pledged − received. */
  readonly outstanding: number;
  /** budget − received. */
  readonly gap: number | null;
  /** budget − pledged. */
  readonly pledgedGap: number | null;
  /** received ÷ budget. */
  readonly fundedShare: number | null;
  /** Distinct contributors. */
  readonly contributors: number;
  readonly byContributor: { readonly name: string; readonly pledged: number; readonly received: number; readonly cell: string }[];
  /** Received per month of the date received ("2026-03"); undated receipts are in `received` only. */
  readonly byMonth: Record<string, number>;
  /** The budget table used ("ISU Budget 2026!A3:C10"), or null. */
  readonly budgetTable: string | null;
  /** Amounts left out of every figure above because their currency has no rate. */
  readonly unconverted: UnconvertedRollup[];
}


const shareOf = (part: number, whole: number | null): number | null => (whole === null || whole === 0 ? null : part / whole);

export function fundingRollup(table: DetectedTable, records: readonly RecordsByKind["contributions"][], funding: FundingContext): FundingRollup {
  const a = analyseContributions(table, records, funding);
  let pledged = 0, received = 0;
  const byName = new Map<string, { name: string; pledged: number; received: number; cell: string }>();
  const byMonth = new MonthTotals();
  for (const { rec, pledged: p, received: r } of a.rows) {
    pledged += p ?? 0;
    received += r ?? 0;
    const key = normaliseLabel(rec.contributor);
    let c = byName.get(key);
    if (!c) byName.set(key, (c = { name: rec.contributor, pledged: 0, received: 0, cell: a1(rec.row, table.columns.contributor) }));
    c.pledged += p ?? 0;
    c.received += r ?? 0;
    if (r !== undefined) byMonth.add(rec.date, r);
  }
  const budget = a.budget ? a.budget.totalMinor : null;
  const u = minorToUnits;
  return {
    sheet: table.sheet,
    table: table.id,
    currency: funding.currency,
    budget: budget === null ? null : u(budget),
    pledged: u(pledged),
    received: u(received),
    outstanding: u(pledged - received),
    gap: budget === null ? null : u(budget - received),
    pledgedGap: budget === null ? null : u(budget - pledged),
    fundedShare: shareOf(received, budget),
    contributors: [...byName.keys()].filter((k) => k !== "").length,
    byContributor: [...byName.values()].map((c) => ({ name: c.name, pledged: u(c.pledged), received: u(c.received), cell: c.cell })),
    byMonth: byMonth.toUnits(),
    budgetTable: a.budget ? a.budget.table.id : null,
    unconverted: unconvertedUnits(a.unconverted),
  };
}

export function fundingRollups(runs: readonly KindRun[], funding: FundingContext): FundingRollup[] {
  const out: FundingRollup[] = [];
  for (const r of runs) if (r.kind === "contributions") out.push(fundingRollup(r.table, r.records, funding));
  return out;
}
