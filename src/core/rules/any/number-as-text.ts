import { KINDS } from "../../kinds";
import { parseAmountMemo } from "../../read/cell-readers";
import { defineRule, Hit } from "../rule";
import { ALL_KINDS, fieldTitle } from "./table-area";

export const numberAsText = defineRule({
  code: "cell.number-as-text",
  severity: "warning",
  title: "Amount stored as text",
  description: "An amount typed as text (514'753 in a non-Swiss locale) reads fine here, but spreadsheet SUMs skip it, so totals silently drop the line.",
  kinds: ALL_KINDS,
  check({ table, sheet }) {
    if (sheet.snapshot.textOnly) return []; // CSV: every cell is text by nature
    const hits: Hit[] = [];
    for (const f of KINDS[table.kind].fields) {
      const col = table.columns[f.name];
      if (f.type !== "money" || col === undefined) continue;
      for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
        const v = sheet.cell(r, col);
        if (typeof v !== "string" || v.trim() === "") continue;
        const a = parseAmountMemo(v);
        if (a.ok) hits.push({ row: r, column: col, field: f.name, params: { text: v.trim(), field: fieldTitle(table, f.name), minor: a.value.minor, currency: a.value.currency ?? "" } });
      }
    }
    return hits;
  },
});
