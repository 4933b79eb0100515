import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";

export const TBD_REASON = "to be determined";

export const unreadablePeriod = defineRule({
  code: "period.unreadable",
  severity: "error",
  title: "Timeline cannot be read",
  description: "A timeline the checker cannot place in a month leaves the activity out of the month and quarter rollups.",
  kinds: ["activities"],
  check({ table, records, listLimit }) {
    const hits: Hit[] = [];
    for (const r of records)
      if (r.timeline.kind === "unreadable" && r.timeline.reason !== TBD_REASON)
        hits.push(hits.length >= listLimit ? UNLISTED : { row: r.row, column: table.columns.timeline, field: "timeline", params: { text: quote(r.timeline.text), reason: r.timeline.reason } });
    return hits;
  },
});
