import { memoByText } from "../../memo";
import { normaliseLabel, quote } from "../../text";
import { defineRule, Hit, UNLISTED } from "../rule";
import { forEachMoney } from "./number-as-text";
import { fieldTitle } from "./table-area";

const IN_KIND = /\b(in ?kind|en nature|en especie|non ?cash)\b/;
const isInKind = memoByText((text: string) => IN_KIND.test(normaliseLabel(text)));

export const moneyNotNumeric = defineRule({
  code: "cell.not-a-number",
  severity: "error",
  title: "Text in an amount column",
  description: "An activity's budget or a post's cost that cannot be read as a number is left out of every total (budget tables have their own rule).",
  kinds: ["activities", "staffing", "contributions", "expenditure"],
  check({ table, records, listLimit }) {
    const hits: Hit[] = [];
    forEachMoney(table, records, (row, field, column, m) => {
      if (m.kind === "text" && !isInKind(m.text))
        hits.push(hits.length >= listLimit ? UNLISTED : { row, column, field, params: { field: fieldTitle(table, field), text: quote(m.text, 40), reason: m.reason } });
    });
    return hits;
  },
});
