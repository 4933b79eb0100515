/**
 * What Sheets would compute for the formulas the templates write, evaluated on the fake's cells, so a
 * round-trip test can put the results where getValues() reads them. Only the forms the templates use
 * (=SUM(B5:B9), =ROUND(Name*B5), ="text "&ROUND((Name*100)*10)/10&"% text": the separator-free
 * forms sheets-formula.ts writes); any other formula throws,
 * (=SUM(B5:B9), =ROUND(Name*B5,0), ="text "&ROUND(Name*100,1)&"% text", =N(B3)-N(C3)); any other formula throws,
 * so a new one is noticed.
 */
import type { FakeSheet, FakeSpreadsheet } from "./fake-apps-script";
import { parseArea, toA1 } from "./fake-apps-script";

const SUM = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/;
const ROUND_RATE = /^=ROUND\(([A-Za-z_][A-Za-z0-9_]*)\*([A-Z]+\d+)\)$/;
const RATE_NOTE = /^="((?:[^"]|"")*)"&ROUND\(\(([A-Za-z_][A-Za-z0-9_]*)\*100\)\*10\)\/10&"((?:[^"]|"")*)"$/;
const OUTSTANDING = /^=N\(([A-Z]+\d+)\)-N\(([A-Z]+\d+)\)$/;

/** Sheets' ROUND: half away from zero. */
const round0 = (x: number): number => Math.sign(x) * Math.round(Math.abs(x));

function numberIn(sheet: FakeSheet, row: number, column: number): number {
  const v = sheet.peek(row, column)?.value;
  return typeof v === "number" ? v : 0; // SUM and * count text and blanks as nothing here
}

function evaluate(spreadsheet: FakeSpreadsheet, sheet: FakeSheet, formula: string): number | string {
  const note = RATE_NOTE.exec(formula);
  if (note) {
    const named = spreadsheet.namedRanges.get(note[2]);
    if (!named) throw new Error(`#NAME? ${note[2]} in ${formula}`);
    const pct = Math.round(numberIn(named.sheet, named.area.top, named.area.left) * 1000) / 10;
    return `${note[1].replace(/""/g, '"')}${pct}${note[3].replace(/""/g, '"')}`;
  }
  const sum = SUM.exec(formula);
  if (sum) {
    const a = parseArea(sum[1]);
    let total = 0;
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) total += numberIn(sheet, r, c);
    return total;
  }
  const outstanding = OUTSTANDING.exec(formula);
  if (outstanding) {
    // N(): a number is itself, anything else (blank, text) is 0; to the centime, as the amounts are typed.
    const [a, b] = [parseArea(outstanding[1]), parseArea(outstanding[2])];
    return Math.round((numberIn(sheet, a.top, a.left) - numberIn(sheet, b.top, b.left)) * 100) / 100;
  }
  const rate = ROUND_RATE.exec(formula);
  if (rate) {
    const named = spreadsheet.namedRanges.get(rate[1]);
    if (!named) throw new Error(`#NAME? ${rate[1]} in ${formula}`);
    const base = parseArea(rate[2]);
    return round0(numberIn(named.sheet, named.area.top, named.area.left) * numberIn(sheet, base.top, base.left));
  }
  throw new Error(`sheet-formulas: no evaluator for ${formula}`);
}

/**
 * Recalculates every formula cell of the sheet, top to bottom (the templates' formulas only refer to
 * cells above them or to the rate), and returns "A1 → value" of what it computed.
 */
export function recalculate(spreadsheet: FakeSpreadsheet, sheet: FakeSheet): Record<string, number | string> {
  const cells = [...sheet.cells.entries()]
    .filter(([, c]) => c.formula !== undefined)
    .map(([key, c]) => ({ row: Number(key.split(":")[0]), column: Number(key.split(":")[1]), cell: c }))
    .sort((a, b) => a.row - b.row || a.column - b.column);
  const out: Record<string, number | string> = {};
  for (const { row, column, cell } of cells) {
    cell.value = evaluate(spreadsheet, sheet, cell.formula!);
    out[toA1(row, column)] = cell.value as number | string;
  }
  return out;
}
