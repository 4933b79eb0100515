import { amountValidation, currencyValidation, dateValidation, ledgerTableTemplate, PLAIN_MONEY_FORMAT } from "./ledger-tables";
import type { RowsSpec } from "./ledger-tables";
import type { TemplateSheet } from "./template";
import { LEDGERS_TEXT } from "./text";
import type { Lang } from "../i18n/lang";

export const expenditureHeaders = (lang: Lang = "en"): string[] => {
  const h = LEDGERS_TEXT[lang].expenditure.headers;
  return [h.date, h.line, h.amount, h.currency, h.description, h.reference];
};
export const EXPENDITURE_HEADERS = expenditureHeaders("en");
export const BLANK_EXPENDITURE_ROWS = 30;

export interface ExpenditureSpec extends RowsSpec {
  /** The budget's cost lines, offered in the Budget line dropdown. */
  readonly budgetLines: readonly string[];
}

export function expenditureTemplate(spec: ExpenditureSpec): TemplateSheet {
  const lang = spec.lang ?? "en";
  const tx = LEDGERS_TEXT[lang].expenditure, h = tx.headers;
  return ledgerTableTemplate({
    kind: "expenditure",
    tableName: "Expenditure",
    ...spec,
    columns: [
      { header: h.date, width: 14, validation: dateValidation(lang, h.date, tx.datePrompt) },
      {
        header: h.line, width: 34,
        // Not strict: a line typed by hand is matched tolerantly by the core ("Travels" = Travel) and reported if unknown.
        validation: { rule: { type: "list", values: spec.budgetLines }, strict: false, promptTitle: h.line, prompt: tx.linePrompt, error: "" },
      },
      { header: h.amount, width: 14, numberFormat: PLAIN_MONEY_FORMAT, validation: amountValidation(lang, h.amount, tx.amountPrompt, -100_000_000) },
      { header: h.currency, width: 10, validation: currencyValidation(lang, tx.currencyOf) },
      { header: h.description, width: 40, wrap: true },
      { header: h.reference, width: 12 },
    ],
  });
}
