/**
 * A minimal XML reader for the manifest test (no XML parser is a direct dependency): elements, attributes and
 * text; comments, the declaration and CDATA-free text only. Throws on mismatched or unclosed tags, so it also
 * checks that the manifest is well-formed.
 */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decode = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]);

export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const token = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(xml)) !== null) {
    if (m.index !== consumed) throw new Error(`XML: unexpected text at ${consumed}: ${xml.slice(consumed, consumed + 40)}`);
    consumed = token.lastIndex;
    const [, close, open, attrText, selfClosing, text] = m;
    if (open) {
      const attrs: Record<string, string> = {};
      for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) {
        if (a[1] in attrs) throw new Error(`XML: duplicate attribute ${a[1]} on <${open}>`);
        attrs[a[1]] = decode(a[2]);
      }
      const el: XmlElement = { name: open, attrs, children: [], text: "" };
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error("XML: more than one root element");
      else root = el;
      if (!selfClosing) stack.push(el);
    } else if (close) {
      const el = stack.pop();
      if (!el || el.name !== close) throw new Error(`XML: </${close}> closes <${el?.name}>`);
    } else if (text !== undefined) {
      if (stack.length > 0) stack[stack.length - 1].text += decode(text);
      else if (text.trim() !== "") throw new Error("XML: text outside the root element");
    }
  }
  if (consumed !== xml.length) throw new Error(`XML: cannot read from ${consumed}`);
  if (stack.length > 0) throw new Error(`XML: <${stack[stack.length - 1].name}> is not closed`);
  if (!root) throw new Error("XML: no root element");
  return root;
}

/** Children named `name`. */
export const kids = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

/** The one child at a path of names; throws when missing or repeated. */
export function child(el: XmlElement, ...path: string[]): XmlElement {
  let cur = el;
  for (const name of path) {
    const found = kids(cur, name);
    if (found.length !== 1) throw new Error(`<${cur.name}> has ${found.length} <${name}>`);
    cur = found[0];
  }
  return cur;
}

/** Every element below (and including) el, depth first. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  yield el;
  for (const c of el.children) yield* walk(c);
}
