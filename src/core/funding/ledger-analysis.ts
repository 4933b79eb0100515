import type { ExpenditureRecord } from "../kinds/expenditure";
import type { DetectedTable } from "../table";
import type { BudgetBasis, FundingContext } from "./context";
import { lineKey } from "./line-match";
import { currencyOfAmount, mostCommon, Unconverted } from "./money-in";

/** A ledger converted to the budget's currency and matched to its lines. */
export interface LedgerAnalysis {
  /** The budget year: the matched budget's, else the ledger's own (title, sheet, dates). */
  readonly year?: number;
  readonly budget?: BudgetBasis;
  /** Per record: the amount in base minor units (undefined when not an amount or not convertible) and its budget line (-1: none). */
  readonly entries: readonly { readonly rec: ExpenditureRecord; readonly minor?: number; readonly line: number }[];
  /** Spent per budget line, in base minor units (same order as budget.lines). */
  readonly spentByLine: readonly number[];
  readonly unconverted: readonly Unconverted[];
}

const CACHE = new WeakMap<readonly ExpenditureRecord[], LedgerAnalysis>();

export function analyseLedger(table: DetectedTable, records: readonly ExpenditureRecord[], funding: FundingContext): LedgerAnalysis {
  const hit = CACHE.get(records);
  if (hit) return hit;
  const own = funding.yearOfTable(table) ?? mostCommon(records.map((r) => (r.date.kind === "date" ? Number(r.date.iso.slice(0, 4)) : undefined)));
  const budget = funding.budgetFor(own);
  const index = new Map<string, number>();
  budget?.lines.forEach((l, i) => { if (!index.has(l.key)) index.set(l.key, i); });
  const spentByLine = budget ? budget.lines.map(() => 0) : [];
  const unconverted: Unconverted[] = [];
  const entries = records.map((rec) => {
    const line = rec.line === "" ? -1 : index.get(lineKey(rec.line)) ?? -1;
    if (rec.amount.kind !== "amount") return { rec, line };
    const currency = currencyOfAmount(rec.amount, rec.currency, table, "amount");
    const c = funding.rates.convert(rec.amount.minor, currency);
    if (!c.ok) {
      unconverted.push({ row: rec.row, column: table.columns.amount, field: "amount", currency, minor: rec.amount.minor });
      return { rec, line };
    }
    if (line >= 0) spentByLine[line] += c.minor;
    return { rec, minor: c.minor, line };
  });
  const out = { year: budget?.year ?? own, budget, entries, spentByLine, unconverted };
  CACHE.set(records, out);
  return out;
}
