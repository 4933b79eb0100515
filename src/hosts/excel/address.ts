import { parseA1 } from "../../core";

/** A rectangle on a named sheet, 1-based inclusive (what Excel's A1 addresses describe). */
export interface SheetArea {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "'ISU Budget 2026'" → "ISU Budget 2026" (doubled quotes inside a quoted name are one quote). */
const unquote = (name: string): string =>
  name.length >= 2 && name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;

/**
 * One address as Excel reports it: "'ISU Budget 2026'!A1:C17", "Sheet1!B3". The cell part follows the last "!"
 * (a sheet name may hold "!", a cell reference never does). Undefined for whole rows/columns or anything else.
 */
export function parseAddress(address: string): SheetArea | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 1) return undefined;
  const [from, to = from] = address.slice(bang + 1).split(":");
  const a = parseA1(from), b = parseA1(to);
  if (!a || !b) return undefined;
  return {
    sheet: unquote(address.slice(0, bang).trim()),
    top: Math.min(a.row, b.row), left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column),
  };
}

/**
 * A RangeAreas address, "Sheet1!A1:B2, 'Plan, 2026'!C3": split on commas outside quoted sheet names.
 * Parts that do not parse are skipped.
 */
export function parseAddressList(text: string): SheetArea[] {
  const out: SheetArea[] = [];
  let quoted = false, start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted; // a doubled '' toggles twice: still inside
    else if ((c === "," && !quoted) || i === text.length) {
      const area = parseAddress(text.slice(start, i).trim());
      if (area) out.push(area);
      start = i + 1;
    }
  }
  return out;
}

/** Longest address list given to one worksheet.getRanges call (Excel caps the text it accepts). */
export const MAX_ADDRESS_CHARS = 2000;

/** "B9,C10,…" lists for worksheet.getRanges, each under maxChars. */
export function addressChunks(areas: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of areas) {
    if (cur !== "" && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur === "" ? a : cur + "," + a;
  }
  if (cur !== "") out.push(cur);
  return out;
}
