import { cellText } from "../../cells/classify";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

export const duplicateRow = defineRule({
  code: "table.duplicate-row",
  severity: "warning",
  title: "Row repeated",
  description: "A row identical to an earlier one is usually pasted twice, and counts twice in every rollup.",
  kinds: ALL_KINDS,
  check({ table, sheet, records }) {
    const seen = new Map<string, number>();
    const hits: Hit[] = [];
    const width = table.lastColumn - table.firstColumn + 1;
    const parts: string[] = new Array(width);
    for (const rec of records) {
      const cells = sheet.rowCells(rec.row);
      for (let i = 0; i < width; i++) parts[i] = cellText(cells[table.firstColumn - sheet.firstColumn + i] ?? null).trim();
      const key = parts.join("\u0001");
      const first = seen.get(key);
      if (first === undefined) seen.set(key, rec.row);
      else hits.push({ row: rec.row, column: table.firstColumn, params: { firstRow: first } });
    }
    return hits;
  },
});
