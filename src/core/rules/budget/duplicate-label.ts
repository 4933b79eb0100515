import { normaliseLabel, quote } from "../../text";
import { defineRule, Hit } from "../rule";

export const duplicateLabel = defineRule({
  code: "budget.duplicate-label",
  severity: "warning",
  title: "Cost line listed twice",
  description: "Two lines with the same name are either counted twice or should have distinct names to be told apart in reports.",
  kinds: ["budget"],
  check({ table, records }) {
    const seen = new Map<string, number>();
    const hits: Hit[] = [];
    for (const r of records) {
      if (r.role !== "line" && r.role !== "in-kind") continue;
      const key = normaliseLabel(r.label);
      if (key === "") continue;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, r.row);
      else hits.push({ row: r.row, column: table.columns.label, field: "label", params: { label: quote(r.label), firstRow: first } });
    }
    return hits;
  },
});
