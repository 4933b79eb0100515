import type { SvgNode } from "../views/svg";

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A chart from src/views/charts.ts as DOM nodes: elements by createElementNS, text by text nodes only
 * (never innerHTML), so cell text in a label or tooltip stays text. Event-handler attributes are refused.
 */
export function svgToDom(node: SvgNode, doc: Document = document): SVGElement {
  const out = doc.createElementNS(SVG_NS, node.tag);
  for (const [k, v] of Object.entries(node.attrs)) {
    if (/^on/i.test(k)) continue;
    out.setAttribute(k, String(v));
  }
  for (const c of node.children) out.appendChild(typeof c === "string" ? doc.createTextNode(c) : svgToDom(c, doc));
  return out;
}
