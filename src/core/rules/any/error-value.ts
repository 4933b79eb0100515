import { isErrorValue } from "../../cells/classify";
import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS, fieldAt } from "./table-area";

export const errorValue = defineRule({
  code: "cell.error-value",
  severity: "error",
  title: "Formula error in a table",
  description: "A #REF!, #DIV/0!, #N/A or #VALUE! hides the real value, and every total built on it is wrong or missing.",
  kinds: ALL_KINDS,
  check({ table, sheet }) {
    const hits: Hit[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const cells = sheet.rowCells(r);
      for (let c = table.firstColumn; c <= table.lastColumn; c++) {
        const v = cells[c - sheet.firstColumn];
        // Error values start with "#": test one character before the set lookup.
        if (typeof v === "string" && v.charCodeAt(0) === 35 && isErrorValue(v)) hits.push({ row: r, column: c, field: fieldAt(table, c), params: { value: quote(v) } });
      }
    }
    return hits;
  },
});
