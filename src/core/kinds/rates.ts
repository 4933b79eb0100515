import { z } from "zod";
import { isBlank, isErrorValue } from "../cells/classify";
import { currencyCode } from "../parse/currency";
import { parseRate, Rate } from "../parse/rate";
import { readText } from "../read/cell-readers";
import { isDateCell, RawCell } from "../snapshot";
import type { TableKind } from "./kind";

export type RateCell =
  | { readonly kind: "blank" }
  | { readonly kind: "rate"; readonly rate: Rate }
  | { readonly kind: "unreadable"; readonly text: string; readonly reason: string };

/** One line of a rate table: Currency | Rate to CHF | Date or source. */
export interface RateRecord {
  readonly row: number;
  readonly currency: string;
  readonly rate: RateCell;
  readonly source: string;
}

function readRate(v: RawCell): RateCell {
  if (isBlank(v)) return { kind: "blank" };
  if (isErrorValue(v)) return { kind: "unreadable", text: String(v).trim(), reason: "an error value" };
  if (isDateCell(v) || typeof v === "boolean") return { kind: "unreadable", text: isDateCell(v) ? v.date : String(v), reason: "not a number" };
  const r = parseRate(v as number | string);
  return r.ok ? { kind: "rate", rate: r.value } : { kind: "unreadable", text: String(v).trim(), reason: r.reason };
}

export const ratesKind: TableKind<RateRecord> = {
  name: "rates",
  title: "Currency rates",
  fields: [
    { name: "currency", title: "Currency", required: true, aliases: ["currency", "currencies", "ccy", "devise", "devises", "monnaie", "moneda", "divisa", "divisas"] },
    { name: "rate", title: "Rate to CHF", required: true, aliases: ["rate to chf", "rate", "rate chf", "exchange rate", "chf per unit", "in chf", "value in chf", "fx rate", "taux", "taux de change", "taux en chf", "cours", "tipo de cambio", "tasa", "tasa de cambio", "cambio"] },
    { name: "source", title: "Date or source", aliases: ["date or source", "source", "date", "as of", "rate date", "date ou source", "origine", "fecha o fuente", "fuente", "fecha"] },
  ],
  identify: (m) => m.has("currency") && m.has("rate"),
  recordSchema: z.object({
    row: z.number().int().positive(),
    currency: z.string(),
    rate: z.object({ kind: z.enum(["blank", "rate", "unreadable"]) }).passthrough(),
    source: z.string(),
  }) as unknown as z.ZodType<RateRecord>,
  read({ table, sheet }) {
    const c = table.columns;
    const out: RateRecord[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const currency = currencyCode(readText(sheet.cell(r, c.currency)));
      const rate = readRate(sheet.cell(r, c.rate));
      if (currency === "" && rate.kind === "blank") continue;
      out.push({ row: r, currency, rate, source: c.source ? readText(sheet.cell(r, c.source)) : "" });
    }
    return out;
  },
};
