import { parseShare } from "../../parse/percent";
import { defineRule, Hit } from "../rule";
import { ratioOperands } from "./compared-columns";
import { amountColumnsOf } from "./structure";

/** Half a percent point: "85%" written for 85.3% is right. */
const TOLERANCE = 0.005;

/** A percentage cell as a fraction (0.85 from 0.85, "85%" or 85), or undefined when it is blank or unreadable. */
export function shareCell(v: unknown): number | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (typeof v !== "number" && typeof v !== "string") return undefined;
  const p = parseShare(v);
  return p.ok ? p.value : undefined;
}

export const percentageColumnMismatch = defineRule({
  code: "budget.percentage-column-mismatch",
  severity: "error",
  title: "Percentage is not the ratio of its columns",
  description: "A percentage column (% executed, % of budget) must equal one column divided by the other on every row, as its formula says, else actuals over budget.",
  kinds: ["budget"],
  check({ table, sheet, records }) {
    const hits: Hit[] = [];
    const cols = amountColumnsOf(table);
    cols.forEach((c, k) => {
      if (c.role !== "percentage") return;
      for (const r of records) {
        const stated = shareCell(sheet.cell(r.row, c.column));
        const op = ratioOperands(table, sheet, k, r.row);
        const x = op ? r.amounts[op.a] : undefined, y = op ? r.amounts[op.b] : undefined;
        if (stated === undefined || !op || x?.kind !== "amount" || y?.kind !== "amount" || y.minor === 0) continue;
        const expected = x.minor / y.minor;
        if (Math.abs(stated - expected) <= TOLERANCE) continue;
        hits.push({
          row: r.row, column: c.column, field: "amount",
          params: { label: r.label, column: c.header, stated, expected: Math.round(expected * 10000) / 10000, numerator: cols[op.a].header, denominator: cols[op.b].header },
        });
      }
    });
    return hits;
  },
});
