import { a1Range } from "../a1";
import type { Lang } from "../i18n/lang";
import { isDateCell, RawCell } from "../snapshot";
import { DATE_FORMAT } from "./formats";
export { PLAIN_MONEY_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import type { TemplateCell, TemplateSheet, TemplateValidation, ValidationRule } from "./template";
import type { TemplateKind } from "./template";
import { LEDGERS_TEXT } from "./text";

/** Currencies offered in the dropdowns (others may be typed: the core asks for a rate). */
export const TEMPLATE_CURRENCIES = ["CHF", "EUR", "USD", "GBP", "NOK", "SEK", "DKK", "JPY", "CAD", "AUD"] as const;
/** A typo guard far above any contribution or payment. */
export const MAX_AMOUNT = 100_000_000;

/** One column of a contributions, ledger or rate template. */
export interface LedgerColumn {
  readonly header: string;
  readonly width: number;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  /** Data validation over the column's data rows. */
  readonly validation?: { readonly rule: ValidationRule; readonly strict: boolean; readonly promptTitle: string; readonly prompt: string; readonly error: string };
  /** A formula for data row r (A1 of this sheet), with its value computed from the row. */
  readonly formula?: (r: number, row: readonly RawCell[]) => { formula: string; result: number | string };
}

/** What a caller gives a contributions, ledger or rate template: where, its title, and its rows. */
export interface RowsSpec {
  readonly sheetName: string;
  readonly title: string;
  /** Data rows, one value per column that is not a formula column (in column order). */
  readonly rows: readonly (readonly RawCell[])[];
  readonly blankRows: number;
  readonly prefill?: string;
  /** The language of the headers and prompts (default English). */
  readonly lang?: Lang;
}

export interface LedgerTableSpec extends RowsSpec {
  readonly kind: TemplateKind;
  readonly tableName: string;
  readonly columns: readonly LedgerColumn[];
}

const TITLE_ROW = 1;
const HEADER_ROW = 2;

function valueCell(v: RawCell, numberFormat: string | undefined): TemplateCell | null {
  if (v === null || v === undefined || v === "") return numberFormat ? { numberFormat } : null;
  if (isDateCell(v)) return { value: v, numberFormat: DATE_FORMAT };
  if (typeof v === "number") return numberFormat ? { value: v, numberFormat } : { value: v };
  return text(String(v));
}

/**
 * A title, a header and rows: the shape shared by the contributions, expenditure and rate templates.
 * Formula columns are computed per row; the other columns take the row's values in order.
 */
export function ledgerTableTemplate(spec: LedgerTableSpec): TemplateSheet {
  const g = new Grid();
  g.set(TITLE_ROW, 1, text(spec.title, true));
  spec.columns.forEach((c, i) => g.set(HEADER_ROW, i + 1, text(c.header, true)));
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(1, spec.rows.length + spec.blankRows);
  for (let r = first; r <= last; r++) {
    const values = spec.rows[r - first] ?? [];
    const full: RawCell[] = [];
    let k = 0;
    spec.columns.forEach((c) => full.push(c.formula ? null : values[k++] ?? null));
    spec.columns.forEach((c, i) => {
      if (c.formula) {
        const f = c.formula(r, full);
        g.set(r, i + 1, { formula: f.formula, result: f.result, ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) });
      } else {
        const cell = valueCell(full[i], c.numberFormat ?? (c.validation?.rule.type === "date" ? DATE_FORMAT : undefined));
        if (cell) g.set(r, i + 1, cell);
      }
    });
  }
  const validations: TemplateValidation[] = [];
  spec.columns.forEach((c, i) => {
    if (c.validation) validations.push({ range: a1Range(first, i + 1, last, i + 1), ...c.validation });
  });
  return {
    kind: spec.kind,
    prefill: spec.prefill,
    sheetName: spec.sheetName,
    title: spec.title,
    rows: g.rows(),
    columns: spec.columns.map((c) => ({ width: c.width, ...(c.wrap ? { wrap: true } : {}) })),
    table: tableArea(spec.tableName, HEADER_ROW, last, 1, spec.columns.length),
    validations,
    conditionalFormats: [],
    namedRanges: [],
    freezeRows: HEADER_ROW,
    freezeColumns: 0,
  };
}

/** `of` says whose currency it is, in the language: "pledge and payment", "du paiement". */
export const currencyValidation = (lang: Lang, of: string) => ({
  rule: { type: "list" as const, values: TEMPLATE_CURRENCIES }, strict: false, promptTitle: LEDGERS_TEXT[lang].currencyTitle,
  prompt: LEDGERS_TEXT[lang].currencyPrompt(of), error: "",
});

export const dateValidation = (lang: Lang, title: string, prompt: string) => ({ rule: { type: "date" as const }, strict: true, promptTitle: title, prompt, error: LEDGERS_TEXT[lang].dateError });

export const amountValidation = (lang: Lang, title: string, prompt: string, min: number) => ({
  rule: { type: "decimal" as const, min, max: MAX_AMOUNT }, strict: true, promptTitle: title, prompt, error: LEDGERS_TEXT[lang].amountError,
});
