import { a1Range } from "../a1";
import type { Lang } from "../i18n/lang";
import { MONEY_FORMAT, SHARE_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import { TemplateError } from "./template";
import type { TemplateCell, TemplateSheet } from "./template";
import { BUDGET_TEXT } from "./text";

/** The header in a language: COST | Amount in CHF | NOTES, COÛT | Montant en CHF | NOTES, COSTO | Importe en CHF | NOTAS. */
export const budgetHeaders = (lang: Lang = "en"): string[] => {
  const h = BUDGET_TEXT[lang].headers;
  return [h.cost, h.amount, h.notes];
};
export const BUDGET_HEADERS = budgetHeaders("en");
export const SOCIAL_CHARGES_RATE_NAME = "SocialChargesRate";
export const DEFAULT_SOCIAL_CHARGES_RATE = 0.2;
/** The largest amount the Amount column accepts: a typo guard, far above any secretariat budget line. */
const MAX_AMOUNT = 100_000_000;

/**
 * Layout. The rate sits in the first row, above the title: the core takes the nearest text above a
 * header as the table's title, so the title must be the row right above the header. Its row holds a
 * number, so it is never mistaken for a header (a header row holds only text).
 */
const RATE_ROW = 1;
const TITLE_ROW = 3;
const HEADER_ROW = 4;

/** A cost line: a typed amount, or a share of another line (social charges = rate × salaries). */
export interface BudgetLineInput {
  readonly label: string;
  readonly amount?: number;
  readonly notes?: string;
  /** Label of the line this one is the social-charges rate of: the amount becomes a formula. */
  readonly rateOf?: string;
}

/** Below the total: contributions without an amount ("GICHD, in-kind"). */
export interface InKindInput {
  readonly label: string;
  /** What is given ("GICHD, in-kind"); absent on a blank template's line. */
  readonly text?: string;
  readonly notes?: string;
}

export interface BudgetSpec {
  readonly sheetName: string;
  readonly title: string;
  readonly lines: readonly BudgetLineInput[];
  readonly inKind: readonly InKindInput[];
  readonly rate?: number;
  readonly prefill?: string;
  /** The language of the header, the rate and total labels and the prompts (default English). */
  readonly lang?: Lang;
}

/** Excel and Sheets ROUND: half away from zero. */
const round0 = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/**
 * A rate line's note ("Estimated at 20% of salary") follows the rate cell, so changing the rate
 * keeps the note, the amount and the core's percentage check in agreement.
 */
function rateNote(notes: string, rate: number, lang: Lang): TemplateCell {
  const m = /(\d+(?:[.,]\d+)?)(\s*)%/.exec(notes);
  if (!m) return text(notes);
  const quoteText = (t: string) => `"${t.replace(/"/g, '""')}"`;
  // The space French and Spanish write before "%" ("20 %") is kept as written.
  const before = notes.slice(0, m.index), after = m[2] + "%" + notes.slice(m.index + m[0].length);
  const percent = String(Math.round(rate * 1000) / 10);
  return {
    formula: `=${quoteText(before)}&ROUND(${SOCIAL_CHARGES_RATE_NAME}*100,1)&${quoteText(after)}`,
    result: `${before}${lang === "en" ? percent : percent.replace(".", ",")}${after}`,
  };
}

export function budgetTemplate(spec: BudgetSpec): TemplateSheet {
  const rate = spec.rate ?? DEFAULT_SOCIAL_CHARGES_RATE;
  const lang = spec.lang ?? "en";
  const tx = BUDGET_TEXT[lang];
  const headers = budgetHeaders(lang);
  const g = new Grid();
  g.set(RATE_ROW, 1, text(tx.rateLabel, true));
  g.set(RATE_ROW, 2, { value: rate, numberFormat: SHARE_FORMAT });
  g.set(RATE_ROW, 3, text(tx.rateHelp));
  g.set(TITLE_ROW, 1, text(spec.title, true));
  headers.forEach((h, i) => g.set(HEADER_ROW, i + 1, text(h, true)));

  const firstLine = HEADER_ROW + 1;
  const rowOf = new Map(spec.lines.map((l, i) => [l.label, firstLine + i]));
  spec.lines.forEach((line, i) => {
    const r = firstLine + i;
    g.set(r, 1, text(line.label));
    const base = line.rateOf !== undefined ? rowOf.get(line.rateOf) : undefined;
    if (line.rateOf !== undefined && base === undefined) throw new TemplateError(`budget line '${line.label}' is a share of '${line.rateOf}', which is not a line`);
    if (base !== undefined) {
      g.set(r, 2, { formula: `=ROUND(${SOCIAL_CHARGES_RATE_NAME}*B${base},0)`, result: round0(rate * g.numberAt(base, 2)), numberFormat: MONEY_FORMAT });
    } else g.set(r, 2, line.amount !== undefined ? { value: line.amount, numberFormat: MONEY_FORMAT } : { numberFormat: MONEY_FORMAT });
    if (line.notes) g.set(r, 3, base !== undefined ? rateNote(line.notes, rate, lang) : text(line.notes));
  });
  const lastLine = firstLine + spec.lines.length - 1;
  const totalRow = lastLine + 1;
  g.set(totalRow, 1, text(tx.total, true));
  g.set(totalRow, 2, { formula: `=SUM(B${firstLine}:B${lastLine})`, result: g.sumColumn(2, firstLine, lastLine), numberFormat: MONEY_FORMAT, bold: true });
  spec.inKind.forEach((k, i) => {
    g.set(totalRow + 1 + i, 1, text(k.label));
    if (k.text) g.set(totalRow + 1 + i, 2, text(k.text));
    if (k.notes) g.set(totalRow + 1 + i, 3, text(k.notes));
  });
  const lastRow = totalRow + spec.inKind.length;

  return {
    kind: "budget",
    prefill: spec.prefill,
    sheetName: spec.sheetName,
    title: spec.title,
    rows: g.rows(),
    columns: [{ width: 36, wrap: true }, { width: 16 }, { width: 80, wrap: true }],
    table: tableArea("Budget", HEADER_ROW, lastRow, 1, headers.length, false),
    validations: [
      { range: `B${RATE_ROW}`, rule: { type: "decimal", min: 0, max: 1 }, strict: true, promptTitle: tx.rateTitle, prompt: tx.ratePrompt, error: tx.rateError },
      { range: a1Range(firstLine, 2, lastLine, 2), rule: { type: "decimal", min: 0, max: MAX_AMOUNT }, strict: true, promptTitle: tx.amountTitle, prompt: tx.amountPrompt, error: tx.amountError },
    ],
    conditionalFormats: [],
    namedRanges: [{ name: SOCIAL_CHARGES_RATE_NAME, ref: `$B$${RATE_ROW}` }],
    freezeRows: HEADER_ROW,
    freezeColumns: 0,
  };
}
