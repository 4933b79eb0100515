import type { BudgetRecord } from "../../kinds/budget";
import type { AmountColumn } from "../../kinds/budget-columns";
import { roleWords } from "../../kinds/budget-roles";
import { sumAreas } from "../../formula/refs";
import type { SheetView } from "../../sheet-view";
import type { DetectedTable } from "../../table";
import { pushAll } from "../../max-of";

/** How a subtotal's rows were found. */
export type MemberSource = "formula" | "heading named" | "section" | "lines above" | "subtotals above" | "everything above";

/** A section of a budget: a heading and/or a subtotal, and what it holds. */
export interface BudgetSection {
  /** The heading's label, else the subtotal's. */
  readonly label: string;
  readonly heading?: BudgetRecord;
  readonly subtotal?: BudgetRecord;
  /** What the subtotal adds up: cost lines and nested subtotals, in row order. */
  readonly members: readonly BudgetRecord[];
  /** Every cost line inside, nested sections' included. */
  readonly lines: readonly BudgetRecord[];
  /** 0 for a top-level section, 1 inside another, … */
  readonly depth: number;
  readonly source: MemberSource;
}

export interface BudgetStructure {
  /** Every cost line above the grand total (subtotals and headings excluded). */
  readonly lines: readonly BudgetRecord[];
  /** Sections in row order of their first row. */
  readonly sections: readonly BudgetSection[];
  readonly total?: BudgetRecord;
  /** What the grand total adds up: subtotals, and the lines outside any subtotal (never both). */
  readonly totalMembers: readonly BudgetRecord[];
  /** The rows the grand total's own SUM covers, when the host read its formula. */
  readonly totalFormulaRows?: ReadonlySet<number>;
  /** Subtotal rows with nothing above them to add up. */
  readonly emptySubtotals: readonly BudgetRecord[];
}

/** The table's amount columns (a single "amount" column for tables read before columns had roles). */
export function amountColumnsOf(table: DetectedTable): readonly AmountColumn[] {
  return table.amountColumns ?? (table.columns.amount !== undefined ? [{ column: table.columns.amount, header: table.headers[table.columns.amount] ?? "", role: "budget" }] : []);
}

/** Index of the main column in `amountColumnsOf(table)` (and in each record's `amounts`). */
export function mainIndex(table: DetectedTable): number {
  return amountColumnsOf(table).findIndex((c) => c.column === table.columns.amount);
}

/** Exact sum of records' amounts in column k (minor units), and whether every one could be read. */
export function sumColumn(recs: readonly BudgetRecord[], k: number): { minor: number; complete: boolean } {
  let minor = 0, complete = true;
  for (const r of recs) {
    const a = r.amounts[k];
    if (!a || a.kind === "blank") continue;
    if (a.kind === "amount") minor += a.minor;
    else complete = false;
  }
  return { minor, complete };
}

const statedMinor = (r: BudgetRecord, k: number): number | undefined => {
  const a = r.amounts[k];
  return a && a.kind === "amount" ? a.minor : undefined;
};

interface Item {
  readonly rec: BudgetRecord;
  readonly lines: readonly BudgetRecord[];
  readonly section?: number;
}
interface OpenHeading {
  readonly rec: BudgetRecord;
  readonly start: number;
}
interface Candidate {
  readonly items: readonly Item[];
  readonly source: MemberSource;
  readonly heading?: number;
}

const FILLER = new Set(["total", "totals", "sub", "subtotal", "sous", "soustotal", "of", "des", "de", "du", "del", "la", "le", "les", "los", "las", "el", "the", "for", "pour", "para", "y", "et", "and"]);
const stem = (w: string) => w.slice(0, Math.min(5, w.length));
const keyWords = (label: string) => roleWords(label).split(" ").filter((w) => w.length >= 3 && !FILLER.has(w)).map(stem);

/** Rows a same-sheet SUM in column `col` covers (undefined when the formula is no plain sum, or looks elsewhere). */
export function sumRows(sheet: SheetView, table: DetectedTable, row: number, col: number): Set<number> | undefined {
  const f = sheet.formula(row, col);
  const areas = f ? sumAreas(f) : undefined;
  if (!areas || areas.some((a) => a.sheet !== undefined && a.sheet !== table.sheet)) return undefined;
  const rows = new Set<number>();
  for (const a of areas) {
    if (a.left > col || a.right < col) continue;
    for (let r = a.top; r <= Math.min(a.bottom, table.lastRow); r++) if (r !== row) rows.add(r);
  }
  return rows;
}

