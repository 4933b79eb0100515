import { a1 } from "../a1";
import type { ExpenditureRecord } from "../kinds/expenditure";
import type { DateRead } from "../read/cell-readers";
import type { DetectedTable } from "../table";
import type { BudgetBasis, FundingContext } from "./context";
import { lineKey } from "./line-match";
import { currencyOfAmount, mostCommon, Unconverted } from "./money-in";

/** One spending: a ledger row, or a budget line's actuals cell. */
export interface SpendingEntry {
  readonly row: number;
  /** The amount's column (the ledger's Amount, or the budget's actuals column). */
  readonly column: number;
  /** The budget line as written ("Travels"). */
  readonly label: string;
  readonly date: DateRead;
  /** In base minor units; undefined when not an amount or not convertible. */
  readonly minor?: number;
  /** Index in budget.lines; -1 when on no budget line. */
  readonly line: number;
}

/** Spending (a ledger, or a budget's actuals column) converted to the budget's currency and matched to its lines. */
export interface LedgerAnalysis {
  /** The budget year: the matched budget's, else the ledger's own (title, sheet, dates). */
  readonly year?: number;
  readonly budget?: BudgetBasis;
  readonly entries: readonly SpendingEntry[];
  /** Spent per budget line, in base minor units (same order as budget.lines). */
  readonly spentByLine: readonly number[];
  readonly unconverted: readonly Unconverted[];
}

const CACHE = new WeakMap<object, LedgerAnalysis>();
const BLANK = { kind: "blank" } as const;

export function analyseLedger(table: DetectedTable, records: readonly ExpenditureRecord[], funding: FundingContext): LedgerAnalysis {
  const hit = CACHE.get(records);
  if (hit) return hit;
  const own = funding.yearOfTable(table) ?? mostCommon(records.map((r) => (r.date.kind === "date" ? Number(r.date.iso.slice(0, 4)) : undefined)));
  const budget = funding.budgetFor(own);
  const index = new Map<string, number>();
  budget?.lines.forEach((l, i) => { if (!index.has(l.key)) index.set(l.key, i); });
  const spentByLine = budget ? budget.lines.map(() => 0) : [];
  const unconverted: Unconverted[] = [];
  const column = table.columns.amount;
  const entries = records.map((rec): SpendingEntry => {
    const base = { row: rec.row, column, label: rec.line, date: rec.date, line: rec.line === "" ? -1 : index.get(lineKey(rec.line)) ?? -1 };
    if (rec.amount.kind !== "amount") return base;
    const currency = currencyOfAmount(rec.amount, rec.currency, table, "amount");
    const c = funding.rates.convert(rec.amount.minor, currency);
    if (!c.ok) {
      unconverted.push({ row: rec.row, column, field: "amount", currency, minor: rec.amount.minor });
      return base;
    }
    if (base.line >= 0) spentByLine[base.line] += c.minor;
    return { ...base, minor: c.minor };
  });
  const out = { year: budget?.year ?? own, budget, entries, spentByLine, unconverted };
  CACHE.set(records, out);
  return out;
}

/** A budget's own actuals column as spending against its lines (undefined when it has none). */
export function analyseBudgetActuals(budget: BudgetBasis): LedgerAnalysis | undefined {
  const actuals = budget.actuals;
  if (!actuals) return undefined;
  const hit = CACHE.get(budget.records);
  if (hit) return hit;
  const spentByLine = budget.lines.map(() => 0);
  const entries = budget.records.map((rec, i): SpendingEntry => {
    const m = rec.amounts[actuals.index];
    const minor = m?.kind === "amount" ? m.minor : undefined;
    if (minor !== undefined) spentByLine[i] = minor;
    return { row: rec.row, column: actuals.column, label: rec.label, date: BLANK, line: i, ...(minor !== undefined ? { minor } : {}) };
  });
  const out = { year: budget.year, budget, entries, spentByLine, unconverted: [] };
  CACHE.set(budget.records, out);
  return out;
}

/** The A1 cell of an entry's amount. */
export const entryCell = (e: SpendingEntry): string => a1(e.row, e.column);

/** The spending a rule or rollup looks at for a table: a ledger's rows, or a budget's actuals column. */
export function spendingOf(table: DetectedTable, records: readonly object[], funding: FundingContext): LedgerAnalysis | undefined {
  if (table.kind === "expenditure") return analyseLedger(table, records as readonly ExpenditureRecord[], funding);
  const budget = table.kind === "budget" ? funding.budgets.find((b) => b.table.id === table.id) : undefined;
  return budget ? analyseBudgetActuals(budget) : undefined;
}
