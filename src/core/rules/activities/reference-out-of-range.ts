import { defineRule, Hit } from "../rule";

export const referenceOutOfRange = defineRule({
  code: "reference.out-of-range",
  severity: "error",
  title: "Action-plan reference outside the plan's actions",
  description: "The action plan has a fixed list of actions (Lausanne: 1 to 50); a number outside it points at nothing.",
  kinds: ["activities"],
  check({ table, records, settings }) {
    const hits: Hit[] = [];
    const { from, to } = settings.actionRange;
    for (const r of records) {
      if (r.reference.kind !== "refs") continue;
      const bad = r.reference.ranges.flatMap((g) => [g.from, g.to]).filter((n) => n < from || n > to);
      const reversed = r.reference.ranges.find((g) => g.from > g.to);
      if (bad.length > 0 || reversed)
        hits.push({ row: r.row, column: table.columns.reference, field: "reference", params: { text: r.reference.text, numbers: [...new Set(bad)].join(", "), from, to, reversed: reversed ? `${reversed.from} to ${reversed.to}` : "" } });
    }
    return hits;
  },
});
