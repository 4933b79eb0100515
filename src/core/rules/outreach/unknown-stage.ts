import { OUTREACH_STAGES } from "../../kinds/outreach";
import { quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const unknownStage = defineRule({
  code: "outreach.unknown-stage",
  severity: "error",
  title: "Unknown follow-up stage",
  description: "The follow-up log counts meetings by stage; only Contacted, Meeting held and Next step agreed are counted.",
  kinds: ["outreach"],
  check({ table, records }) {
    const hits: Hit[] = [];
    for (const r of records)
      if (r.stageText !== "" && !r.stage)
        hits.push({ row: r.row, column: table.columns.stage, field: "stage", params: { text: quote(r.stageText), stages: OUTREACH_STAGES.join(", ") } });
    return hits;
  },
});
