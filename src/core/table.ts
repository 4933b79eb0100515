import type { AmountColumn } from "./kinds/budget-columns";
import type { KindName } from "./kinds/kind-name";

/** A table found on a sheet: where it is, what kind it is, and which column holds which field. */
export interface DetectedTable {
  /** Stable id for grouping issues: "Budget!A3:C11". */
  readonly id: string;
  readonly sheet: string;
  readonly kind: KindName;
  /** Text written above the header (a title such as "Work plan 2025-2026"), if any. */
  readonly title?: string;
  /** 1-based sheet row of the header row; data runs from headerRow + 1 to lastRow. */
  readonly headerRow: number;
  /** The first header row when the header spans two rows (a merged "Budget (CHF)" over "2025 | 2026"). */
  readonly headerTop?: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
  /** field name → 1-based sheet column. */
  readonly columns: Readonly<Record<string, number>>;
  /** Header text per column, for messages. */
  readonly headers: Readonly<Record<number, string>>;
  /** An Excel table the host declared, or a header row the core found. */
  readonly source: "host-table" | "detected";
  readonly hostTableName?: string;
  /** Budgets: every amount column with its role, left to right (the main one is `columns.amount`). */
  readonly amountColumns?: readonly AmountColumn[];
}
