import { z } from "zod";
import { MoneyCell, readMoney, readText } from "../read/cell-readers";
import { normaliseLabel } from "../text";
import type { TableKind } from "./kind";

/** What a budget row is for: a cost line, the stated total, a subtotal, an in-kind line, or a heading. */
export type BudgetRole = "line" | "total" | "subtotal" | "in-kind" | "heading";

export interface BudgetRecord {
  readonly row: number;
  readonly label: string;
  readonly amount: MoneyCell;
  readonly notes: string;
  readonly role: BudgetRole;
}

const TOTAL = /^(grand total|total general|total|totals|montant total|total budget|budget total|total cost|total costs|cout total|costo total|importe total)$/;
const SUBTOTAL = /^(sub ?total|sous ?total|subtotal)\b/;
const IN_KIND = /\b(in ?kind|en nature|en especie|non ?cash|contribution en nature)\b/;

function roleOf(label: string, amount: MoneyCell, notes: string): BudgetRole {
  const l = normaliseLabel(label);
  if (TOTAL.test(l)) return "total";
  if (SUBTOTAL.test(l)) return "subtotal";
  if (amount.kind === "text" && IN_KIND.test(normaliseLabel(amount.text))) return "in-kind";
  if (amount.kind === "blank" && IN_KIND.test(l)) return "in-kind";
  if (amount.kind === "blank" && notes === "") return "heading";
  return "line";
}

const moneyCellSchema = z.union([
  z.object({ kind: z.literal("blank") }),
  z.object({ kind: z.literal("amount"), minor: z.number().int(), currency: z.string().optional(), fromText: z.boolean(), text: z.string().optional() }),
  z.object({ kind: z.literal("error"), text: z.string() }),
  z.object({ kind: z.literal("text"), text: z.string(), reason: z.string() }),
]);

export const budgetKind: TableKind<BudgetRecord> = {
  name: "budget",
  title: "Budget",
  fields: [
    { name: "label", title: "Cost line", required: true, aliases: ["cost", "costs", "item", "items", "budget line", "line", "cost line", "cost item", "category", "expense", "expenses", "expenditure", "description", "cout", "couts", "poste", "rubrique", "ligne budgetaire", "depenses", "partida", "concepto", "rubro", "linea presupuestaria", "gasto", "gastos"] },
    { name: "amount", title: "Amount", type: "money", aliases: ["amount", "amount in chf", "amount chf", "chf", "eur", "usd", "amount in eur", "amount in usd", "budget", "budget chf", "cost in chf", "montant", "montant en chf", "montant chf", "importe", "importe en chf", "monto", "total chf"] },
    { name: "notes", title: "Notes", aliases: ["notes", "note", "comments", "comment", "remarks", "observations", "justification", "details", "commentaires", "remarques", "notas", "comentarios", "observaciones"] },
  ],
  identify: (m) => m.has("label") && m.has("amount"),
  recordSchema: z.object({
    row: z.number().int().positive(),
    label: z.string(),
    amount: moneyCellSchema,
    notes: z.string(),
    role: z.enum(["line", "total", "subtotal", "in-kind", "heading"]),
  }),
  read({ table, sheet }) {
    const cl = table.columns.label, ca = table.columns.amount, cn = table.columns.notes;
    const out: BudgetRecord[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const label = readText(sheet.cell(r, cl));
      const amount = ca ? readMoney(sheet.cell(r, ca)) : ({ kind: "blank" } as const);
      const notes = cn ? readText(sheet.cell(r, cn)) : "";
      if (label === "" && amount.kind === "blank" && notes === "") continue;
      out.push({ row: r, label, amount, notes, role: roleOf(label, amount, notes) });
    }
    return out;
  },
};

/** The currency a budget table states in its amount header ("Amount in CHF"), if any. */
export function headerCurrency(header: string | undefined): string | undefined {
  const m = header ? /\b(CHF|EUR|USD|GBP)\b/i.exec(header) : null;
  return m ? m[1].toUpperCase() : undefined;
}
