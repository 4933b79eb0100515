import { RATE_FORMAT } from "./formats";
import { ledgerTableTemplate, TEMPLATE_CURRENCIES } from "./ledger-tables";
import type { RowsSpec } from "./ledger-tables";
import type { TemplateSheet } from "./template";

export const RATE_HEADERS = ["Currency", "Rate to CHF", "Date or source"] as const;

export type RatesSpec = RowsSpec;

export function ratesTemplate(spec: RatesSpec): TemplateSheet {
  return ledgerTableTemplate({
    kind: "rates",
    tableName: "Rates",
    ...spec,
    columns: [
      { header: "Currency", width: 10, validation: { rule: { type: "list", values: TEMPLATE_CURRENCIES.filter((c) => c !== "CHF") }, strict: false, promptTitle: "Currency", prompt: "The currency this rate converts to CHF.", error: "" } },
      { header: "Rate to CHF", width: 14, numberFormat: RATE_FORMAT, validation: { rule: { type: "decimal", min: 0.000001, max: 1_000_000 }, strict: true, promptTitle: "Rate to CHF", prompt: "The value of one unit in CHF, e.g. 0.9412 for EUR.", error: "Enter a positive rate, e.g. 0.9412." } },
      { header: "Date or source", width: 30 },
    ],
  });
}
