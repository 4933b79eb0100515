import { analyseContributions } from "../../funding/contributions-analysis";
import { defineRule, Hit } from "../rule";

export const receivedOverPledged = defineRule({
  code: "contribution.received-over-pledged",
  severity: "warning",
  title: "Received more than pledged",
  description: "A payment above its pledge is usually a typo or a payment booked on the wrong line; if it is real, update the pledge so the outstanding amount is right.",
  kinds: ["contributions"],
  check({ table, records, funding }) {
    const hits: Hit[] = [];
    const rows = funding ? analyseContributions(table, records, funding).rows : [];
    for (const { rec, pledged, received } of rows) {
      if (rec.pledged.kind !== "amount" || rec.received.kind !== "amount") continue;
      // Same currency: compare as written; else compare in the budget's currency when both convert.
      const sameCurrency = (rec.pledged.currency ?? rec.currency) === (rec.received.currency ?? rec.currency);
      const [p, r] = sameCurrency ? [rec.pledged.minor, rec.received.minor] : [pledged, received];
      if (p === undefined || r === undefined || r <= p) continue;
      hits.push({ row: rec.row, column: table.columns.received, field: "received", params: { contributor: rec.contributor, pledged: p, received: r, currency: sameCurrency ? rec.pledged.currency ?? (rec.currency || funding!.currency) : funding!.currency } });
    }
    return hits;
  },
});
