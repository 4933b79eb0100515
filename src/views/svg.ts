/**
 * Charts as data: a small tree of SVG elements that the HTML report serialises (toMarkup, escaped) and
 * the panel turns into DOM nodes (textContent only). One drawing code, two outputs, no innerHTML.
 */
export interface SvgNode {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string | number>>;
  readonly children: readonly (SvgNode | string)[];
}

export const svg = (tag: string, attrs: Record<string, string | number | undefined> = {}, children: readonly (SvgNode | string | null | undefined | false)[] = []): SvgNode => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined)) as Record<string, string | number>,
  children: children.filter((c): c is SvgNode | string => c !== null && c !== undefined && c !== false),
});

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for HTML and SVG markup: every character that could open a tag or close an attribute is escaped. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Tags and attribute names come from this code only, never from cells; still, refuse anything odd. */
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

export function toMarkup(node: SvgNode | string): string {
  if (typeof node === "string") return escapeHtml(node);
  if (!NAME.test(node.tag)) throw new Error(`bad SVG tag ${node.tag}`);
  const attrs = Object.entries(node.attrs).map(([k, v]) => {
    if (!NAME.test(k) || /^on/i.test(k)) throw new Error(`bad SVG attribute ${k}`);
    return ` ${k}="${escapeHtml(String(v))}"`;
  }).join("");
  const xmlns = node.tag === "svg" ? ' xmlns="http://www.w3.org/2000/svg"' : "";
  return `<${node.tag}${xmlns}${attrs}>${node.children.map(toMarkup).join("")}</${node.tag}>`;
}
