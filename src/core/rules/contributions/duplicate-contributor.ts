import { contributionYear } from "../../funding/contributions-analysis";
import { normaliseLabel } from "../../text";
import { defineRule, Hit } from "../rule";

/** Notes that say a second row is a further payment of one pledge. */
const INSTALMENT = /\b(instal+ments?|tranches?|second|third|final|balance|part payment|partial|versements?|acomptes?|solde|cuotas?|plazos?|pagos? parcial\w*|saldo|\d+(st|nd|rd|th)? (of|sur|de) \d+)\b/;

export const duplicateContributor = defineRule({
  code: "contribution.duplicate-contributor",
  severity: "warning",
  title: "Same contributor twice in one year",
  description: "Two rows for one contributor in one year are either two instalments of a pledge or the same contribution entered twice, which doubles it in the totals. The notes say which.",
  kinds: ["contributions"],
  check({ table, records }) {
    const hits: Hit[] = [];
    const first = new Map<string, number>();
    for (const r of records) {
      if (r.contributor === "") continue;
      const year = contributionYear(r);
      const key = `${normaliseLabel(r.contributor)}\u0000${year ?? ""}`;
      const firstRow = first.get(key);
      if (firstRow === undefined) {
        first.set(key, r.row);
        continue;
      }
      const instalments = INSTALMENT.test(normaliseLabel(r.notes));
      hits.push({ row: r.row, column: table.columns.contributor, field: "contributor", params: { contributor: r.contributor, year: year ?? "", firstRow, reading: instalments ? "instalments" : "duplicate" } });
    }
    return hits;
  },
});
