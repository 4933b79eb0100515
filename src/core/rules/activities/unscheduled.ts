import { quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { TBD_REASON } from "./unreadable-period";

export const unscheduled = defineRule({
  code: "period.unscheduled",
  severity: "info",
  title: "Activity has no date yet",
  description: "Activities with a blank or 'TBD' timeline are counted as unscheduled in the timeline rollup.",
  kinds: ["activities"],
  check({ table, records }) {
    const hits: Hit[] = [];
    if (table.columns.timeline === undefined) return hits;
    for (const r of records)
      if (r.activity !== "" && (r.timeline.kind === "blank" || (r.timeline.kind === "unreadable" && r.timeline.reason === TBD_REASON)))
        hits.push({ row: r.row, column: table.columns.timeline, field: "timeline", params: { activity: quote(r.activity) } });
    return hits;
  },
});
