/** The contributions, expenditure and rate templates' words in English; this module defines the shape every language fills. */
export interface LedgersText {
  readonly contributions: {
    readonly sheetName: string;
    readonly title: string;
    readonly headers: {
      readonly contributor: string; readonly pledged: string; readonly received: string; readonly outstanding: string; readonly date: string;
      readonly currency: string; readonly earmarked: string; readonly year: string; readonly notes: string;
    };
    readonly pledgedPrompt: string;
    readonly receivedPrompt: string;
    readonly datePrompt: string;
    /** What the currency column's prompt says the currency is of. */
    readonly currencyOf: string;
  };
  readonly expenditure: {
    readonly sheetName: string;
    readonly title: string;
    readonly headers: { readonly date: string; readonly line: string; readonly amount: string; readonly currency: string; readonly description: string; readonly reference: string };
    readonly datePrompt: string;
    readonly linePrompt: string;
    readonly amountPrompt: string;
    readonly currencyOf: string;
  };
  readonly rates: {
    readonly sheetName: string;
    readonly title: string;
    readonly headers: { readonly currency: string; readonly rate: string; readonly source: string };
    readonly currencyPrompt: string;
    readonly ratePrompt: string;
    readonly rateError: string;
  };
  readonly currencyTitle: string;
  readonly currencyPrompt: (of: string) => string;
  readonly dateError: string;
  readonly amountError: string;
}

export const en: LedgersText = {
  contributions: {
    sheetName: "Contributions",
    title: "Contributions",
    headers: {
      contributor: "Contributor", pledged: "Pledged", received: "Received", outstanding: "Outstanding", date: "Date received",
      currency: "Currency", earmarked: "Earmarked for", year: "Year", notes: "Notes",
    },
    pledgedPrompt: "The amount pledged, in the row's currency.",
    receivedPrompt: "The amount received so far, in the row's currency.",
    datePrompt: "When the payment arrived (not in the future).",
    currencyOf: "pledge and payment",
  },
  expenditure: {
    sheetName: "Expenditure",
    title: "Expenditure ledger",
    headers: { date: "Date", line: "Budget line", amount: "Amount", currency: "Currency", description: "Description", reference: "Reference" },
    datePrompt: "The payment date, in the budget year.",
    linePrompt: "The budget line this payment is charged to.",
    amountPrompt: "The amount paid, in the row's currency; a refund is negative and says so in the description.",
    currencyOf: "payment",
  },
  rates: {
    sheetName: "Rates",
    title: "Currency rates (value of one unit in CHF)",
    headers: { currency: "Currency", rate: "Rate to CHF", source: "Date or source" },
    currencyPrompt: "The currency this rate converts to CHF.",
    ratePrompt: "The value of one unit in CHF, e.g. 0.9412 for EUR.",
    rateError: "Enter a positive rate, e.g. 0.9412.",
  },
  currencyTitle: "Currency",
  currencyPrompt: (of) => `The currency of the ${of}; blank means CHF. Another code may be typed: give it a rate in a rate table.`,
  dateError: "Enter a date, e.g. 16 Feb 2026.",
  amountError: "Enter the amount as a number, e.g. 50000 (not text such as 'EUR 50'000').",
};
