import { analyseContributions } from "../../funding/contributions-analysis";
import { analyseLedger } from "../../funding/ledger-analysis";
import { fieldTitle } from "../any/table-area";
import { defineRule, Hit, UNLISTED } from "../rule";

export const noRate = defineRule({
  code: "currency.no-rate",
  severity: "error",
  title: "Currency with no exchange rate",
  description: "An amount in a currency with no rate cannot be added to the budget's currency, so it is left out of every total (the rollup lists it). Add the currency to a rate table (Currency | Rate to CHF | Date or source) or set --rate.",
  kinds: ["contributions", "expenditure"],
  check({ table, records, funding, listLimit }) {
    if (!funding) return [];
    const list = table.kind === "contributions"
      ? analyseContributions(table, records as Parameters<typeof analyseContributions>[1], funding).unconverted
      : analyseLedger(table, records as Parameters<typeof analyseLedger>[1], funding).unconverted;
    const hits: Hit[] = [];
    for (const u of list)
      hits.push(hits.length >= listLimit ? UNLISTED : { row: u.row, column: u.column, field: u.field, params: { currency: u.currency, amount: u.minor, field: fieldTitle(table, u.field), base: funding.currency } });
    return hits;
  },
});
