import type { ContributionRecord } from "../kinds/contributions";
import type { DetectedTable } from "../table";
import type { BudgetBasis, FundingContext } from "./context";
import { currencyOfAmount, mostCommon, Unconverted } from "./money-in";

/** A contributions table converted to the budget's currency (minor units), with what could not be. */
export interface ContributionsAnalysis {
  readonly year?: number;
  readonly budget?: BudgetBasis;
  readonly rows: readonly { readonly rec: ContributionRecord; readonly pledged?: number; readonly received?: number }[];
  readonly unconverted: readonly Unconverted[];
}

const CACHE = new WeakMap<readonly ContributionRecord[], ContributionsAnalysis>();

/** The year of a contribution: its Year column, else the year of its date received. */
export const contributionYear = (r: ContributionRecord): number | undefined => r.year ?? (r.date.kind === "date" ? Number(r.date.iso.slice(0, 4)) : undefined);

export function analyseContributions(table: DetectedTable, records: readonly ContributionRecord[], funding: FundingContext): ContributionsAnalysis {
  const hit = CACHE.get(records);
  if (hit) return hit;
  const year = funding.yearOfTable(table) ?? mostCommon(records.map(contributionYear));
  const unconverted: Unconverted[] = [];
  const convert = (r: ContributionRecord, field: "pledged" | "received"): number | undefined => {
    const m = r[field];
    if (m.kind !== "amount") return undefined;
    const currency = currencyOfAmount(m, r.currency, table, field);
    const c = funding.rates.convert(m.minor, currency);
    if (c.ok) return c.minor;
    unconverted.push({ row: r.row, column: table.columns[field], field, currency, minor: m.minor });
    return undefined;
  };
  const rows = records.map((rec) => ({ rec, pledged: convert(rec, "pledged"), received: convert(rec, "received") }));
  const out = { year, budget: funding.budgetFor(year), rows, unconverted };
  CACHE.set(records, out);
  return out;
}
