import { spendingOf } from "../../funding/ledger-analysis";
import { defineRule } from "../rule";
import { lineThresholdHits } from "./line-spending";

export const lineOverspent = defineRule({
  code: "expenditure.line-overspent",
  severity: "error",
  title: "Budget line overspent",
  description: "The ledger charges more to a line than the budget gives it; the finding sits on the payment that took the line over 100%.",
  kinds: ["expenditure", "budget"],
  check({ table, records, funding }) {
    if (!funding) return [];
    return lineThresholdHits(table, spendingOf(table, records, funding), (spent, budget) => spent > budget, (spent, budget) => spent > budget, funding.currency);
  },
});
