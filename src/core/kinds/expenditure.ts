import { z } from "zod";
import { currencyCode } from "../parse/currency";
import { DateRead, MoneyCell, readDate, readMoney, readText } from "../read/cell-readers";
import type { TableKind } from "./kind";
import { dateReadSchema, moneyCellSchema } from "./record-schemas";

/** One ledger entry: what was paid, when, against which budget line. */
export interface ExpenditureRecord {
  readonly row: number;
  readonly date: DateRead;
  /** The budget line it is charged to, as written ("Travels"). */
  readonly line: string;
  readonly amount: MoneyCell;
  /** Upper-case code from the Currency column; "" when absent or blank. */
  readonly currency: string;
  readonly description: string;
  readonly reference: string;
  readonly notes: string;
}

const TOTAL = /^(total|totals|grand total|total general|sous total|subtotal|total spent|total depense)$/i;

export const expenditureKind: TableKind<ExpenditureRecord> = {
  name: "expenditure",
  title: "Expenditure ledger",
  fields: [
    { name: "date", title: "Date", aliases: ["date", "payment date", "date of payment", "value date", "booking date", "posting date", "date paid", "date de paiement", "date de valeur", "date comptable", "fecha", "fecha de pago", "fecha valor"] },
    { name: "line", title: "Budget line", required: true, aliases: ["budget line", "budget lines", "line", "cost line", "budget item", "charged to", "ligne budgetaire", "ligne", "imputation", "rubrique budgetaire", "partida", "partida presupuestaria", "linea presupuestaria", "rubro"] },
    { name: "amount", title: "Amount", type: "money", aliases: ["amount", "amount spent", "spent", "amount paid", "paid", "amount in chf", "amount chf", "expenditure", "expense", "montant", "montant depense", "montant paye", "depense", "importe", "monto", "gasto", "importe pagado"] },
    { name: "currency", title: "Currency", aliases: ["currency", "ccy", "cur", "devise", "monnaie", "moneda", "divisa"] },
    { name: "description", title: "Description", aliases: ["description", "details", "purpose", "object", "item", "libelle", "objet", "descripcion", "concepto", "detalle"] },
    { name: "reference", title: "Reference", aliases: ["reference", "ref", "ref no", "invoice", "invoice no", "voucher", "voucher no", "document", "piece", "numero de piece", "no de piece", "facture", "referencia", "factura", "comprobante"] },
    { name: "notes", title: "Notes", aliases: ["notes", "note", "comments", "comment", "remarks", "commentaires", "remarques", "notas", "comentarios", "observaciones"] },
  ],
  // A ledger names a line and an amount, and a date or a voucher: a budget has neither.
  identify: (m) => m.has("line") && m.has("amount") && (m.has("date") || m.has("reference")),
  recordSchema: z.object({
    row: z.number().int().positive(),
    date: dateReadSchema,
    line: z.string(),
    amount: moneyCellSchema,
    currency: z.string(),
    description: z.string(),
    reference: z.string(),
    notes: z.string(),
  }) as unknown as z.ZodType<ExpenditureRecord>,
  read({ table, sheet }) {
    const c = table.columns;
    const out: ExpenditureRecord[] = [];
    const blank = { kind: "blank" } as const;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const line = readText(sheet.cell(r, c.line));
      const amount = c.amount ? readMoney(sheet.cell(r, c.amount)) : blank;
      const description = c.description ? readText(sheet.cell(r, c.description)) : "";
      if (line === "" && amount.kind === "blank" && description === "") continue;
      if (TOTAL.test(line)) continue; // the sheet's own sum, not an expense
      out.push({
        row: r,
        date: c.date ? readDate(sheet.cell(r, c.date)) : blank,
        line,
        amount,
        currency: c.currency ? currencyCode(readText(sheet.cell(r, c.currency))) : "",
        description,
        reference: c.reference ? readText(sheet.cell(r, c.reference)) : "",
        notes: c.notes ? readText(sheet.cell(r, c.notes)) : "",
      });
    }
    return out;
  },
};
