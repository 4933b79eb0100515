import { a1 } from "../a1";
import type { BudgetRecord } from "../kinds/budget";
import { findStatedPercentages } from "../parse/percent";
import { minorToUnits } from "../parse/amount";
import { linesAboveTotal, sumMinor } from "../rules/budget/budget-lines";
import { budgetCurrency } from "../rules/budget/currency";
import type { ResolvedSettings } from "../settings";
import type { DetectedTable } from "../table";
import { normaliseLabel } from "../text";

export interface BudgetLineRollup {
  readonly label: string;
  /** Currency units (514753 for CHF 514'753). */
  readonly amount: number;
  /** Share of the computed total, 0–1. */
  readonly share: number;
  readonly cell: string;
  readonly staff: boolean;
}

export interface BudgetRollup {
  readonly sheet: string;
  readonly table: string;
  readonly currency: string;
  /** Sum of the lines (currency units), computed exactly in minor units. */
  readonly total: number;
  /** The Total row's amount, or null when the table has none (or it cannot be read). */
  readonly statedTotal: number | null;
  readonly lines: BudgetLineRollup[];
  readonly inKind: { readonly label: string; readonly note: string; readonly cell: string }[];
  /** Salaries and social charges vs everything else. */
  readonly staffCosts: number;
  readonly otherCosts: number;
  /** Full-time equivalents: from a staffing table when there is one, else the shares written in the salaries note. */
  readonly fte: number | null;
}

const STAFF = /\b(salar\w*|social charges?|staff\w*|personnel|wages?|benefits|charges sociales|salaires?|remuneration|sueldos?|salarios?|cargas sociales|personal)\b/;
export const isStaffLine = (label: string): boolean => STAFF.test(normaliseLabel(label));

/** FTE from notes such as "The Director (100%) Specialist (100%) Assistant (50%)" on a salaries line. */
function fteFromNotes(lines: readonly BudgetRecord[]): number | null {
  const salaries = lines.find((l) => /salar|salaire|sueldo|salario/.test(normaliseLabel(l.label)));
  if (!salaries) return null;
  const shares = findStatedPercentages(salaries.notes).filter((p) => !p.of);
  return shares.length > 0 ? Math.round(shares.reduce((s, p) => s + p.rate, 0) * 1000) / 1000 : null;
}

export function budgetRollup(table: DetectedTable, records: readonly BudgetRecord[], settings: ResolvedSettings, staffingFte: number | null): BudgetRollup {
  const { lines, total } = linesAboveTotal(records);
  const sum = sumMinor(lines);
  const amountCol = table.columns.amount;
  let staffMinor = 0;
  const lineRollups = lines.map((l) => {
    const minor = l.amount.kind === "amount" ? l.amount.minor : 0;
    const staff = isStaffLine(l.label);
    if (staff) staffMinor += minor;
    return { label: l.label, amount: minorToUnits(minor), share: sum === 0 ? 0 : minor / sum, cell: a1(l.row, amountCol ?? table.columns.label), staff };
  });
  return {
    sheet: table.sheet,
    table: table.id,
    currency: budgetCurrency(table, records, settings.currency),
    total: minorToUnits(sum),
    statedTotal: total && total.amount.kind === "amount" ? minorToUnits(total.amount.minor) : null,
    lines: lineRollups,
    inKind: records.filter((r) => r.role === "in-kind").map((r) => ({
      label: r.label,
      note: [r.amount.kind === "text" ? r.amount.text : "", r.notes].filter(Boolean).join(" — "),
      cell: a1(r.row, table.columns.label),
    })),
    staffCosts: minorToUnits(staffMinor),
    otherCosts: minorToUnits(sum - staffMinor),
    fte: staffingFte ?? fteFromNotes(lines),
  };
}
