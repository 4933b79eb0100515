import { a1Range } from "../../a1";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS } from "./table-area";

export const mergedCells = defineRule({
  code: "cell.merged",
  severity: "warning",
  title: "Merged cells in a table",
  description: "Only the top-left cell of a merged area holds a value; the other rows read as blank, so they lose their lead or timeline.",
  kinds: ALL_KINDS,
  check({ table, sheet }) {
    const hits: Hit[] = [];
    for (const m of sheet.snapshot.merged ?? []) {
      const overlaps = m.bottom > table.headerRow && m.top <= table.lastRow && m.right >= table.firstColumn && m.left <= table.lastColumn;
      if (overlaps && (m.bottom > m.top || m.right > m.left)) hits.push({ row: m.top, column: m.left, params: { range: a1Range(m.top, m.left, m.bottom, m.right) } });
    }
    return hits;
  },
});
