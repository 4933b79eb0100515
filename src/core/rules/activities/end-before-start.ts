import { monthKey } from "../../parse/period";
import { quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const endBeforeStart = defineRule({
  code: "period.end-before-start",
  severity: "error",
  title: "Timeline ends before it starts",
  description: "A range such as 'June – May 2026' is usually a typo in the month or a missing year.",
  kinds: ["activities"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records) {
      if (r.timeline.kind !== "period") continue;
      const p = r.timeline.period;
      const endsBefore = p.start !== undefined && p.end !== undefined && (p.start > p.end || (p.startDate !== undefined && p.endDate !== undefined && p.startDate > p.endDate));
      if (endsBefore) hits.push({ row: r.row, column: table.columns.timeline, field: "timeline", params: { text: quote(r.timeline.text), start: monthKey(p.start!), end: monthKey(p.end!) } });
    }
    return hits;
  },
});
