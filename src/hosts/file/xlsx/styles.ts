import { isDateFormat } from "../xlsx-cell";
import { attr, startTags } from "./xml-text";

/**
 * Excel's built-in number formats that show a date or time (ids 14–22, 45–47, and the East Asian
 * date formats 27–36 and 50–58, whose codes depend on the locale).
 */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Which cell styles (the `s` attribute, an index into `<cellXfs>`) show their number as a date:
 * all the core needs from styles.xml.
 */
export function dateStyles(stylesXml: string): Uint8Array {
  const custom = new Map<number, string>();
  for (const tag of startTags(stylesXml, "numFmt")) {
    const id = Number(attr(tag, "numFmtId"));
    if (Number.isInteger(id)) custom.set(id, attr(tag, "formatCode") ?? "");
  }
  const start = stylesXml.search(/<(?:\w+:)?cellXfs[\s>]/);
  if (start < 0) return new Uint8Array(0);
  const end = stylesXml.search(/<\/(?:\w+:)?cellXfs>/);
  const xfs = stylesXml.slice(start, end < 0 ? undefined : end);
  const out: number[] = [];
  for (const tag of startTags(xfs, "xf")) {
    const id = Number(attr(tag, "numFmtId") ?? 0);
    const code = custom.get(id);
    out.push(code !== undefined ? (isDateFormat(code) ? 1 : 0) : BUILTIN_DATE_IDS.has(id) ? 1 : 0);
  }
  return Uint8Array.from(out);
}