const cache = new WeakMap<readonly BudgetRecord[], BudgetStructure>();

/**
 * Reads a budget as finance staff lay it out: headings open sections, subtotals close them, the grand
 * total adds the subtotals and the lines outside them. A subtotal's rows come from its SUM formula when
 * the host read one; else, the first of these that adds up to it: the section its label names
 * ("Total staff costs" → "Staff costs"), the innermost open section, the lines directly above, the
 * subtotals directly above (a subtotal of subtotals), everything not yet summed. When none adds up,
 * the first is taken and the subtotal is reported against it. Rows with an ordinary label are read as
 * a subtotal when their SUM covers the rows above, or when they equal the lines of their section and
 * the grand total only adds up without them.
 */
export function budgetStructure(table: DetectedTable, sheet: SheetView, records: readonly BudgetRecord[]): BudgetStructure {
  const hit = cache.get(records);
  if (hit) return hit;
  const k = Math.max(0, mainIndex(table));
  const col = table.columns.amount ?? table.columns.label;
  const totalAt = records.findIndex((r) => r.role === "total");
  const body = totalAt >= 0 ? records.slice(0, totalAt) : records;
  const total = totalAt >= 0 ? records[totalAt] : undefined;
  const arithmetic = arithmeticSubtotals(body, k, total ? statedMinor(total, k) : undefined);

  const open: Item[] = [];
  const stack: OpenHeading[] = [];
  const sections: (BudgetSection & { parent?: number })[] = [];
  const lines: BudgetRecord[] = [];
  const emptySubtotals: BudgetRecord[] = [];
  const parentOf = new Map<number, number>();

  const closeHeading = (j: number) => {
    const h = stack[j];
    const items = open.slice(h.start);
    stack.splice(j, 1);
    if (items.length === 0) return;
    sections.push({ label: h.rec.label, heading: h.rec, members: items.map((i) => i.rec), lines: items.flatMap((i) => i.lines), depth: j, source: "section" });
  };

  const closeSubtotal = (rec: BudgetRecord, rows: Set<number> | undefined) => {
    const candidates: Candidate[] = [];
    if (rows) candidates.push({ items: open.filter((i) => rows.has(i.rec.row)), source: "formula" });
    else {
      const words = keyWords(rec.label);
      const named = words.length === 0 ? -1 : findLastIndex(stack, (h) => keyWords(h.rec.label).some((w) => words.includes(w)));
      if (named >= 0) candidates.push({ items: open.slice(stack[named].start), source: "heading named", heading: named });
      const inner = stack.length - 1;
      if (inner >= 0 && inner !== named) candidates.push({ items: open.slice(stack[inner].start), source: "section", heading: inner });
      let from = open.length;
      while (from > 0 && open[from - 1].section === undefined) from--;
      candidates.push({ items: open.slice(from), source: "lines above" });
      let subFrom = open.length;
      while (subFrom > 0 && open[subFrom - 1].section !== undefined) subFrom--;
      candidates.push({ items: open.slice(subFrom), source: "subtotals above" });
      candidates.push({ items: open.slice(), source: "everything above" });
    }
    const usable = candidates.filter((c) => c.items.length > 0);
    if (usable.length === 0) { emptySubtotals.push(rec); return; }
    const stated = statedMinor(rec, k);
    const chosen = usable.find((c) => sumColumn(c.items.map((i) => i.rec), k).minor === stated) ?? usable[0];
    const firstIndex = open.indexOf(chosen.items[0]);
    // The heading the subtotal closes: the one chosen, else the innermost one whose section it takes whole.
    let heading = chosen.heading;
    if (heading === undefined && stack.length > 0 && stack[stack.length - 1].start === firstIndex) heading = stack.length - 1;
    const headingRec = heading !== undefined ? stack[heading].rec : undefined;
    if (heading !== undefined) {
      for (let j = stack.length - 1; j > heading; j--) closeHeading(j);
      stack.splice(heading);
    }
    const taken = new Set(chosen.items);
    const remaining = open.filter((i) => !taken.has(i));
    open.length = 0;
    pushAll(open, remaining);
    const idx = sections.length;
    for (const i of chosen.items) if (i.section !== undefined) parentOf.set(i.section, idx);
    const sectionLines = chosen.items.flatMap((i) => i.lines);
    sections.push({ label: headingRec?.label ?? rec.label, heading: headingRec, subtotal: rec, members: chosen.items.map((i) => i.rec), lines: sectionLines, depth: 0, source: chosen.source });
    open.push({ rec, lines: sectionLines, section: idx });
  };

  for (let i = 0; i < body.length; i++) {
    const rec = body[i];
    if (rec.role === "heading") {
      const top = stack[stack.length - 1];
      // A heading right after lines starts a sibling section; after a subtotal it stays inside the outer one.
      if (top && open.length > top.start && open[open.length - 1].section === undefined) closeHeading(stack.length - 1);
      stack.push({ rec, start: open.length });
    } else if (rec.role === "subtotal") {
      closeSubtotal(rec, sumRows(sheet, table, rec.row, col));
    } else if (rec.role === "line") {
      const rows = sumRows(sheet, table, rec.row, col);
      if (rows && rows.size >= 2 && [...rows].every((r) => r < rec.row && r > table.headerRow)) { closeSubtotal(rec, rows); continue; }
      if (looksLikeSubtotal(rec)) { closeSubtotal(rec, undefined); continue; }
      lines.push(rec);
      open.push({ rec, lines: [rec] });
    }
  }
  while (stack.length > 0) closeHeading(stack.length - 1);

  function looksLikeSubtotal(rec: BudgetRecord): boolean {
    return arithmetic.has(rec.row);
  }

  const totalMembers = open.map((i) => i.rec);
  const totalFormulaRows = total ? sumRows(sheet, table, total.row, col) : undefined;
  const depthOf = (i: number): number => { let d = 0; for (let p = parentOf.get(i); p !== undefined; p = parentOf.get(p)) d++; return d; };
  // A section begins at its heading, else where its first member begins (a nested section's heading):
  // sections are listed in that order, an outer one before the first one inside it.
  const beginOf = new Map<BudgetRecord, number>();
  const begins = sections.map((x) => {
    let b = Math.min(x.heading?.row ?? Infinity, x.subtotal?.row ?? Infinity);
    for (const m of x.members) b = Math.min(b, beginOf.get(m) ?? m.row);
    if (x.subtotal) beginOf.set(x.subtotal, b);
    return b;
  });
  const ordered = sections.map((x, i) => ({ x: x.subtotal ? { ...x, depth: depthOf(i) } : x, begin: begins[i] }))
    .sort((a, b) => a.begin - b.begin || a.x.depth - b.x.depth).map((e) => e.x);
  const structure: BudgetStructure = { lines, sections: ordered, total, totalMembers, ...(totalFormulaRows ? { totalFormulaRows } : {}), emptySubtotals };
  cache.set(records, structure);
  return structure;
}

/**
 * Lines that are subtotals by arithmetic: each equals the lines since the last heading (two or more),
 * ends its section (a heading, subtotal or total follows), and the grand total only adds up without them.
 */
function arithmeticSubtotals(body: readonly BudgetRecord[], k: number, statedTotal: number | undefined): Set<number> {
  const found = new Set<number>();
  if (statedTotal === undefined) return found;
  let run: BudgetRecord[] = [], all = 0, taken = 0;
  for (let i = 0; i < body.length; i++) {
    const r = body[i];
    if (r.role !== "line") { run = []; continue; }
    const a = statedMinor(r, k) ?? 0;
    all += a;
    const next = body[i + 1];
    if (run.length >= 2 && a !== 0 && (!next || next.role !== "line") && sumColumn(run, k).minor === a) {
      found.add(r.row);
      taken += a;
      run = [];
      continue;
    }
    run.push(r);
  }
  return found.size > 0 && all - taken === statedTotal ? found : new Set();
}

function findLastIndex<T>(xs: readonly T[], p: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (p(xs[i])) return i;
  return -1;
}
