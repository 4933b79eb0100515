import { KINDS } from "../../kinds";
import { memoByText } from "../../memo";
import { normaliseLabel, quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";
import { moneyOf } from "./number-as-text";
import { fieldTitle } from "./table-area";

const IN_KIND = /\b(in ?kind|en nature|en especie|non ?cash)\b/;
const isInKind = memoByText((text: string) => IN_KIND.test(normaliseLabel(text)));

export const moneyNotNumeric = defineRule({
  code: "cell.not-a-number",
  severity: "error",
  title: "Text in an amount column",
  description: "An activity's budget or a post's cost that cannot be read as a number is left out of every total (budget tables have their own rule).",
  kinds: ["activities", "staffing"],
  check({ table, records, listLimit }) {
    const hits: Hit[] = [];
    for (const f of KINDS[table.kind].fields) {
      const col = table.columns[f.name];
      if (f.type !== "money" || col === undefined) continue;
      for (const rec of records) {
        const m = moneyOf(rec, f.name);
        if (m?.kind !== "text" || isInKind(m.text)) continue;
        hits.push(hits.length >= listLimit ? UNLISTED : { row: rec.row, column: col, field: f.name, params: { field: fieldTitle(table, f.name), text: quote(m.text, 40), reason: m.reason } });
      }
    }
    return hits;
  },
});
