import { quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";

export const referenceUnreadable = defineRule({
  code: "reference.unreadable",
  severity: "warning",
  title: "Action-plan reference cannot be read",
  description: "References are counted per action in reports; write them as 'Actions 38 to 42' or '38-42'.",
  kinds: ["activities"],
  check({ table, records, listLimit }) {
    const hits: Hit[] = [];
    for (const r of records)
      if (r.reference.kind === "unreadable")
        hits.push(hits.length >= listLimit ? UNLISTED : { row: r.row, column: table.columns.reference, field: "reference", params: { text: quote(r.reference.text), reason: r.reference.reason } });
    return hits;
  },
});
