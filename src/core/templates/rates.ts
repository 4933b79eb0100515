import { RATE_FORMAT } from "./formats";
import { ledgerTableTemplate, TEMPLATE_CURRENCIES } from "./ledger-tables";
import type { RowsSpec } from "./ledger-tables";
import type { TemplateSheet } from "./template";
import { LEDGERS_TEXT } from "./text";
import type { Lang } from "../i18n/lang";

export const rateHeaders = (lang: Lang = "en"): string[] => {
  const h = LEDGERS_TEXT[lang].rates.headers;
  return [h.currency, h.rate, h.source];
};
export const RATE_HEADERS = rateHeaders("en");

export type RatesSpec = RowsSpec;

export function ratesTemplate(spec: RatesSpec): TemplateSheet {
  const lang = spec.lang ?? "en";
  const tx = LEDGERS_TEXT[lang].rates, h = tx.headers;
  return ledgerTableTemplate({
    kind: "rates",
    tableName: "Rates",
    ...spec,
    columns: [
      { header: h.currency, width: 10, validation: { rule: { type: "list", values: TEMPLATE_CURRENCIES.filter((c) => c !== "CHF") }, strict: false, promptTitle: h.currency, prompt: tx.currencyPrompt, error: "" } },
      { header: h.rate, width: 14, numberFormat: RATE_FORMAT, validation: { rule: { type: "decimal", min: 0.000001, max: 1_000_000 }, strict: true, promptTitle: h.rate, prompt: tx.ratePrompt, error: tx.rateError } },
      { header: h.source, width: 30 },
    ],
  });
}
