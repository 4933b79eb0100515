import { monthKey } from "../../parse/period";
import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";

/** Month index of an ISO date, read from its digits (no string slicing on the hot path). */
const monthOfIso = (iso: string) =>
  ((iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48)) * 12 +
  (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48) - 1;

export const datesDisagree = defineRule({
  code: "period.dates-disagree",
  severity: "warning",
  title: "Timeline and Start/End dates disagree",
  description: "The Gantt is drawn from the Start and End columns; when they say other months than the written timeline, one of them is stale.",
  kinds: ["activities"],
  check({ table, records, listLimit }) {
    const hits: Hit[] = [];
    for (const r of records) {
      if (r.timeline.kind !== "period" || (r.startDate.kind !== "date" && r.endDate.kind !== "date")) continue;
      const p = r.timeline.period;
      if (p.start === undefined || p.end === undefined) continue;
      const s = r.startDate.kind === "date" ? monthOfIso(r.startDate.iso) : undefined;
      const e = r.endDate.kind === "date" ? monthOfIso(r.endDate.iso) : undefined;
      const field = s !== undefined && s !== p.start ? "start" : e !== undefined && e !== p.end ? "end" : undefined;
      if (field && hits.length >= listLimit) hits.push(UNLISTED);
      else if (field)
        hits.push({ row: r.row, column: table.columns[field], field, params: { text: quote(r.timeline.text), start: s !== undefined ? monthKey(s) : "", end: e !== undefined ? monthKey(e) : "", expectedStart: monthKey(p.start), expectedEnd: monthKey(p.end) } });
    }
    return hits;
  },
});
