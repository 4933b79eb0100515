import { defineRule, Hit } from "../rule";
import { forEachSum } from "./sum-formulas";

export const sumOtherSheet = defineRule({
  code: "budget.sum-other-sheet",
  severity: "warning",
  title: "Total that adds cells on another sheet",
  description: "A total or subtotal whose SUM reads another sheet adds rows this table does not show, so it cannot be checked against its lines here.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    forEachSum(table, sheet, records, (r, column, formula, areas) => {
      const other = areas.find((a) => a.sheet !== undefined && a.sheet !== table.sheet);
      if (other) hits.push({ row: r.row, column, field: "amount", params: { label: r.label, formula, sheet: other.sheet! } });
    });
    return hits;
  },
});
