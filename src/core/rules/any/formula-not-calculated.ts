import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";
import { ALL_KINDS, fieldAt } from "./table-area";

/**
 * A formula whose cell has no calculated value: files written by scripts (openpyxl, ExcelJS, database
 * exports) store `=SUM(B2:B6)` without its result. Hosts pass the formula and a blank value
 * (SheetSnapshot.formulas); the value is unknown, so it is an error here, never a blank or a zero.
 */
export const formulaNotCalculated = defineRule({
  code: "cell.formula-not-calculated",
  severity: "error",
  title: "Formula with no calculated value",
  description: "A formula saved without its result (a file written by a script) has no value to check or add up; open and save the file in Excel or LibreOffice so its values are calculated.",
  kinds: ALL_KINDS,
  check({ table, sheet, listLimit }) {
    const hits: Hit[] = [];
    const formulas = sheet.snapshot.formulas;
    if (!formulas) return hits;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const row = formulas[r - sheet.firstRow];
      if (!row) continue;
      for (let c = Math.max(table.firstColumn, sheet.firstColumn); c <= table.lastColumn; c++) {
        const f = row[c - sheet.firstColumn];
        if (f && sheet.cell(r, c) === null)
          hits.push(hits.length >= listLimit ? UNLISTED : { row: r, column: c, field: fieldAt(table, c), params: { formula: quote(f, 60) } });
      }
    }
    return hits;
  },
});
