import type { MoneyCell } from "../read/cell-readers";
import { normaliseLabel } from "../text";

/** What a budget row is for: a cost line, the grand total, a subtotal, an in-kind line, or a section heading. */
export type BudgetRole = "line" | "total" | "subtotal" | "in-kind" | "heading";

/** "1. Salaries", "1.2 Travel", "A. Staff costs", "II. Operational costs", "(a) Travel" → the words after the number. */
const NUMBERING = /^\s*(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,5}|[a-z])[.)]\s+|\d{1,3}(?:\.\d{1,3})+\s+|\d{1,3}\s+(?=\p{L}))/iu;
export const withoutNumbering = (label: string): string => label.replace(NUMBERING, "");

/** A label reduced to its words for role tests: numbering, years and currency names dropped. */
export function roleWords(label: string): string {
  return normaliseLabel(withoutNumbering(label)).replace(/\b(?:(?:19|20|21)\d\d|chf|eur|usd|gbp|in|en)\b/g, " ").replace(/\s+/g, " ").trim();
}

const GRAND_TOTAL = /^(grand total|total general|total generale|overall total|general total|total global|global total|total|totals|total budget|budget total|total du budget|total del presupuesto|presupuesto total|total presupuesto|montant total|importe total|total amount|total cost|total costs|cout total|couts totaux|costo total|total isu budget|isu total)$/;
const SUBTOTAL = /^(sub ?totals?|sous ?totals?|subtotal|total\b.+|.+\btotal)$/;
const IN_KIND = /\b(in ?kind|en nature|en especie|non ?cash|contribution en nature)\b/;

/** A label that reads as a total of some kind (grand or sub). */
export const isTotalLabel = (label: string): boolean => {
  const w = roleWords(label);
  return GRAND_TOTAL.test(w) || SUBTOTAL.test(w);
};

/**
 * A row's role from its label and amounts. "Total" (and its FR/ES forms) is the grand total;
 * "Total staff costs", "Sub-total", "Sous-total des frais de personnel", "Total gastos de personal"
 * are subtotals; a row with no amount and no note is a heading.
 */
export function budgetRole(label: string, amounts: readonly MoneyCell[], notes: string): BudgetRole {
  const w = roleWords(label);
  if (GRAND_TOTAL.test(w)) return "total";
  if (SUBTOTAL.test(w)) return "subtotal";
  if (amounts.some((a) => a.kind === "text" && IN_KIND.test(normaliseLabel(a.text)))) return "in-kind";
  const blank = amounts.every((a) => a.kind === "blank");
  if (blank && IN_KIND.test(w)) return "in-kind";
  if (blank && notes === "") return "heading";
  return "line";
}
