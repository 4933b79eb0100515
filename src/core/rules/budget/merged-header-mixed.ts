import { a1Range } from "../../a1";
import { defineRule, Hit } from "../rule";
import { amountColumnsOf } from "./structure";

export const mergedHeaderMixed = defineRule({
  code: "budget.merged-header-mixed",
  severity: "warning",
  title: "Merged header over columns of different kinds",
  description: "A merged header (\"Budget (CHF)\") spread over a budget column and an actuals or variance column reads as one kind of figure; split it so each column says what it holds.",
  kinds: ["budget"],
  check({ table, sheet }) {
    const hits: Hit[] = [];
    if (table.headerTop === undefined) return hits;
    const cols = amountColumnsOf(table);
    for (const m of sheet.snapshot.merged ?? []) {
      if (m.top !== table.headerTop || m.bottom !== table.headerTop || m.right === m.left) continue;
      const under = cols.filter((c) => c.column >= m.left && c.column <= m.right);
      const roles = new Set(under.map((c) => c.role));
      if (roles.size > 1) hits.push({ row: m.top, column: m.left, params: { range: a1Range(m.top, m.left, m.bottom, m.right), columns: under.map((c) => `${c.header} (${c.role})`).join(", ") } });
    }
    return hits;
  },
});
