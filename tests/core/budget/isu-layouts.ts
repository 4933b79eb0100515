import type { RawCell } from "../../../src/core/snapshot";
import type { TinySheet } from "../helpers";

/** The ISU 2026 budget (seed: isu-2026-workplan-and-budget.md) in the layouts finance offices use. */
const SAL = "The Director (100%) Implementation Support Specialist (100%) Implementation Support Assistant (50%).";
const SOC = "Estimated at 20% of salary, dependent on staff age, status and prevailing provider fee rates charged.";
const KIND: RawCell[] = ["Administrative expenses", "GICHD, in-kind", "Office space, internal control system"];

export const withSubtotals = (): TinySheet => ({
  name: "ISU Budget 2026",
  rows: [
    ["2026 Budget of the Implementation Support Unit"],
    ["COST", "Amount in CHF", "NOTES"],
    ["Staff costs"],
    ["Salaries", 378961, SAL],
    ["Social charges", 75792, SOC],
    ["Total staff costs", 454753, null],
    ["Operational costs"],
    ["Communication", 20000, null],
    ["Travel", 20000, null],
    ["Other implementation support costs", 20000, null],
    ["Total operational costs", 60000, null],
    ["Total", 514753, null],
    KIND,
  ],
});

export const numberedTitle = (): TinySheet => ({
  name: "Budget",
  rows: [
    ["17. The 2026 budget as decided by the 2RC is as follows:"],
    ["COST", "Amount in CHF", "NOTES"],
    ["1. Salaries", 378961, SAL],
    ["2. Social charges", 75792, SOC],
    ["3. Communication", 20000, null],
    ["4. Travel", 20000, null],
    ["5. Other implementation support costs", 20000, null],
    ["6. Total", 514753, null],
    KIND,
  ],
});

/** 2025 figures are illustrative (the seeds publish 2026 only); 2026 is the published budget. */
export const twoYears = (): TinySheet => ({
  name: "ISU Budget 2025-2026",
  rows: [
    ["ISU budget 2026 compared with 2025 (2025 figures illustrative)"],
    ["COST", "Budget 2025", "Budget 2026", "Variance", "NOTES"],
    ["Staff costs"],
    ["Salaries", 370000, 378961, 8961, SAL],
    ["Social charges", 74000, 75792, 1792, SOC],
    ["Total staff costs", 444000, 454753, 10753, null],
    ["Operational costs"],
    ["Communication", 20000, 20000, 0, null],
    ["Travel", 20000, 20000, 0, null],
    ["Other implementation support costs", 20000, 20000, 0, null],
    ["Total operational costs", 60000, 60000, 0, null],
    ["Total", 504000, 514753, 10753, null],
    ["Administrative expenses", "GICHD, in-kind", "GICHD, in-kind", null, "Office space"],
  ],
});

/** The same with a two-row header: a merged "Budget (CHF)" over "2025 | 2026". */
export const twoRowHeader = (): TinySheet => {
  const t = twoYears();
  return {
    ...t,
    rows: [t.rows[0], ["COST", "Budget (CHF)", null, "Variance", "NOTES"], [null, 2025, 2026, null, null], ...t.rows.slice(2)],
    merged: [{ top: 2, left: 2, bottom: 2, right: 3 }],
  };
};
