import { monthKey } from "../../parse/period";
import { defineRule, Hit } from "../rule";

const month = (iso: string) => iso.slice(0, 7);

export const datesDisagree = defineRule({
  code: "period.dates-disagree",
  severity: "warning",
  title: "Timeline and Start/End dates disagree",
  description: "The Gantt is drawn from the Start and End columns; when they say other months than the written timeline, one of them is stale.",
  kinds: ["activities"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records) {
      if (r.timeline.kind !== "period" || (r.startDate.kind !== "date" && r.endDate.kind !== "date")) continue;
      const p = r.timeline.period;
      if (p.start === undefined || p.end === undefined) continue;
      const s = r.startDate.kind === "date" ? month(r.startDate.iso) : undefined;
      const e = r.endDate.kind === "date" ? month(r.endDate.iso) : undefined;
      const field = s && s !== monthKey(p.start) ? "start" : e && e !== monthKey(p.end) ? "end" : undefined;
      if (field)
        hits.push({ row: r.row, column: table.columns[field], field, params: { text: r.timeline.text, start: s ?? "", end: e ?? "", expectedStart: monthKey(p.start), expectedEnd: monthKey(p.end) } });
    }
    return hits;
  },
});
