import { quote } from "../../text";
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
      let outside: number[] | undefined, reversed: string | undefined;
      for (const g of r.reference.ranges) {
        if (g.from > g.to && !reversed) reversed = `${g.from} to ${g.to}`;
        // Both ends, checked without building arrays: this runs for every row of large plans.
        if ((g.from < from || g.from > to) && !outside?.includes(g.from)) (outside ??= []).push(g.from);
        if (g.to !== g.from && (g.to < from || g.to > to) && !outside?.includes(g.to)) (outside ??= []).push(g.to);
      }
      if (outside || reversed)
        hits.push({ row: r.row, column: table.columns.reference, field: "reference", params: { text: quote(r.reference.text), numbers: (outside ?? []).join(", "), from, to, reversed: reversed ?? "" } });
    }
    return hits;
  },
});
