import { LIMITS } from "./limits";
import { itemText } from "./xml-text";

/** The shared-string table: each `<si>` item's text, cut to LIMITS.cellChars (the cut ones remembered with their length). */
export interface SharedStrings {
  readonly items: string[];
  /** Item index → full length, for the items that were cut. */
  readonly cut: Map<number, number>;
}

export const emptySharedStrings = (): SharedStrings => ({ items: [], cut: new Map() });

/** A scanner for scanChunks over sharedStrings.xml. */
export function sharedStringsScanner(into: SharedStrings): (text: string) => number {
  return (text) => {
    let pos = 0;
    for (;;) {
      const at = text.indexOf("<si", pos);
      if (at < 0) return Math.max(pos, text.length - 3);
      const c = text.charCodeAt(at + 3);
      if (Number.isNaN(c)) return at;
      if (c !== 62 && c !== 32 && c !== 47 && c !== 9 && c !== 10 && c !== 13) { pos = at + 3; continue; }
      const gt = text.indexOf(">", at);
      if (gt < 0) return at;
      if (text.charCodeAt(gt - 1) === 47) { into.items.push(""); pos = gt + 1; continue; } // <si/>
      const end = text.indexOf("</si>", gt);
      if (end < 0) return at;
      let s = itemText(text.slice(gt + 1, end));
      if (s.length > LIMITS.cellChars) {
        into.cut.set(into.items.length, s.length);
        s = s.slice(0, LIMITS.cellChars);
      }
      into.items.push(s);
      pos = end + 5;
    }
  };
}
