import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";

export const overdue = defineRule({
  code: "activities.overdue",
  severity: "warning",
  title: "Activity overdue",
  description: "The activity's period has ended and its status does not say it is done: update the status or the timeline.",
  kinds: ["activities"],
  check({ table, records, settings, listLimit }) {
    const hits: Hit[] = [];
    for (const r of records) {
      if (r.done || r.timeline.kind !== "period") continue;
      const p = r.timeline.period;
      if (p.ongoing && p.end === undefined) continue;
      if (p.endDate !== undefined && p.endDate < settings.asOf)
        hits.push(hits.length >= listLimit ? UNLISTED : { row: r.row, column: table.columns.status ?? table.columns.timeline, field: table.columns.status ? "status" : "timeline", params: { activity: quote(r.activity), end: p.endDate, asOf: settings.asOf, status: quote(r.status) } });
    }
    return hits;
  },
});
