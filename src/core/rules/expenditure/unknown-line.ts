import { analyseLedger } from "../../funding/ledger-analysis";
import { nearestLabel } from "../../funding/line-match";
import { defineRule, Hit, UNLISTED } from "../rule";

export const unknownLine = defineRule({
  code: "expenditure.unknown-line",
  severity: "error",
  title: "Expenditure on a line that is not in the budget",
  description: "Spending charged to a line the budget does not have is counted in the total spent but against no line, so no line shows it. Case, accents, plurals and 'costs' are already ignored.",
  kinds: ["expenditure"],
  check({ table, records, funding, listLimit }) {
    if (!funding) return [];
    const a = analyseLedger(table, records, funding);
    if (!a.budget) return [];
    const hits: Hit[] = [];
    for (const e of a.entries)
      if (e.line < 0 && e.label !== "")
        hits.push(hits.length >= listLimit ? UNLISTED : { row: e.row, column: table.columns.line, field: "line", params: { line: e.label, nearest: nearestLabel(e.label, a.budget.lines) ?? "", budget: a.budget.table.sheet } });
    return hits;
  },
});
