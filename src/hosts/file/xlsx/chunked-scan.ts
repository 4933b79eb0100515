import { LIMITS, LimitError } from "./limits";

/**
 * A scanner over text that arrives in chunks: `scan(text)` handles every complete element it finds
 * and returns how far it got; the rest is kept and scanned again with more text. A long element
 * (a 10 MB label) is rescanned only when the kept text has doubled, so the work stays linear.
 */
export async function scanChunks(chunks: AsyncIterable<string>, scan: (text: string) => number, where: string): Promise<void> {
  let pending: string[] = [];
  let pendingLength = 0;
  let retryAt = 0;
  for await (const chunk of withoutPrefixes(chunks)) {
    pending.push(chunk);
    pendingLength += chunk.length;
    if (pendingLength < retryAt) continue;
    const text = pending.length === 1 ? pending[0] : pending.join("");
    const used = scan(text);
    const rest = used >= text.length ? "" : text.slice(used);
    pending = rest ? [rest] : [];
    pendingLength = rest.length;
    if (pendingLength > LIMITS.elementChars) throw new LimitError("elementChars", where);
    retryAt = pendingLength > 64 * 1024 ? pendingLength * 2 : 0;
  }
  if (pendingLength > 0) scan(pending.join(""));
}

/**
 * Some writers prefix every element (`<x:row>`, `<x:c>`). The scanners look for bare names, so a
 * part whose root element has a prefix is read with that prefix taken off its tags.
 */
async function* withoutPrefixes(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let prefix: RegExp | null | undefined;
  let held = "";
  for await (const raw of chunks) {
    let text = held + raw;
    held = "";
    if (prefix === undefined) {
      const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>/]/.exec(text.replace(/<\?[^>]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
      if (!root) { held = text; continue; }
      prefix = root[1] ? new RegExp(`<(/?)${root[1].replace(/[.-]/g, "\\$&")}`, "g") : null;
    }
    if (prefix) {
      const lt = text.lastIndexOf("<");
      if (lt >= 0 && text.length - lt < 64 && text.indexOf(">", lt) < 0) {
        held = text.slice(lt);
        text = text.slice(0, lt);
      }
      text = text.replace(prefix, "<$1");
    }
    if (text) yield text;
  }
  if (held) yield prefix ? held.replace(prefix, "<$1") : held;
}
