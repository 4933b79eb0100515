/** The budget template's words in English; this module defines the shape every language fills. */
export const DEFAULT_BUDGET_LINE_KEYS = ["salaries", "socialCharges", "communication", "travel", "other"] as const;
export type BudgetLineKey = (typeof DEFAULT_BUDGET_LINE_KEYS)[number];

export interface BudgetText {
  readonly sheetName: string;
  readonly title: string;
  readonly headers: { readonly cost: string; readonly amount: string; readonly notes: string };
  readonly rateLabel: string;
  readonly rateHelp: string;
  readonly total: string;
  /** The blank budget's lines, and the words of a sectioned budget. */
  readonly lines: Readonly<Record<BudgetLineKey, string>>;
  readonly staffCosts: string;
  readonly operationalCosts: string;
  /** The social charges line's note: the core checks the line against the percentage it states. */
  readonly socialChargesNote: string;
  /** The line below the Total for what a partner gives without an amount. */
  readonly inKind: string;
  readonly inKindNote: string;
  readonly rateTitle: string;
  readonly ratePrompt: string;
  readonly rateError: string;
  readonly amountTitle: string;
  readonly amountPrompt: string;
  readonly amountError: string;
}

export const en: BudgetText = {
  sheetName: "Budget",
  title: "Budget (CHF)",
  headers: { cost: "COST", amount: "Amount in CHF", notes: "NOTES" },
  rateLabel: "Social charges rate",
  rateHelp: "Social charges are this share of salaries: change the rate here, not the amount.",
  total: "Total",
  lines: { salaries: "Salaries", socialCharges: "Social charges", communication: "Communication", travel: "Travel", other: "Other implementation support costs" },
  staffCosts: "Staff costs",
  operationalCosts: "Operational costs",
  socialChargesNote: "Estimated at 20% of salary",
  inKind: "In-kind contribution",
  inKindNote: "What a partner provides without an amount (office space, IT): not counted in the Total.",
  rateTitle: "Social charges rate",
  ratePrompt: "A share of salaries, e.g. 20%.",
  rateError: "Enter a rate from 0% to 100%.",
  amountTitle: "Amount in CHF",
  amountPrompt: "A number: 20000 is shown as CHF 20'000. The Total adds up the lines.",
  amountError: "Enter the amount as a number of francs, e.g. 20000 (not text such as 'CHF 20'000').",
};
