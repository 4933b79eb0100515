import { z } from "zod";
import { currencyCode } from "../parse/currency";
import { DateRead, MoneyCell, readDate, readMoney, readText } from "../read/cell-readers";
import type { TableKind } from "./kind";
import { moneyCellSchema, dateReadSchema } from "./record-schemas";

/** One pledge or payment: a State Party or donor, what it pledged and what has arrived, in which currency. */
export interface ContributionRecord {
  readonly row: number;
  readonly contributor: string;
  readonly pledged: MoneyCell;
  readonly received: MoneyCell;
  readonly date: DateRead;
  /** Upper-case code from the Currency column ("EUR"); "" when the column is absent or blank. */
  readonly currency: string;
  readonly earmarked: string;
  /** The Year column (2026), when it holds a year. */
  readonly year?: number;
  readonly notes: string;
}

const TOTAL = /^(total|totals|grand total|total general|sous total|subtotal)$/i;

/** A Year cell: 2026, "2026", "FY 2026". */
function yearOf(text: string): number | undefined {
  const m = /\b(19|20|21)(\d\d)\b/.exec(text);
  return m ? Number(m[1] + m[2]) : undefined;
}

export const contributionsKind: TableKind<ContributionRecord> = {
  name: "contributions",
  title: "Contributions",
  fields: [
    { name: "contributor", title: "Contributor", required: true, aliases: ["contributor", "contributors", "donor", "donors", "state party", "states parties", "contributing state", "funder", "source of funds", "contributeur", "contributeurs", "donateur", "donateurs", "bailleur", "bailleurs", "bailleur de fonds", "etat partie", "etats parties", "contribuyente", "donante", "donantes", "estado parte", "estados partes"] },
    { name: "pledged", title: "Pledged", type: "money", aliases: ["pledged", "pledge", "pledges", "amount pledged", "pledged amount", "pledged chf", "pledged eur", "pledged amount chf", "announced", "promised", "annonce", "annonces", "montant annonce", "promesse", "promesses", "contribution annoncee", "engage", "prometido", "monto prometido", "importe prometido", "promesa", "comprometido"] },
    { name: "received", title: "Received", type: "money", aliases: ["received", "amount received", "received amount", "received chf", "received eur", "paid", "amount paid", "recu", "recus", "montant recu", "verse", "montant verse", "recibido", "monto recibido", "importe recibido", "pagado"] },
    { name: "date", title: "Date received", aliases: ["date received", "received on", "date of receipt", "receipt date", "payment date", "date of payment", "date", "date de reception", "date de versement", "date du versement", "fecha de recepcion", "fecha de pago", "fecha"] },
    { name: "currency", title: "Currency", aliases: ["currency", "ccy", "cur", "devise", "monnaie", "moneda", "divisa"] },
    { name: "earmarked", title: "Earmarked for", aliases: ["earmarked for", "earmarked", "earmarking", "earmark", "purpose", "affecte a", "affectation", "destine a", "destination", "asignado a", "destinado a", "asignacion"] },
    { name: "year", title: "Year", aliases: ["year", "budget year", "financial year", "fiscal year", "annee", "exercice", "ano", "ejercicio"] },
    { name: "notes", title: "Notes", aliases: ["notes", "note", "comments", "comment", "remarks", "commentaires", "remarques", "notas", "comentarios", "observaciones"] },
  ],
  identify: (m) => m.has("contributor") && (m.has("pledged") || m.has("received")),
  recordSchema: z.object({
    row: z.number().int().positive(),
    contributor: z.string(),
    pledged: moneyCellSchema,
    received: moneyCellSchema,
    date: dateReadSchema,
    currency: z.string(),
    earmarked: z.string(),
    year: z.number().int().optional(),
    notes: z.string(),
  }) as unknown as z.ZodType<ContributionRecord>,
  read({ table, sheet }) {
    const c = table.columns;
    const out: ContributionRecord[] = [];
    const blank = { kind: "blank" } as const;
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const contributor = readText(sheet.cell(r, c.contributor));
      const pledged = c.pledged ? readMoney(sheet.cell(r, c.pledged)) : blank;
      const received = c.received ? readMoney(sheet.cell(r, c.received)) : blank;
      if (contributor === "" && pledged.kind === "blank" && received.kind === "blank") continue;
      if (TOTAL.test(contributor)) continue; // a Total row is the sheet's own sum, not a contributor
      const yearText = c.year ? readText(sheet.cell(r, c.year)) : "";
      out.push({
        row: r,
        contributor,
        pledged,
        received,
        date: c.date ? readDate(sheet.cell(r, c.date)) : blank,
        currency: c.currency ? currencyCode(readText(sheet.cell(r, c.currency))) : "",
        earmarked: c.earmarked ? readText(sheet.cell(r, c.earmarked)) : "",
        year: yearText ? yearOf(yearText) : undefined,
        notes: c.notes ? readText(sheet.cell(r, c.notes)) : "",
      });
    }
    return out;
  },
};
