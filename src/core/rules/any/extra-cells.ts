import { cellText, isBlank } from "../../cells/classify";
import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

export const extraCells = defineRule({
  code: "table.extra-cells",
  severity: "warning",
  title: "Values outside the table's columns",
  description: "A value in a column with no header is ignored by every check and rollup; it usually belongs in a named column.",
  kinds: ALL_KINDS,
  check({ table, sheet }) {
    const hits: Hit[] = [];
    const unnamed: number[] = [];
    for (let c = table.firstColumn; c <= sheet.lastColumn; c++) if (!table.headers[c]) unnamed.push(c);
    if (unnamed.length === 0) return hits;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const cells = sheet.rowCells(r);
      for (const c of unnamed) {
        const v = cells[c - sheet.firstColumn] ?? null;
        if (!isBlank(v)) hits.push({ row: r, column: c, params: { text: quote(cellText(v), 40) } });
      }
    }
    return hits;
  },
});
