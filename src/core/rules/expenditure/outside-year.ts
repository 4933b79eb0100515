import { analyseLedger } from "../../funding/ledger-analysis";
import { defineRule, Hit, UNLISTED } from "../rule";

export const outsideYear = defineRule({
  code: "expenditure.outside-year",
  severity: "warning",
  title: "Expenditure dated outside the budget year",
  description: "A payment dated in another year belongs to another year's accounts; here it still counts against this budget, so check the date or move the row.",
  kinds: ["expenditure"],
  check({ table, records, funding, listLimit }) {
    if (!funding) return [];
    const { year } = analyseLedger(table, records, funding);
    if (year === undefined) return [];
    const hits: Hit[] = [];
    for (const r of records)
      if (r.date.kind === "date" && Number(r.date.iso.slice(0, 4)) !== year)
        hits.push(hits.length >= listLimit ? UNLISTED : { row: r.row, column: table.columns.date, field: "date", params: { date: r.date.iso, year } });
    return hits;
  },
});
