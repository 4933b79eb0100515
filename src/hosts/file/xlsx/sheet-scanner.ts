import type { RawCell } from "../../../core";
import { parseRange } from "../a1-range";
import type { MergedArea } from "../../../core";
import { SheetBuilder } from "../sheet-builder";
import { serialToDate } from "../xlsx-cell";
import { LIMITS, LimitError } from "./limits";
import { shiftFormula } from "./shared-formula";
import type { SharedStrings } from "./shared-strings";
import { attr, decodeExcelEscapes, decodeXml, itemText } from "./xml-text";

/** What a sheet's scan needs from the rest of the workbook. */
export interface SheetContext {
  readonly name: string;
  readonly strings: SharedStrings;
  /** Style index → 1 when its number format shows a date. */
  readonly dateStyles: Uint8Array;
  readonly date1904: boolean;
  /** Cells read so far in earlier sheets (for the per-workbook limit). */
  readonly cellsBefore: number;
}

/** A cell whose text was longer than LIMITS.cellChars: kept cut, its full length counted. */
export interface CutCell {
  readonly row: number;
  readonly column: number;
  readonly length: number;
}

/** Cell types (the `t` attribute), as small numbers for the per-cell code. */
const T_NUMBER = 0, T_SHARED = 1, T_INLINE = 2, T_BOOL = 3, T_ERROR = 4, T_STRING = 5, T_DATE = 6;

function typeCode(text: string, from: number, to: number): number {
  const first = text.charCodeAt(from), length = to - from;
  if (length === 1) return first === 115 ? T_SHARED : first === 98 ? T_BOOL : first === 101 ? T_ERROR : first === 100 ? T_DATE : first === 110 ? T_NUMBER : T_STRING;
  return length === 9 && first === 105 ? T_INLINE : T_STRING;
}

