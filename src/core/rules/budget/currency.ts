import { headerCurrency } from "../../kinds/budget";
import type { BudgetRecord } from "../../kinds/budget";
import type { DetectedTable } from "../../table";

/** A budget's currency: the amount header ("Amount in CHF"), else the first amount that names one, else settings. */
export function budgetCurrency(table: DetectedTable, records: readonly BudgetRecord[], fallback: string): string {
  const fromHeader = headerCurrency(table.columns.amount !== undefined ? table.headers[table.columns.amount] : undefined);
  if (fromHeader) return fromHeader;
  for (const r of records) if (r.amount.kind === "amount" && r.amount.currency) return r.amount.currency;
  return fallback;
}
