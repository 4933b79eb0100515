import { a1 } from "../a1";
import type { BudgetRecord } from "../kinds/budget";
import { findStatedPercentages } from "../parse/percent";
import { minorToUnits } from "../parse/amount";
import { sumMinor } from "../rules/budget/budget-lines";
import { shareCell } from "../rules/budget/percentage-column-mismatch";
import { amountColumnsOf, budgetStructure, mainIndex, sumColumn } from "../rules/budget/structure";
import type { AmountRole } from "../kinds/budget-columns";
import type { SheetView } from "../sheet-view";
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

/** One amount column: its header and role, the sum of its lines and the Total row's figure. */
export interface BudgetColumnRollup {
  readonly header: string;
  readonly role: AmountRole;
  readonly year: number | null;
  /** Sum of the lines in this column (currency units); null for a percentage column. */
  readonly total: number | null;
  /** The Total row's figure in this column (a percentage column: as a fraction, 0.85), or null. */
  readonly statedTotal: number | null;
  /** The column's header cell. */
  readonly cell: string;
}

/** A section of the budget (a heading and/or a subtotal): the sum of its lines and its share of the total. */
export interface BudgetSectionRollup {
  readonly label: string;
  /** Sum of the section's cost lines in the main column (currency units). */
  readonly total: number;
  /** Share of the computed total, 0–1. */
  readonly share: number;
  /** The subtotal's cell in the main column, else the heading's cell. */
  readonly cell: string;
  /** The subtotal row's figure, or null when the section has no subtotal (or it cannot be read). */
  readonly statedTotal: number | null;
  /** 0 for a top-level section, 1 for a section inside another, … */
  readonly depth: number;
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
  /** Header of the column the main figures (total, lines, sections) come from: the plan year's, else the last budget column. */
  readonly column: string;
  /** Every amount column, left to right. */
  readonly columns: BudgetColumnRollup[];
  readonly sections: BudgetSectionRollup[];
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

export function budgetRollup(table: DetectedTable, sheet: SheetView, records: readonly BudgetRecord[], settings: ResolvedSettings, staffingFte: number | null): BudgetRollup {
  const structure = budgetStructure(table, sheet, records);
  const lines = structure.lines, total = structure.total;
  const sum = sumMinor(lines);
  const amountCol = table.columns.amount;
  let staffMinor = 0;
  const lineRollups = lines.map((l) => {
    const minor = l.amount.kind === "amount" ? l.amount.minor : 0;
    const staff = isStaffLine(l.label);
    if (staff) staffMinor += minor;
    return { label: l.label, amount: minorToUnits(minor), share: sum === 0 ? 0 : minor / sum, cell: a1(l.row, amountCol ?? table.columns.label), staff };
  });
  const k = mainIndex(table);
  const cols = amountColumnsOf(table);
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
    column: k >= 0 ? cols[k].header : "",
    columns: cols.map((c, i) => {
      const stated = total?.amounts[i];
      const percent = c.role === "percentage";
      return {
        header: c.header, role: c.role, year: c.year ?? null,
        total: percent ? null : minorToUnits(sumColumn(lines, i).minor),
        statedTotal: percent ? (total ? shareCell(sheet.cell(total.row, c.column)) ?? null : null) : stated?.kind === "amount" ? minorToUnits(stated.minor) : null,
        cell: a1(table.headerRow, c.column),
      };
    }),
    sections: structure.sections.map((x) => {
      const minor = sumColumn(x.lines, Math.max(0, k)).minor;
      const stated = x.subtotal?.amount;
      return {
        label: x.label, total: minorToUnits(minor), share: sum === 0 ? 0 : minor / sum,
        cell: x.subtotal ? a1(x.subtotal.row, amountCol ?? table.columns.label) : a1(x.heading!.row, table.columns.label),
        statedTotal: stated?.kind === "amount" ? minorToUnits(stated.minor) : null,
        depth: x.depth,
      };
    }),
  };
}
