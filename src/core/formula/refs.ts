import { columnNumber } from "../a1";

/** A rectangle a formula refers to, 1-based inclusive; `sheet` when it names another sheet. */
export interface RefArea {
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!`;
const CELL = String.raw`\$?([A-Za-z]{1,3})\$?(\d{1,7})`;
const AREA = new RegExp(String.raw`^(?:${SHEET})?${CELL}(?::${CELL})?$`);

/** One reference: "B4", "$B$4:$B$8", "'Staff costs'!C3", "Sheet2!B2:B9". */
export function parseArea(text: string): RefArea | undefined {
  const m = AREA.exec(text.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const c1 = columnNumber(m[3]), r1 = Number(m[4]);
  const c2 = m[5] ? columnNumber(m[5]) : c1, r2 = m[6] ? Number(m[6]) : r1;
  return { ...(sheet !== undefined ? { sheet } : {}), top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** Splits on a separator outside quotes and parentheses. */
function splitTop(text: string, separators: string): string[] | undefined {
  const parts: string[] = [];
  let depth = 0, quoted = false, start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "(") depth++;
    else if (ch === ")") { if (--depth < 0) return undefined; }
    else if (depth === 0 && separators.includes(ch)) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  if (depth !== 0 || quoted) return undefined;
  parts.push(text.slice(start));
  return parts;
}

const CALL = /^(SUM|SUBTOTAL)\s*\((.*)\)$/is;

/**
 * The areas a sum formula adds: "=SUM(B4:B8)", "=B4+B5+B6", "=SUM(B4:B5)+SUM(B8:B9)",
 * "=SUBTOTAL(9,B4:B8)". Undefined for any other formula (a product, a rate, a lookup).
 */
export function sumAreas(formula: string): RefArea[] | undefined {
  const body = formula.trim().replace(/^=/, "").replace(/^\+/, "").trim();
  if (body === "") return undefined;
  const terms = splitTop(body, "+");
  if (!terms) return undefined;
  const out: RefArea[] = [];
  for (const raw of terms) {
    const t = raw.trim();
    const call = CALL.exec(t);
    if (call) {
      const args = splitTop(call[2], ",;");
      if (!args) return undefined;
      if (call[1].toUpperCase() === "SUBTOTAL" && !["9", "109"].includes((args.shift() ?? "").trim())) return undefined;
      for (const a of args) {
        const area = parseArea(a);
        if (!area) return undefined;
        out.push(area);
      }
      continue;
    }
    const area = parseArea(t);
    if (!area) return undefined;
    out.push(area);
  }
  return out.length > 0 ? out : undefined;
}

/** "=C5-B5" → the two cells it subtracts (minuend first); undefined for any other formula. */
export function differenceOf(formula: string): [RefArea, RefArea] | undefined {
  const m = /^=?\s*([^-+*/]+?)\s*-\s*([^-+*/]+?)\s*$/.exec(formula.trim());
  if (!m) return undefined;
  const a = parseArea(m[1]), b = parseArea(m[2]);
  return a && b && a.top === a.bottom && b.top === b.bottom && a.left === a.right && b.left === b.right ? [a, b] : undefined;
}

/** "=C5/B5" → numerator and denominator cells; undefined for any other formula. */
export function ratioOf(formula: string): [RefArea, RefArea] | undefined {
  const m = /^=?\s*([^-+*/]+?)\s*\/\s*([^-+*/]+?)\s*(?:\*\s*100\s*)?$/.exec(formula.trim());
  if (!m) return undefined;
  const a = parseArea(m[1]), b = parseArea(m[2]);
  return a && b && a.top === a.bottom && b.top === b.bottom && a.left === a.right && b.left === b.right ? [a, b] : undefined;
}
