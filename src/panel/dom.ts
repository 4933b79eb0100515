/**
 * The panel's only way to build DOM. Text goes in through textContent, never HTML: cell text,
 * sheet names and messages are untrusted (a cell may hold "<img src=x onerror=…>").
 */
export type Child = Node | string | null | undefined | false;

export interface Attrs {
  /** Space-separated class names. */
  class?: string;
  /** Attributes set with setAttribute (aria-*, role, type, title …); false/null/undefined skip it. */
  [name: string]: string | number | boolean | null | undefined;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === "class") node.className = String(value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  }
}

/** Replaces all children of `parent`. */
export function replaceChildren(parent: Node, children: readonly Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

/** Text only visible to screen readers. */
export const srOnly = (text: string): HTMLSpanElement => el("span", { class: "wpc-sr" }, [text]);
