import { spendingOf } from "../../funding/ledger-analysis";
import { defineRule } from "../rule";
import { lineThresholdHits, NEAR_BUDGET_SHARE } from "./line-spending";

export const lineNearBudget = defineRule({
  code: "expenditure.line-near-budget",
  severity: "warning",
  title: "Budget line 90% spent",
  description: "A line with 90% to 100% of its budget spent has little left for the rest of the year; the finding sits on the payment that took it past 90%.",
  kinds: ["expenditure", "budget"],
  check({ table, records, funding }) {
    if (!funding) return [];
    // Exact in minor units: spent ≥ 90% of budget ⇔ 10 × spent ≥ 9 × budget.
    const near = (spent: number, budget: number) => budget > 0 && spent * 10 >= budget * NEAR_BUDGET_SHARE * 10;
    return lineThresholdHits(table, spendingOf(table, records, funding), near, (spent, budget) => spent <= budget, funding.currency);
  },
});
