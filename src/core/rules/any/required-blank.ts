import { isBlank } from "../../cells/classify";
import { KINDS } from "../../kinds";
import { defineRule, Hit, UNLISTED } from "../rule";
import { ALL_KINDS, fieldTitle } from "./table-area";

export const requiredBlank = defineRule({
  code: "cell.required-blank",
  severity: "error",
  title: "Required cell is blank",
  description: "Every activity needs a name and a lead, every staffing line a position: a blank leaves the row unowned.",
  kinds: ALL_KINDS,
  check({ table, sheet, records, listLimit }) {
    const hits: Hit[] = [];
    const required = KINDS[table.kind].fields.filter((f) => f.required && table.columns[f.name] !== undefined)
      .map((f) => ({ name: f.name, column: table.columns[f.name], index: table.columns[f.name] - sheet.firstColumn }));
    for (const rec of records) {
      if (table.kind === "budget" && (rec as { role: string }).role !== "line") continue;
      if (table.kind === "staffing" && (rec as { isTotal: boolean }).isTotal) continue;
      const cells = sheet.rowCells(rec.row);
      for (const f of required)
        if (isBlank(cells[f.index] ?? null))
          hits.push(hits.length >= listLimit ? UNLISTED : { row: rec.row, column: f.column, field: f.name, params: { field: fieldTitle(table, f.name) } });
    }
    return hits;
  },
});
