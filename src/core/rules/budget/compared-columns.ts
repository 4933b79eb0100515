import { differenceOf, ratioOf } from "../../formula/refs";
import type { AmountColumn } from "../../kinds/budget-columns";
import type { SheetView } from "../../sheet-view";
import type { DetectedTable } from "../../table";
import { amountColumnsOf } from "./structure";

/** The two amount columns a difference or percentage column compares, as indexes in amountColumnsOf(table). */
export interface Compared {
  readonly a: number;
  readonly b: number;
  readonly from: "formula" | "neighbours";
}

const figure = (c: AmountColumn) => c.role === "budget" || c.role === "actuals";

/** A formula's two cells on row `row`, as amount column indexes (both must be amount columns). */
function fromFormula(table: DetectedTable, sheet: SheetView, column: number, row: number, pick: typeof differenceOf): Compared | undefined {
  const f = sheet.formula(row, column);
  const pair = f ? pick(f) : undefined;
  if (!pair || pair.some((x) => x.sheet !== undefined || x.top !== row)) return undefined;
  const cols = amountColumnsOf(table);
  const a = cols.findIndex((c) => c.column === pair[0].left), b = cols.findIndex((c) => c.column === pair[1].left);
  return a >= 0 && b >= 0 ? { a, b, from: "formula" } : undefined;
}

/**
 * What difference column k compares on `row`: as its formula says (=C5-B5), else the two figure columns
 * to its left (nearest first: "Budget 2025 | Budget 2026 | Variance" is 2026 against 2025).
 */
export function differenceOperands(table: DetectedTable, sheet: SheetView, k: number, row: number): Compared | undefined {
  const cols = amountColumnsOf(table);
  const viaFormula = fromFormula(table, sheet, cols[k].column, row, differenceOf);
  if (viaFormula) return viaFormula;
  const left = cols.slice(0, k).map((c, i) => ({ c, i })).filter((x) => figure(x.c));
  return left.length >= 2 ? { a: left[left.length - 1].i, b: left[left.length - 2].i, from: "neighbours" } : undefined;
}

/**
 * What percentage column k divides on `row`: as its formula says (=C5/B5), else actuals over the budget
 * column to their left ("Budget | Actual | % executed"), else the nearest figure column over the one before it.
 */
export function ratioOperands(table: DetectedTable, sheet: SheetView, k: number, row: number): Compared | undefined {
  const cols = amountColumnsOf(table);
  const viaFormula = fromFormula(table, sheet, cols[k].column, row, ratioOf);
  if (viaFormula) return viaFormula;
  const left = cols.slice(0, k).map((c, i) => ({ c, i })).filter((x) => figure(x.c));
  const actual = [...left].reverse().find((x) => x.c.role === "actuals");
  const budget = actual ? [...left].reverse().find((x) => x.c.role === "budget" && x.i < actual.i) ?? [...left].reverse().find((x) => x.c.role === "budget") : undefined;
  if (actual && budget) return { a: actual.i, b: budget.i, from: "neighbours" };
  return left.length >= 2 ? { a: left[left.length - 1].i, b: left[left.length - 2].i, from: "neighbours" } : undefined;
}
