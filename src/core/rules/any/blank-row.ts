import { isBlank } from "../../cells/classify";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

export const blankRow = defineRule({
  code: "table.blank-row",
  severity: "warning",
  title: "Blank row inside a table",
  description: "A blank row splits a table: filters, sorts and Excel's own table ranges stop at it and miss the rows below.",
  kinds: ALL_KINDS,
  check({ table, sheet }) {
    const hits: Hit[] = [];
    for (let r = table.headerRow + 1; r < table.lastRow; r++) {
      const cells = sheet.rowCells(r);
      let blank = true;
      for (let c = table.firstColumn; c <= table.lastColumn && blank; c++) blank = isBlank(cells[c - sheet.firstColumn] ?? null);
      if (blank) hits.push({ row: r, column: table.firstColumn, params: {} });
    }
    return hits;
  },
});
