import { a1 } from "../../a1";
import { defineRule } from "../rule";
import { budgetStructure, mainIndex } from "./structure";

export const totalTyped = defineRule({
  code: "budget.total-typed",
  severity: "info",
  title: "Total typed as a number",
  description: "A grand total typed as a number does not follow its lines when one changes; a SUM over the lines (or the subtotals) keeps it right.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    // Only when the host read formulas: otherwise a typed total cannot be told from a calculated one.
    if (!sheet.snapshot.formulas) return [];
    const s = budgetStructure(table, sheet, records);
    const col = table.columns.amount, k = mainIndex(table);
    if (!s.total || col === undefined || k < 0 || s.totalMembers.length === 0) return [];
    const t = s.total.amounts[k];
    if (t?.kind !== "amount" || t.fromText || sheet.formula(s.total.row, col)) return [];
    if (!s.lines.every((l) => l.amounts[k]?.kind === "amount" && !(l.amounts[k] as { fromText: boolean }).fromText)) return [];
    const rows = s.totalMembers.map((m) => m.row);
    const contiguous = s.totalMembers.every((m) => m.role === "line") && rows[rows.length - 1] - rows[0] + 1 === rows.length;
    const sum = contiguous ? `=SUM(${a1(rows[0], col)}:${a1(rows[rows.length - 1], col)})` : `=SUM(${rows.map((r) => a1(r, col)).join(",")})`;
    return [{ row: s.total.row, column: col, field: "amount", params: { sum } }];
  },
});
