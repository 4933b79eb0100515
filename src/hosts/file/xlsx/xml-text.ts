/** The little XML an .xlsx needs: entity decoding and attribute values, on plain strings. */

/** A Map: `&constructor;` or `&__proto__;` in a cell must stay as written, not become Object's own members. */
const NAMED = new Map<string, string>([["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", '"'], ["apos", "'"]]);

/** Decodes XML character and entity references (`&amp;`, `&#233;`, `&#x1F600;`); unknown ones stay as written. */
export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED.get(ref) ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel's escape for characters XML cannot hold (`_x000D_` is a carriage return, `_x005F_` a literal
 * underscore): Excel shows the character, so the reader does too.
 */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * The value of attribute `name` in a start tag's text (`<c r="B2" t="s">`), decoded; undefined if
 * absent. Matches whole names only (`r` is not `ref`), with either quote.
 */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name, from);
    if (i < 0) return undefined;
    from = i + name.length;
    if (i === 0 || !isSpace(tag.charCodeAt(i - 1))) continue;
    let j = i + name.length;
    while (isSpace(tag.charCodeAt(j))) j++;
    if (tag.charCodeAt(j) !== 61 /* = */) continue;
    j++;
    while (isSpace(tag.charCodeAt(j))) j++;
    const q = tag[j];
    if (q !== '"' && q !== "'") continue;
    const end = tag.indexOf(q, j + 1);
    if (end < 0) return undefined;
    return decodeXml(tag.slice(j + 1, end));
  }
}

/** Every start tag `<name …>` / `<name …/>` in `xml` (prefixed names match too: `x:sheet`). */
export function* startTags(xml: string, name: string): Generator<string> {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])[^>]*>`, "g");
  for (let m = re.exec(xml); m; m = re.exec(xml)) yield m[0];
}

/**
 * The text of the `<t>` runs inside one string item (`<si>` or `<is>`), phonetic runs (`<rPh>`)
 * left out as Excel shows them.
 */
export function itemText(xml: string): string {
  let out = "";
  let pos = 0;
  for (;;) {
    const t = xml.indexOf("<t", pos);
    if (t < 0) break;
    const c = xml.charCodeAt(t + 2);
    if (c !== 62 /* > */ && !isSpace(c) && c !== 47 /* / */) { pos = t + 2; continue; }
    const rph = xml.lastIndexOf("<rPh", t);
    if (rph >= 0 && xml.lastIndexOf("</rPh>", t) < rph) { pos = xml.indexOf("</rPh>", t); if (pos < 0) break; continue; }
    const gt = xml.indexOf(">", t);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) { pos = gt + 1; continue; } // <t/>
    const end = xml.indexOf("</t>", gt);
    if (end < 0) break;
    out += xml.slice(gt + 1, end);
    pos = end + 4;
  }
  return decodeExcelEscapes(decodeXml(out));
}
