import type { KindName, RecordsByKind } from "../kinds";
import { windowFromText } from "../plan-window";
import { budgetRollup, BudgetRollup } from "../rollups/budget";
import type { BudgetRecord } from "../kinds/budget";
import { amountColumnsOf, budgetStructure, mainIndex } from "../rules/budget/structure";
import type { SheetView } from "../sheet-view";
import type { ResolvedSettings } from "../settings";
import type { DetectedTable } from "../table";
import { lineKey } from "./line-match";
import { RateBook } from "./rate-book";

/** A budget as funding and execution see it: its lines in minor units, matched by key, and its year. */
export interface BudgetBasis {
  readonly table: DetectedTable;
  readonly rollup: BudgetRollup;
  readonly year?: number;
  readonly currency: string;
  readonly totalMinor: number;
  readonly lines: readonly { readonly label: string; readonly key: string; readonly minor: number; readonly cell: string; readonly notes: string }[];
  /** The records of `lines`, in the same order (their `amounts` hold every amount column). */
  readonly records: readonly BudgetRecord[];
  /** The budget's actuals column ("Actual 2026", "Dépenses"), when it has one: spending against each line. */
  readonly actuals?: { readonly index: number; readonly column: number; readonly header: string };
}

/** What the contributions and ledger rules and rollups share across tables: the budgets and the rates. */
export interface FundingContext {
  /** The currency everything is converted to: the (first) budget's, else settings. */
  readonly currency: string;
  readonly rates: RateBook;
  readonly budgets: readonly BudgetBasis[];
  /** The budget of `year`; else the first budget; undefined when the workbook has none. */
  budgetFor(year: number | undefined): BudgetBasis | undefined;
  /** A table's year: its title, else its sheet name, else the file name (one year, "2026"). */
  yearOfTable(table: DetectedTable): number | undefined;
}

/** One table of a run with its typed records (validate.ts builds them). */
export type KindRun = { [K in KindName]: { table: DetectedTable; sheet: SheetView; kind: K; records: RecordsByKind[K][] } }[KindName];

/** One year written in a text ("ISU Budget 2026"), not a range ("2025-2026"). */
export function singleYear(text: string | undefined): number | undefined {
  const w = windowFromText(text, "");
  if (!w) return undefined;
  const start = Math.floor(w.start / 12), end = Math.floor(w.end / 12);
  return start === end ? start : undefined;
}

export const toMinor = (units: number): number => Math.round(units * 100);

export function fundingContext(runs: readonly KindRun[], settings: ResolvedSettings, file: string | undefined): FundingContext {
  const yearOfTable = (t: DetectedTable) => singleYear(t.title) ?? singleYear(t.sheet) ?? singleYear(file);
  const budgets: BudgetBasis[] = [];
  const rateTables: { table: DetectedTable; records: RecordsByKind["rates"][] }[] = [];
  for (const r of runs) {
    if (r.kind === "rates") rateTables.push({ table: r.table, records: r.records });
    if (r.kind !== "budget") continue;
    const rollup = budgetRollup(r.table, r.sheet, r.records, settings, null);
    const records = budgetStructure(r.table, r.sheet, r.records).lines; // the rollup's lines, in the same order
    const columns = amountColumnsOf(r.table), main = mainIndex(r.table);
    const mainYear = main >= 0 ? columns[main].year : undefined;
    // The actuals column of the main column's year, else the first one.
    const a = columns.findIndex((c) => c.role === "actuals" && c.year !== undefined && c.year === mainYear);
    const ai = a >= 0 ? a : columns.findIndex((c) => c.role === "actuals");
    budgets.push({
      table: r.table,
      rollup,
      year: yearOfTable(r.table) ?? mainYear,
      currency: rollup.currency,
      totalMinor: toMinor(rollup.total),
      lines: rollup.lines.map((l, i) => ({ label: l.label, key: lineKey(l.label), minor: toMinor(l.amount), cell: l.cell, notes: records[i]?.notes ?? "" })),
      records,
      ...(ai >= 0 ? { actuals: { index: ai, column: columns[ai].column, header: columns[ai].header } } : {}),
    });
  }
  const currency = budgets[0]?.currency ?? settings.currency;
  return {
    currency,
    rates: new RateBook(currency, rateTables, settings.rates),
    budgets,
    budgetFor: (year) => (year !== undefined ? budgets.find((b) => b.year === year) : undefined) ?? budgets[0],
    yearOfTable,
  };
}
