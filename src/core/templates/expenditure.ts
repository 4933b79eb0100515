import { amountValidation, currencyValidation, dateValidation, ledgerTableTemplate, PLAIN_MONEY_FORMAT } from "./ledger-tables";
import type { RowsSpec } from "./ledger-tables";
import type { TemplateSheet } from "./template";

export const EXPENDITURE_HEADERS = ["Date", "Budget line", "Amount", "Currency", "Description", "Reference"] as const;
export const BLANK_EXPENDITURE_ROWS = 30;

export interface ExpenditureSpec extends RowsSpec {
  /** The budget's cost lines, offered in the Budget line dropdown. */
  readonly budgetLines: readonly string[];
}

export function expenditureTemplate(spec: ExpenditureSpec): TemplateSheet {
  return ledgerTableTemplate({
    kind: "expenditure",
    tableName: "Expenditure",
    ...spec,
    columns: [
      { header: "Date", width: 14, validation: dateValidation("Date", "The payment date, in the budget year.") },
      {
        header: "Budget line", width: 34,
        // Not strict: a line typed by hand is matched tolerantly by the core ("Travels" = Travel) and reported if unknown.
        validation: { rule: { type: "list", values: spec.budgetLines }, strict: false, promptTitle: "Budget line", prompt: "The budget line this payment is charged to.", error: "" },
      },
      { header: "Amount", width: 14, numberFormat: PLAIN_MONEY_FORMAT, validation: amountValidation("Amount", "The amount paid, in the row's currency; a refund is negative and says so in the description.", -100_000_000) },
      { header: "Currency", width: 10, validation: currencyValidation("payment") },
      { header: "Description", width: 40, wrap: true },
      { header: "Reference", width: 12 },
    ],
  });
}
