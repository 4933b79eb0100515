import { KINDS } from "../../kinds";
import type { MoneyCell } from "../../read/cell-readers";
import { defineRule, Hit, UNLISTED } from "../rule";
import { ALL_KINDS, fieldTitle } from "./table-area";

/** Money fields are read into records under their field name (amount, budget, cost). */
export const moneyOf = (rec: object, field: string): MoneyCell | undefined => (rec as Record<string, MoneyCell | undefined>)[field];

export const numberAsText = defineRule({
  code: "cell.number-as-text",
  severity: "warning",
  title: "Amount stored as text",
  description: "An amount typed as text (514'753 in a non-Swiss locale) reads fine here, but spreadsheet SUMs skip it, so totals silently drop the line.",
  kinds: ALL_KINDS,
  check({ table, sheet, records, listLimit }) {
    if (sheet.snapshot.textOnly) return []; // CSV: every cell is text by nature
    const hits: Hit[] = [];
    for (const f of KINDS[table.kind].fields) {
      const col = table.columns[f.name];
      if (f.type !== "money" || col === undefined) continue;
      for (const rec of records) {
        const m = moneyOf(rec, f.name);
        if (m?.kind !== "amount" || !m.fromText) continue;
        hits.push(hits.length >= listLimit ? UNLISTED : { row: rec.row, column: col, field: f.name, params: { text: (m.text ?? "").trim(), field: fieldTitle(table, f.name), minor: m.minor, currency: m.currency ?? "" } });
      }
    }
    return hits;
  },
});
