import { KINDS } from "../../kinds";
import { readMoney } from "../../read/cell-readers";
import { normaliseLabel, quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { fieldTitle } from "./table-area";

const IN_KIND = /\b(in ?kind|en nature|en especie|non ?cash)\b/;

export const moneyNotNumeric = defineRule({
  code: "cell.not-a-number",
  severity: "error",
  title: "Text in an amount column",
  description: "An activity's budget or a post's cost that cannot be read as a number is left out of every total (budget tables have their own rule).",
  kinds: ["activities", "staffing"],
  check({ table, sheet }) {
    const hits: Hit[] = [];
    for (const f of KINDS[table.kind].fields) {
      const col = table.columns[f.name];
      if (f.type !== "money" || col === undefined) continue;
      for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
        const m = readMoney(sheet.cell(r, col));
        if (m.kind === "text" && !IN_KIND.test(normaliseLabel(m.text)))
          hits.push({ row: r, column: col, field: f.name, params: { field: fieldTitle(table, f.name), text: quote(m.text, 40), reason: m.reason } });
      }
    }
    return hits;
  },
});
