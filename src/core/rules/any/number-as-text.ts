import { KINDS } from "../../kinds";
import type { MoneyCell } from "../../read/cell-readers";
import type { DetectedTable } from "../../table";
import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";
import { ALL_KINDS, fieldTitle } from "./table-area";

/** Money fields are read into records under their field name (amount, budget, cost). */
const moneyOf = (rec: object, field: string): MoneyCell | undefined => (rec as Record<string, MoneyCell | undefined>)[field];

/** Calls `visit` for every money cell of a table's records (the shared walk of the amount rules). */
export function forEachMoney(table: DetectedTable, records: readonly { row: number }[], visit: (row: number, field: string, column: number, money: MoneyCell) => void): void {
  for (const f of KINDS[table.kind].fields) {
    const col = table.columns[f.name];
    if (f.type !== "money" || col === undefined) continue;
    for (const rec of records) {
      const m = moneyOf(rec, f.name);
      if (m) visit(rec.row, f.name, col, m);
    }
  }
}

export const numberAsText = defineRule({
  code: "cell.number-as-text",
  severity: "warning",
  title: "Amount stored as text",
  description: "An amount typed as text (514'753 in a non-Swiss locale) reads fine here, but spreadsheet SUMs skip it, so totals silently drop the line.",
  kinds: ALL_KINDS,
  check({ table, sheet, records, listLimit }) {
    if (sheet.snapshot.textOnly) return []; // CSV: every cell is text by nature
    const hits: Hit[] = [];
    forEachMoney(table, records, (row, field, column, m) => {
      if (m.kind === "amount" && m.fromText)
        hits.push(hits.length >= listLimit ? UNLISTED : { row, column, field, params: { text: quote(m.text ?? "", 40), field: fieldTitle(table, field), minor: m.minor, currency: m.currency ?? "" } });
    });
    return hits;
  },
});
