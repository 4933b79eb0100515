import { monthKey } from "../../parse/period";
import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";

export const outsideWindow = defineRule({
  code: "period.outside-window",
  severity: "warning",
  title: "Timeline outside the plan period",
  description: "An activity dated outside the work plan's years is either a typo in the year or belongs in another plan.",
  kinds: ["activities"],
  check({ table, records, window, listLimit }) {
    const hits: Hit[] = [];
    if (!window) return hits;
    for (const r of records) {
      if (r.timeline.kind !== "period") continue;
      const { start, end } = r.timeline.period;
      if (start === undefined || end === undefined || start > end) continue;
      if (start < window.start || end > window.end)
        hits.push(hits.length >= listLimit ? UNLISTED : { row: r.row, column: table.columns.timeline, field: "timeline", params: { text: quote(r.timeline.text), windowStart: monthKey(window.start), windowEnd: monthKey(window.end), source: quote(window.source) } });
    }
    return hits;
  },
});
