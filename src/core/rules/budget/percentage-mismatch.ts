import type { BudgetRecord } from "../../kinds/budget";
import { roleWords } from "../../kinds/budget-roles";
import { findStatedPercentages } from "../../parse/percent";
import { normaliseLabel, quote } from "../../text";
import { defineRule, Hit } from "../rule";
import { cellList, columnParam } from "./budget-lines";
import { budgetCurrency } from "./currency";
import { amountColumnsOf, BudgetStructure, budgetStructure, sumColumn } from "./structure";

/** Words match when they share their first five letters ("salary" ~ "Salaries", "salaire" ~ "salaires"). */
const stem = (w: string) => w.slice(0, Math.min(5, w.length));
/** Words every cost label may hold: they tell no line apart ("direct costs" is not "Other support costs"). */
const GENERIC = new Set(["cost", "costs", "cout", "couts", "coste", "costes", "costo", "costos", "frais", "gasto", "gastos", "expense", "expenses", "depenses", "total", "totals", "other", "autres", "otros"]);
const stems = (text: string) => normaliseLabel(text).split(" ").filter((w) => w.length >= 4 && !GENERIC.has(w)).map(stem);

/** Overhead lines, stated as a share of the costs above them: "Programme support costs (13%)", "Overhead @ 8%". */
const OVERHEAD = /\b(psc|programme support|program support|overheads?|indirect costs?|frais generaux|frais indirects|couts indirects|frais de gestion|gastos generales|costos indirectos|gastos indirectos|administrative fee|management fee|admin fee)\b/;
/** "of the total above", "of the subtotal above", "du total ci-dessus", "del total anterior". */
const ABOVE = /\b(above|ci dessus|precedent|anterior|arriba)\b/;
/** "of direct costs", "des coûts directs", "de los costos directos": everything above that is not overhead. */
const DIRECT = /\b(direct|directs|directos|directes)\b/;

interface Base {
  readonly label: string;
  readonly rows: readonly BudgetRecord[];
  /** The row whose cell the base is (a line or a subtotal), for the message. */
  readonly row?: number;
}

function baseLine(s: BudgetStructure, of: string, self: BudgetRecord): Base | undefined {
  const wanted = stems(of);
  if (wanted.length === 0) return undefined;
  const line = s.lines.find((r) => r !== self && r.amount.kind === "amount" && stems(r.label).some((w) => wanted.includes(w)));
  return line ? { label: line.label, rows: [line], row: line.row } : undefined;
}

function baseSection(s: BudgetStructure, of: string): Base | undefined {
  const wanted = stems(roleWords(of));
  if (wanted.length === 0) return undefined;
  const section = s.sections.find((x) => stems(roleWords(x.label)).concat(x.subtotal ? stems(roleWords(x.subtotal.label)) : []).some((w) => wanted.includes(w)));
  return section ? { label: section.label, rows: section.lines, row: section.subtotal?.row } : undefined;
}

/** The lines above `self` that are not overhead themselves (the direct costs). */
function linesAbove(s: BudgetStructure, self: BudgetRecord): Base {
  const rows = s.lines.filter((l) => l.row < self.row && !OVERHEAD.test(normaliseLabel(l.label)));
  return { label: "the lines above", rows };
}

/** The nearest subtotal above `self`, else the lines above it. */
function totalAbove(s: BudgetStructure, self: BudgetRecord): Base {
  const above = s.sections.filter((x) => x.subtotal && x.subtotal.row < self.row).sort((a, b) => b.subtotal!.row - a.subtotal!.row)[0];
  return above ? { label: above.subtotal!.label, rows: above.lines, row: above.subtotal!.row } : linesAbove(s, self);
}

/** What a stated percentage is of: a named line, a section, the subtotal above, or (for overhead) the costs above. */
function baseOf(s: BudgetStructure, self: BudgetRecord, of: string | undefined): Base | undefined {
  const overhead = OVERHEAD.test(normaliseLabel(self.label));
  if (of === undefined) return overhead ? linesAbove(s, self) : undefined;
  const o = normaliseLabel(of);
  if (ABOVE.test(o)) return totalAbove(s, self);
  return baseLine(s, of, self) ?? baseSection(s, of) ?? (overhead || DIRECT.test(o) ? linesAbove(s, self) : undefined);
}

export const percentageMismatch = defineRule({
  code: "budget.percentage-mismatch",
  severity: "error",
  title: "Line does not match the percentage it states",
  description: "A line estimated as a share of another (social charges at 20% of salaries, programme support costs at 13% of direct costs, 7% of the total above) must move with it, in every budget column.",
  kinds: ["budget"],
  check({ table, sheet, records, settings }) {
    const hits: Hit[] = [];
    const s = budgetStructure(table, sheet, records);
    const currency = budgetCurrency(table, records, settings.currency);
    const tolerance = Math.round(settings.roundingTolerance * 100);
    const cols = amountColumnsOf(table);
    for (const rec of s.lines) {
      const stated = findStatedPercentages(`${rec.label} ${rec.notes}`);
      if (stated.length === 0) continue;
      for (const p of stated) {
        const base = baseOf(s, rec, p.of);
        if (!base || base.rows.length === 0 || base.rows.includes(rec)) continue;
        cols.forEach((c, k) => {
          const own = rec.amounts[k];
          if (c.role !== "budget" || own?.kind !== "amount") return;
          const sum = sumColumn(base.rows, k);
          if (!sum.complete) return;
          const expected = Math.round(sum.minor * p.rate);
          if (Math.abs(expected - own.minor) <= tolerance) return;
          const baseRow = base.row ?? base.rows[0].row;
          hits.push({
            row: rec.row, column: c.column, field: "amount",
            params: {
              label: quote(rec.label), stated: own.minor, rate: p.rate, base: base.row !== undefined ? quote(base.label) : `${base.label} (${cellList(base.rows.map((r) => r.row), c.column)})`,
              baseAmount: sum.minor, expected, difference: own.minor - expected, currency, baseRow, column: columnParam(table, k),
            },
          });
        });
      }
    }
    return hits;
  },
});
