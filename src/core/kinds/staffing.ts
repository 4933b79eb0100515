import { z } from "zod";
import { isBlank, isErrorValue } from "../cells/classify";
import { parseShare } from "../parse/percent";
import { MoneyCell, readMoney, readText } from "../read/cell-readers";
import { isDateCell, RawCell } from "../snapshot";
import { normaliseLabel } from "../text";
import type { TableKind } from "./kind";

const TOTAL = /^(total|totals|total fte|total staffing|sous total|subtotal|total general|total etp)$/;

export type ShareCell =
  | { readonly kind: "blank" }
  | { readonly kind: "share"; readonly fraction: number; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string; readonly reason: string }
  | { readonly kind: "error"; readonly text: string };

export interface StaffingRecord {
  readonly row: number;
  /** A "Total" row (FTE total, cost total) rather than a post. */
  readonly isTotal: boolean;
  readonly position: string;
  readonly fte: ShareCell;
  readonly cost: MoneyCell;
}

function readShare(v: RawCell): ShareCell {
  if (isBlank(v)) return { kind: "blank" };
  if (isErrorValue(v)) return { kind: "error", text: (v as string).trim() };
  if (isDateCell(v) || typeof v === "boolean") return { kind: "unreadable", text: isDateCell(v) ? v.date : String(v), reason: "not a share" };
  const p = parseShare(v as string | number);
  const text = String(v).trim();
  return p.ok ? { kind: "share", fraction: p.value, text } : { kind: "unreadable", text, reason: p.reason };
}

export const staffingKind: TableKind<StaffingRecord> = {
  name: "staffing",
  title: "Staffing",
  fields: [
    { name: "position", title: "Position", required: true, aliases: ["position", "positions", "post", "posts", "title", "job title", "role", "staff", "staff member", "staffing", "poste", "postes", "fonction", "personnel", "puesto", "puestos", "cargo", "personal"] },
    { name: "fte", title: "FTE", required: true, aliases: ["fte", "fte %", "% fte", "fte share", "share", "percentage", "%", "time", "workload", "occupancy", "activity rate", "taux", "taux d activite", "pourcentage", "etp", "dedicacion", "dedicacion ejc", "ejc", "porcentaje", "jornada"] },
    { name: "cost", title: "Cost", type: "money", aliases: ["cost", "costs", "salary", "salaries", "annual cost", "amount", "amount in chf", "cost in chf", "cout", "cout annuel", "cout annuel chf", "costo anual", "costo anual chf", "salaire", "montant", "costo", "salario", "importe"] },
  ],
  identify: (m) => m.has("position") && m.has("fte"),
  recordSchema: z.object({
    row: z.number().int().positive(),
    isTotal: z.boolean(),
    position: z.string(),
    fte: z.object({ kind: z.enum(["blank", "share", "unreadable", "error"]) }).passthrough(),
    cost: z.object({ kind: z.enum(["blank", "amount", "error", "text"]) }).passthrough(),
  }) as unknown as z.ZodType<StaffingRecord>,
  read({ table, sheet }) {
    const c = table.columns;
    const out: StaffingRecord[] = [];
    for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
      const position = readText(sheet.cell(r, c.position));
      const fte = readShare(sheet.cell(r, c.fte));
      const cost = c.cost ? readMoney(sheet.cell(r, c.cost)) : ({ kind: "blank" } as const);
      if (position === "" && fte.kind === "blank" && cost.kind === "blank") continue;
      out.push({ row: r, position, fte, cost, isTotal: TOTAL.test(normaliseLabel(position)) });
    }
    return out;
  },
};
