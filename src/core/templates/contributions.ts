import type { RawCell } from "../snapshot";
import { amountValidation, currencyValidation, dateValidation, ledgerTableTemplate, PLAIN_MONEY_FORMAT } from "./ledger-tables";
import type { RowsSpec } from "./ledger-tables";
import type { TemplateSheet } from "./template";
import { LEDGERS_TEXT } from "./text";
import type { Lang } from "../i18n/lang";

export const contributionHeaders = (lang: Lang = "en"): string[] => {
  const h = LEDGERS_TEXT[lang].contributions.headers;
  return [h.contributor, h.pledged, h.received, h.outstanding, h.date, h.currency, h.earmarked, h.year, h.notes];
};
export const CONTRIBUTION_HEADERS = contributionHeaders("en");
export const BLANK_CONTRIBUTION_ROWS = 20;

/** Pledged − received in the row's own currency; N() reads a blank or text as 0 (Excel and Sheets agree). */
function outstanding(r: number, row: readonly RawCell[]): { formula: string; result: number } {
  const n = (v: RawCell) => (typeof v === "number" ? Math.round(v * 100) : 0);
  return { formula: `=N(B${r})-N(C${r})`, result: (n(row[1]) - n(row[2])) / 100 };
}

export type ContributionsSpec = RowsSpec;

export function contributionsTemplate(spec: ContributionsSpec): TemplateSheet {
  const lang = spec.lang ?? "en";
  const tx = LEDGERS_TEXT[lang].contributions, h = tx.headers;
  return ledgerTableTemplate({
    kind: "contributions",
    tableName: "Contributions",
    ...spec,
    columns: [
      { header: h.contributor, width: 22 },
      { header: h.pledged, width: 14, numberFormat: PLAIN_MONEY_FORMAT, validation: amountValidation(lang, h.pledged, tx.pledgedPrompt, 0) },
      { header: h.received, width: 14, numberFormat: PLAIN_MONEY_FORMAT, validation: amountValidation(lang, h.received, tx.receivedPrompt, 0) },
      { header: h.outstanding, width: 14, numberFormat: PLAIN_MONEY_FORMAT, formula: outstanding },
      { header: h.date, width: 14, validation: dateValidation(lang, h.date, tx.datePrompt) },
      { header: h.currency, width: 10, validation: currencyValidation(lang, tx.currencyOf) },
      { header: h.earmarked, width: 20 },
      { header: h.year, width: 8 },
      { header: h.notes, width: 44, wrap: true },
    ],
  });
}
