import { z } from "zod";
import { MoneyCell, readMoney, readText } from "../read/cell-readers";
import type { SheetView } from "../sheet-view";
import { AmountColumn, amountRole, mainAmountColumn } from "./budget-columns";
import { BudgetRole, budgetRole } from "./budget-roles";
import type { TableKind } from "./kind";

export type { BudgetRole } from "./budget-roles";

export interface BudgetRecord {
  readonly row: number;
  readonly label: string;
  /** The main column's cell (the plan year's budget), the one the rollup's main figures use. */
  readonly amount: MoneyCell;
  /** Every amount column's cell, in the order of `table.amountColumns`. */
  readonly amounts: readonly MoneyCell[];
  readonly notes: string;
  readonly role: BudgetRole;
}

const moneyCellSchema = z.union([
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("amount"), minor: z.number().int(), currency: z.string().optional(), fromText: z.boolean(), text: z.string().optional() }),
  z.object({ kind: z.literal("error"), text: z.string() }),
  z.object({ kind: z.literal("text"), text: z.string(), reason: z.string() }),
  z.object({ kind: z.literal("uncalculated"), formula: z.string() }),
]);

/**
 * A money cell, or "uncalculated" when it holds a formula with no calculated value (a file written
 * by a script): never read as blank or zero.
 */
export function readBudgetMoney(sheet: SheetView, row: number, column: number): MoneyCell {
  const v = sheet.cell(row, column);
  if (v === null) {
    const f = sheet.formula(row, column);
    if (f) return { kind: "uncalculated", formula: f };
  }
  return readMoney(v);
}

export const budgetKind: TableKind<BudgetRecord> = {
  name: "budget",
  title: "Budget",
  fields: [
    { name: "label", title: "Cost line", required: true, aliases: ["cost", "costs", "item", "items", "budget line", "line", "cost line", "cost item", "category", "expense", "expenses", "expenditure", "description", "cout", "couts", "costo", "costos", "coste", "costes", "poste", "rubrique", "ligne budgetaire", "depenses", "partida", "concepto", "rubro", "linea presupuestaria", "gasto", "gastos"] },
    {
      name: "amount", title: "Amount", type: "money",
      aliases: ["amount", "amount in chf", "amount chf", "chf", "eur", "usd", "amount in eur", "amount in usd", "budget", "budget chf", "cost in chf", "montant", "montant en chf", "montant chf", "importe", "importe en chf", "monto", "total chf"],
      // "Budget 2026", "2026", "Approved", "Actual", "Variance", "% executed": any amount column.
      pattern: (h) => amountRole(h) !== undefined,
    },
    { name: "notes", title: "Notes", aliases: ["notes", "note", "comments", "comment", "remarks", "observations", "justification", "details", "commentaires", "remarques", "notas", "comentarios", "observaciones"] },
  ],
  identify: (m) => m.has("label") && m.has("amount"),
  recordSchema: z.object({
    row: z.number().int().positive(),
    label: z.string(),
    amount: moneyCellSchema,
    amounts: z.array(moneyCellSchema),
    notes: z.string(),
    role: z.enum(["line", "total", "subtotal", "in-kind", "heading"]),
  }),
  prepare(table, { sheet, file, settings }) {
    const skip = new Set([table.columns.label, table.columns.notes]);
    const amountColumns: AmountColumn[] = [];
    for (let c = table.firstColumn; c <= table.lastColumn; c++) {
      const header = table.headers[c];
      if (skip.has(c) || !header) continue;
      const r = amountRole(header) ?? (c === table.columns.amount ? { role: "budget" as const } : undefined);
      if (r) amountColumns.push({ column: c, header, ...r });
    }
    const window = settings.planWindow ? `${settings.planWindow.start} ${settings.planWindow.end}` : undefined;
    const main = mainAmountColumn(amountColumns, [window, table.title, sheet.name, file]);
    return main ? { ...table, amountColumns, columns: { ...table.columns, amount: main.column } } : { ...table, amountColumns };
  },
  read({ table, sheet }) {
    const cl = table.columns.label, cn = table.columns.notes;
    const cols = table.amountColumns ?? (table.columns.amount ? [{ column: table.columns.amount, header: "", role: "budget" as const }] : []);
    const main = cols.findIndex((c) => c.column === table.columns.amount);
    const out: BudgetRecord[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const label = readText(sheet.cell(r, cl));
      const amounts = cols.map((c) => readBudgetMoney(sheet, r, c.column));
      const notes = cn ? readText(sheet.cell(r, cn)) : "";
      if (label === "" && notes === "" && amounts.every((a) => a.kind === "blank")) continue;
      const amount = main >= 0 ? amounts[main] : ({ kind: "blank" } as const);
      out.push({ row: r, label, amount, amounts, notes, role: budgetRole(label, amounts, notes) });
    }
    return out;
  },
};

/** The currency a budget table states in its amount header ("Amount in CHF"), if any. */
export function headerCurrency(header: string | undefined): string | undefined {
  const m = header ? /\b(CHF|EUR|USD|GBP)\b/i.exec(header) : null;
  return m ? m[1].toUpperCase() : undefined;
}
