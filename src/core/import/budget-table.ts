/**
 * Budget tables in a document (the ISU's `COST | Amount in CHF | NOTES`): cost lines with their amounts
 * read exactly ("378'961"), the Total as written, and the lines below it that have no amount ("GICHD,
 * in-kind"). An amount that cannot be read is kept as text and reported, never turned into zero.
 */
import { minorToUnits, parseAmountText } from "../parse/amount";
import { normaliseLabel } from "../text";
import type { Block } from "./document";
import { blockText } from "./document";
import type { ImportNotice } from "./notices";
import type { DocLocation } from "./outline";
import { isTitleLike } from "./outline";

export interface ImportedBudgetLine {
  readonly label: string;
  /** In currency units (CHF), exact; absent when the text is not an amount. */
  readonly amount?: number;
  /** The amount cell as written. */
  readonly amountText: string;
  readonly notes?: string;
}

export interface ImportedBudget {
  /** The nearest title above the table ("2026 Budget of the Implementation Support Unit"). */
  readonly title: string;
  /** The header row as written. */
  readonly header: readonly string[];
  readonly currency?: string;
  readonly lines: readonly ImportedBudgetLine[];
  /** The Total row's amount as written in the document, in units. */
  readonly statedTotal?: number;
  /** Sum of the lines' amounts, in units. */
  readonly total: number;
  /** Lines below the Total with no amount ("Administrative expenses: GICHD, in-kind"). */
  readonly inKind: readonly { readonly label: string; readonly text: string; readonly notes?: string }[];
  readonly location: DocLocation;
}

const AMOUNT_HEADER = /\b(?:amount|cost|costs|budget|montant|cout|couts|importe|monto|costo|presupuesto|chf|eur|usd)\b/;
const TOTAL = /^(?:total|grand total|total general|total g[ée]n[ée]ral|totale)\b/i;
const CURRENCY = /\b(CHF|EUR|USD|GBP)\b/i;

/** The amount column: the first header after the label column that names an amount. */
function amountColumn(header: readonly string[]): number {
  return header.findIndex((h, c) => c > 0 && AMOUNT_HEADER.test(normaliseLabel(h)));
}

function titleAbove(blocks: readonly Block[], index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    const b = blocks[i];
    if (b.type !== "table" && (b.type === "heading" || isTitleLike(blockText(b)))) return blockText(b);
  }
  return "Budget";
}

export function findBudgets(blocks: readonly Block[], paths: readonly (readonly string[])[], notices: ImportNotice[]): ImportedBudget[] {
  const out: ImportedBudget[] = [];
  blocks.forEach((b, index) => {
    if (b.type !== "table" || b.rows.length < 2) return;
    const header = b.rows[0];
    const col = amountColumn(header);
    if (col < 0) return;
    const location = { headingPath: paths[index], paragraph: index + 1 };
    const lines: ImportedBudgetLine[] = [];
    const inKind: { label: string; text: string; notes?: string }[] = [];
    let statedTotal: number | undefined;
    let afterTotal = false;
    let sumMinor = 0;
    for (const row of b.rows.slice(1)) {
      const label = row[0] ?? "";
      const amountText = row[col] ?? "";
      const notes = row.filter((_, c) => c !== 0 && c !== col).join(" ").trim() || undefined;
      const amount = parseAmountText(amountText);
      if (TOTAL.test(label)) {
        if (amount.ok) statedTotal = minorToUnits(amount.value.minor);
        afterTotal = true;
        continue;
      }
      if (afterTotal && !amount.ok) {
        inKind.push({ label, text: amountText, ...(notes ? { notes } : {}) });
        continue;
      }
      if (amount.ok) sumMinor += amount.value.minor;
      else if (amountText.trim() !== "") notices.push({ code: "import.amount-unreadable", params: { label, text: amountText, reason: amount.reason }, location });
      lines.push({ label, amountText, ...(amount.ok ? { amount: minorToUnits(amount.value.minor) } : {}), ...(notes ? { notes } : {}) });
    }
    if (lines.length === 0) return;
    const total = minorToUnits(sumMinor);
    if (statedTotal !== undefined && statedTotal !== total) notices.push({ code: "import.total-differs", params: { stated: statedTotal, sum: total }, location });
    const currency = CURRENCY.exec(header[col])?.[1]?.toUpperCase();
    out.push({ title: titleAbove(blocks, index), header, ...(currency ? { currency } : {}), lines, ...(statedTotal !== undefined ? { statedTotal } : {}), total, inKind, location });
  });
  return out;
}
