import type { BudgetRecord } from "../../kinds/budget";
import { RefArea, sumAreas } from "../../formula/refs";
import type { SheetView } from "../../sheet-view";
import type { DetectedTable } from "../../table";
import { amountColumnsOf } from "./structure";

/** Calls `visit` for every plain sum formula (=SUM(…), =B4+B5) in a budget's amount cells, when the host read formulas. */
export function forEachSum(table: DetectedTable, sheet: SheetView, records: readonly BudgetRecord[], visit: (rec: BudgetRecord, column: number, formula: string, areas: RefArea[]) => void): void {
  if (!sheet.snapshot.formulas) return;
  for (const c of amountColumnsOf(table)) {
    for (const r of records) {
      const f = sheet.formula(r.row, c.column);
      const areas = f ? sumAreas(f) : undefined;
      if (areas) visit(r, c.column, f!, areas);
    }
  }
}
