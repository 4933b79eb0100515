import { isBlank } from "../../cells/classify";
import type { SheetView } from "../../sheet-view";
import type { DetectedTable } from "../../table";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

function blankRow(sheet: SheetView, table: DetectedTable, r: number): boolean {
  const cells = sheet.rowCells(r);
  for (let c = table.firstColumn; c <= table.lastColumn; c++) if (!isBlank(cells[c - sheet.firstColumn] ?? null)) return false;
  return true;
}

export const blankRowRule = defineRule({
  code: "table.blank-row",
  severity: "warning",
  title: "Blank row inside a table",
  description: "A blank row splits a table: filters, sorts and Excel's own table ranges stop at it and miss the rows below.",
  kinds: ALL_KINDS,
  check({ table, sheet }) {
    // Empty rows at the end of a table (a template's rows still to fill) split nothing.
    let last = table.lastRow;
    while (last > table.headerRow && blankRow(sheet, table, last)) last--;
    const hits: Hit[] = [];
    for (let r = table.headerRow + 1; r < last; r++) if (blankRow(sheet, table, r)) hits.push({ row: r, column: table.firstColumn, params: {} });
    return hits;
  },
});
