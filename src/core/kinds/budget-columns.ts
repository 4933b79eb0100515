import { normaliseLabel } from "../text";
import { maxOf } from "../max-of";

/**
 * What an amount column of a budget holds, from its header (EN/FR/ES):
 * - "budget": a period or a version of the budget ("Budget 2025", "2026", "Approved", "Budget révisé", "Amount in CHF");
 * - "actuals": what was spent ("Actual", "Expenditure", "Dépenses", "Gastos ejecutados");
 * - "difference": one column minus another ("Variance", "Écart", "Diferencia");
 * - "percentage": a ratio of two columns ("% executed", "% of budget").
 */
export type AmountRole = "budget" | "actuals" | "difference" | "percentage";

export interface AmountColumn {
  /** 1-based sheet column. */
  readonly column: number;
  /** Header as written (both rows of a two-row header, joined: "Budget (CHF) 2026"). */
  readonly header: string;
  readonly role: AmountRole;
  /** The year the header names (2026), if any. */
  readonly year?: number;
}

const PERCENT = /(^|\s)%|\b(percent|percentage|pourcentage|porcentaje|execution rate|taux d execution|tasa de ejecucion)\b/;
/** Per-unit columns of a detailed budget (unit cost × quantity) are not amounts that add up. */
const PER_UNIT = /\b(unit|units|unite|unidad|qty|quantity|quantite|cantidad|nb|number|days|jours|dias|months|mois|meses|rate|taux|tarif|tarifa|price|prix|precio)\b/;
const DIFFERENCE = /\b(variance|variances|difference|differences|diff|ecart|ecarts|diferencia|diferencias|variacion|delta|change|increase|decrease|augmentation|diminution|aumento|disminucion)\b/;
const ACTUALS = /\b(actual|actuals|expenditure|expenditures|spent|spending|expensed|incurred|depenses|depense|realise|realises|reel|reels|ejecutado|ejecutados|ejecucion|gastado|gastos ejecutados|gasto real)\b/;
const BUDGET = /\b(budget|budgets|budgeted|amount|amounts|montant|montants|importe|monto|approved|revised|proposed|adopted|original|initial|forecast|estimate|estimated|planned|budgete|revise|propose|approuve|adopte|prevu|presupuesto|presupuestado|aprobado|revisado|propuesto|chf|eur|usd|gbp|cost|costs|cout|couts|costo|coste)\b/;
const YEAR = /\b(?:fy\s?)?((?:19|20|21)\d\d)\b/;

/** The role a header names, or undefined when it names none (a label, a note, a code). */
export function amountRole(header: string): { role: AmountRole; year?: number } | undefined {
  if (header.length > 80) return undefined;
  const h = normaliseLabel(header);
  if (h === "") return undefined;
  const y = YEAR.exec(h);
  const year = y ? Number(y[1]) : undefined;
  const withYear = (role: AmountRole) => (year === undefined ? { role } : { role, year });
  if (PERCENT.test(h)) return withYear("percentage");
  if (PER_UNIT.test(h)) return undefined;
  if (DIFFERENCE.test(h)) return withYear("difference");
  if (ACTUALS.test(h)) return withYear("actuals");
  if (BUDGET.test(h)) return withYear("budget");
  // A bare year, or a year with a short qualifier ("2026", "FY 2026", "2026 CHF").
  if (year !== undefined && h.replace(YEAR, "").trim().split(" ").filter(Boolean).length <= 1) return withYear("budget");
  return undefined;
}

/** Years named in a text ("Work plan 2025-2026" → [2025, 2026]). */
export function yearsIn(text: string | undefined): number[] {
  if (!text) return [];
  const out: number[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20|21)\d\d)(?!\d)/g)) out.push(Number(m[1]));
  return out;
}

/**
 * The column the main figures come from: the budget column of the plan year (the first of the hints —
 * settings, title, sheet name, file name — that names a year some budget column has; the latest
 * one when it names several: "2025-2026" → 2026), else the last budget column, else the first amount column.
 */
export function mainAmountColumn(columns: readonly AmountColumn[], hints: readonly (string | undefined)[]): AmountColumn | undefined {
  const budgets = columns.filter((c) => c.role === "budget");
  for (const hint of hints) {
    const years = yearsIn(hint).filter((y) => budgets.some((c) => c.year === y));
    if (years.length > 0) {
      const year = maxOf(years, -Infinity);
      return budgets.filter((c) => c.year === year).pop();
    }
  }
  return budgets[budgets.length - 1] ?? columns[0];
}
