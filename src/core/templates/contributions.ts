import type { RawCell } from "../snapshot";
import { amountValidation, currencyValidation, dateValidation, ledgerTableTemplate, PLAIN_MONEY_FORMAT } from "./ledger-tables";
import type { RowsSpec } from "./ledger-tables";
import type { TemplateSheet } from "./template";

export const CONTRIBUTION_HEADERS = ["Contributor", "Pledged", "Received", "Outstanding", "Date received", "Currency", "Earmarked for", "Year", "Notes"] as const;
export const BLANK_CONTRIBUTION_ROWS = 20;

/** Pledged − received in the row's own currency; N() reads a blank or text as 0 (Excel and Sheets agree). */
function outstanding(r: number, row: readonly RawCell[]): { formula: string; result: number } {
  const n = (v: RawCell) => (typeof v === "number" ? Math.round(v * 100) : 0);
  return { formula: `=N(B${r})-N(C${r})`, result: (n(row[1]) - n(row[2])) / 100 };
}

export type ContributionsSpec = RowsSpec;

export function contributionsTemplate(spec: ContributionsSpec): TemplateSheet {
  return ledgerTableTemplate({
    kind: "contributions",
    tableName: "Contributions",
    ...spec,
    columns: [
      { header: "Contributor", width: 22 },
      { header: "Pledged", width: 14, numberFormat: PLAIN_MONEY_FORMAT, validation: amountValidation("Pledged", "The amount pledged, in the row's currency.", 0) },
      { header: "Received", width: 14, numberFormat: PLAIN_MONEY_FORMAT, validation: amountValidation("Received", "The amount received so far, in the row's currency.", 0) },
      { header: "Outstanding", width: 14, numberFormat: PLAIN_MONEY_FORMAT, formula: outstanding },
      { header: "Date received", width: 14, validation: dateValidation("Date received", "When the payment arrived (not in the future).") },
      { header: "Currency", width: 10, validation: currencyValidation("pledge and payment") },
      { header: "Earmarked for", width: 20 },
      { header: "Year", width: 8 },
      { header: "Notes", width: 44, wrap: true },
    ],
  });
}
