import { isBlank } from "../../cells/classify";
import { KINDS } from "../../kinds";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS, fieldTitle } from "./table-area";

export const requiredBlank = defineRule({
  code: "cell.required-blank",
  severity: "error",
  title: "Required cell is blank",
  description: "Every activity needs a name and a lead, every staffing line a position: a blank leaves the row unowned.",
  kinds: ALL_KINDS,
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    const required = KINDS[table.kind].fields.filter((f) => f.required && table.columns[f.name] !== undefined);
    for (const rec of records) {
      if (table.kind === "budget" && (rec as { role: string }).role !== "line") continue;
      if (table.kind === "staffing" && (rec as { isTotal: boolean }).isTotal) continue;
      for (const f of required) {
        const col = table.columns[f.name];
        if (isBlank(sheet.cell(rec.row, col))) hits.push({ row: rec.row, column: col, field: f.name, params: { field: fieldTitle(table, f.name) } });
      }
    }
    return hits;
  },
});