/** A `<v>` number: whole numbers of up to 15 digits without making a string, the rest by Number(). */
function readNumber(text: string, from: number, to: number): number {
  if (to - from <= 15) {
    let n = 0, k = from;
    const negative = text.charCodeAt(k) === 45;
    if (negative) k++;
    for (; k < to; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (k === to && to > from + (negative ? 1 : 0)) return negative ? -n : n;
  }
  return Number(text.slice(from, to));
}

const GT = 62, SLASH = 47, SPACE = 32;
const isSpace = (c: number): boolean => c === SPACE || c === 9 || c === 10 || c === 13;

/** A string that holds no reference to the large chunk it was cut from (V8 keeps slices ≥ 13 chars as views). */
const own = (s: string): string => (s.length < 13 ? s : (" " + s).slice(1));

/**
 * Scans one worksheet's XML, chunk by chunk (see scanChunks): cells with their values, formulas and
 * cached results, merged areas and table parts. Built for speed with indexOf over the text: a
 * general XML parser was measured 2–4× slower (README, "Reading .xlsx").
 */
export class SheetScanner {
  readonly builder: SheetBuilder;
  readonly merged: MergedArea[] = [];
  readonly tableRelIds: string[] = [];
  readonly cut: CutCell[] = [];
  cells = 0;
  private inData = false;
  private row = 0;
  private column = 0;
  private type = T_NUMBER;
  private cutLength = 0;
  private readonly dates = new Map<number, RawCell>();
  private style = -1;
  private readonly shared = new Map<string, { text: string; row: number; column: number }>();

  constructor(private readonly ctx: SheetContext) {
    this.builder = new SheetBuilder(ctx.name);
  }

  /** Handles every complete element of `text`; returns where the first incomplete one starts. */
  readonly scan = (text: string): number => {
    let pos = 0;
    const n = text.length;
    for (;;) {
      const lt = text.indexOf("<", pos);
      if (lt < 0) return n;
      if (lt + 10 >= n) return lt; // too little left to tell the element: wait for more
      const c1 = text.charCodeAt(lt + 1);
      if (c1 === 99 /* c */ && this.inData) {
        const c2 = text.charCodeAt(lt + 2);
        if (isSpace(c2) || c2 === GT || c2 === SLASH) {
          const next = this.cell(text, lt, n);
          if (next < 0) return lt;
          pos = next;
          continue;
        }
      } else if (c1 === 114 /* r */ && text.startsWith("row", lt + 1) && this.inData) {
        const c4 = text.charCodeAt(lt + 4);
        if (isSpace(c4) || c4 === GT || c4 === SLASH) {
          const gt = text.indexOf(">", lt);
          if (gt < 0) return lt;
          const r = attr(text.slice(lt + 4, gt), "r");
          this.row = r !== undefined && /^\d+$/.test(r) ? Number(r) : this.row + 1;
          this.column = 0;
          pos = gt + 1;
          continue;
        }
      } else if (c1 === 115 /* s */ && text.startsWith("sheetData", lt + 1)) {
        const gt = text.indexOf(">", lt);
        if (gt < 0) return lt;
        this.inData = text.charCodeAt(gt - 1) !== SLASH;
        pos = gt + 1;
        continue;
      } else if (c1 === SLASH && text.startsWith("sheetData>", lt + 2)) {
        this.inData = false;
      } else if (c1 === 109 /* m */ && text.startsWith("mergeCell", lt + 1) && isSpace(text.charCodeAt(lt + 10))) {
        const gt = text.indexOf(">", lt);
        if (gt < 0) return lt;
        this.merge(attr(text.slice(lt + 10, gt), "ref"));
        pos = gt + 1;
        continue;
      } else if (c1 === 116 /* t */ && text.startsWith("tablePart", lt + 1) && isSpace(text.charCodeAt(lt + 10))) {
        const gt = text.indexOf(">", lt);
        if (gt < 0) return lt;
        const tag = text.slice(lt + 10, gt);
        const id = attr(tag, "r:id") ?? /[\w-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
        if (id !== undefined) this.tableRelIds.push(id);
        pos = gt + 1;
        continue;
      }
      pos = lt + 1;
    }
  };

  /**
   * Reads a cell's start tag from text[from] up to its `>`: moves to the cell its `r` names (or the
   * next one) and sets `type` and `style`. Returns where the `>` is, or -1 when the text ends first.
   * One pass over the characters, no strings made: this runs for every cell.
   */
  private tag(text: string, from: number, n: number): number {
    this.type = T_NUMBER;
    this.style = -1;
    let i = from, placed = false;
    for (;;) {
      if (i >= n) return -1;
      let c = text.charCodeAt(i);
      if (c === GT) break;
      if (isSpace(c) || c === SLASH) { i++; continue; }
      const nameStart = i;
      while (i < n && (c = text.charCodeAt(i)) !== 61 /* = */ && c !== GT && !isSpace(c)) i++;
      const nameLength = i - nameStart;
      while (i < n && (c = text.charCodeAt(i)) !== 34 && c !== 39 && c !== GT) i++;
      if (i >= n) return -1;
      if (c === GT) break;
      const vs = ++i;
      while (i < n && text.charCodeAt(i) !== c) i++;
      if (i >= n) return -1;
      const ve = i++;
      if (nameLength !== 1) continue;
      const name = text.charCodeAt(nameStart);
      if (name === 114 /* r */) placed = this.parseRef(text, vs, ve);
      else if (name === 115 /* s */) {
        let k = 0;
        for (let j = vs; j < ve; j++) k = k * 10 + text.charCodeAt(j) - 48;
        this.style = k;
      } else if (name === 116 /* t */) this.type = typeCode(text, vs, ve);
    }
    if (!placed) this.column++;
    return i;
  }

  /** "AB12" in text[from, to) → this.row/this.column; false when it is not a reference. */
  private parseRef(text: string, from: number, to: number): boolean {
    let col = 0, i = from;
    for (; i < to; i++) {
      const c = text.charCodeAt(i) | 0x20;
      if (c < 97 || c > 122) break;
      col = col * 26 + (c - 96);
    }
    if (i === from || i === to || col > 16384) return false;
    let row = 0;
    for (; i < to; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return false;
      row = row * 10 + d;
    }
    if (row < 1 || row > 1048576) return false;
    this.row = row;
    this.column = col;
    return true;
  }

  /**
   * One `<c …>…</c>` starting at text[lt]: returns where the text after it starts, or -1 when the
   * element is not complete yet (nothing is kept then: it is read again with more text).
   */
  private cell(text: string, lt: number, n: number): number {
    const row = this.row, column = this.column;
    const incomplete = () => { this.row = row; this.column = column; return -1; };
    const gt = this.tag(text, lt + 2, n);
    if (gt < 0) return incomplete();
    if (text.charCodeAt(gt - 1) === SLASH) return gt + 1;
    const type = this.type;
    let formula: string | null = null;
    let value: RawCell = null;
    this.cutLength = 0;
    // the children, in order: <f> (formula), <v> (value) or <is> (inline string), maybe <extLst>
    let i = gt + 1;
    for (;;) {
      while (i < n && text.charCodeAt(i) !== 60 /* < */) i++;
      if (i + 4 >= n) return incomplete();
      const c1 = text.charCodeAt(i + 1), c2 = text.charCodeAt(i + 2);
      if (c1 === SLASH) {
        if (c2 === 99 /* c */ && text.charCodeAt(i + 3) === GT) { i += 4; break; }
        const close = text.indexOf(">", i);
        if (close < 0) return incomplete();
        i = close + 1;
        continue;
      }
      let j = i + 2;
      while (j < n && text.charCodeAt(j) !== GT) j++;
      if (j >= n) return incomplete();
      const empty = text.charCodeAt(j - 1) === SLASH;
      if (c1 === 118 /* v */ && (c2 === GT || isSpace(c2) || c2 === SLASH)) {
        if (empty) { i = j + 1; continue; }
        const vend = text.indexOf("<", j + 1);
        if (vend < 0) return incomplete();
        value = this.value(type, text, j + 1, vend);
        i = vend;
      } else if (c1 === 102 /* f */ && (c2 === GT || isSpace(c2) || c2 === SLASH)) {
        const fend = empty ? j + 1 : text.indexOf("</f>", j);
        if (fend < 0) return incomplete();
        formula = this.formula(text.slice(i, empty ? fend : fend + 4), 0);
        i = empty ? fend : fend + 4;
      } else if (c1 === 105 /* i */ && c2 === 115 /* s */) {
        const isEnd = empty ? j + 1 : text.indexOf("</is>", j);
        if (isEnd < 0) return incomplete();
        if (!empty && type === T_INLINE) value = this.text(own(itemText(text.slice(i, isEnd))));
        i = empty ? isEnd : isEnd + 5;
      } else {
        const end = text.indexOf("</c>", j);
        if (end < 0) return incomplete();
        i = end;
      }
    }
    if (value === null && formula === null) return i;
    if (++this.cells > LIMITS.sheetCells) throw new LimitError("sheetCells", `sheet '${this.ctx.name}'`);
    if (this.cells + this.ctx.cellsBefore > LIMITS.workbookCells) throw new LimitError("workbookCells", `the workbook (at sheet '${this.ctx.name}')`);
    if (this.cutLength > 0) this.cut.push({ row: this.row, column: this.column, length: this.cutLength });
    this.builder.set(this.row, this.column, value, formula);
    return i;
  }

  /** The value in text[from, to) (a `<v>`'s content) for the cell's type. */
  private value(type: number, text: string, from: number, to: number): RawCell {
    if (from >= to) return null;
    if (type === T_NUMBER) {
      const num = readNumber(text, from, to);
      if (!Number.isFinite(num)) return null;
      return this.style >= 0 && this.ctx.dateStyles[this.style] === 1 ? this.date(num) : num;
    }
    if (type === T_SHARED) {
      let i = 0;
      for (let k = from; k < to; k++) i = i * 10 + text.charCodeAt(k) - 48;
      const s = this.ctx.strings.items[i];
      if (s === undefined || s === "") return null;
      const full = this.ctx.strings.cut.get(i);
      if (full !== undefined) this.cutLength = full;
      return s;
    }
    const raw = text.slice(from, to);
    if (type === T_BOOL) return raw === "1" || raw === "true";
    if (type === T_ERROR) return decodeXml(raw);
    if (type === T_DATE) {
      const m = /^(\d{4}-\d{2}-\d{2})/.exec(raw);
      return m ? { date: m[1] } : null;
    }
    // "str" (a formula's text result) and anything unknown: the text
    return this.text(own(decodeExcelEscapes(decodeXml(raw))));
  }

  /** A date serial as a date cell; the same serial gives the same (immutable) cell object. */
  private date(serial: number): RawCell {
    let d = this.dates.get(serial);
    if (d === undefined) {
      d = serialToDate(serial, this.ctx.date1904);
      if (this.dates.size < 100_000) this.dates.set(serial, d);
    }
    return d;
  }

  /** Text as kept for a cell: "" is blank, longer than LIMITS.cellChars is cut (and counted). */
  private text(s: string): RawCell {
    if (s === "") return null;
    if (s.length <= LIMITS.cellChars) return s;
    this.cutLength = s.length;
    return s.slice(0, LIMITS.cellChars);
  }

  /** The cell's formula as "=…": its own text, or a shared formula's text moved to this cell. */
  private formula(body: string, at: number): string | null {
    const gt = body.indexOf(">", at);
    if (gt < 0) return null;
    const tag = body.slice(at + 2, gt);
    const closed = body.charCodeAt(gt - 1) === SLASH;
    const text = closed ? "" : decodeXml(body.slice(gt + 1, body.indexOf("</f>", gt) >>> 0));
    if (attr(tag, "t") === "shared") {
      const si = attr(tag, "si");
      if (si === undefined) return text ? "=" + own(text) : null;
      if (text) {
        this.shared.set(si, { text: own(text), row: this.row, column: this.column });
        return "=" + own(text);
      }
      const master = this.shared.get(si);
      return master ? "=" + shiftFormula(master.text, this.row - master.row, this.column - master.column) : null;
    }
    return text ? "=" + own(text) : null;
  }

  private merge(ref: string | undefined): void {
    const area = ref === undefined ? undefined : parseRange(ref);
    if (!area || (area.bottom === area.top && area.right === area.left)) return;
    if (this.merged.length >= LIMITS.mergedAreas) throw new LimitError("mergedAreas", `sheet '${this.ctx.name}'`);
    this.merged.push(area);
  }
}
