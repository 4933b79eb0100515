/** Plain-text layout helpers for the human report (widths count characters; the report has no tabs). */

/** Breakable white space only: a no-break space (French "total\u00a0:") keeps its words together. */
const SPACES = /[ \t\n\r\f\v]+/g;
const EDGES = /^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g;

/** Cuts text to `width` characters, ending with "…" when cut; line breaks become spaces. */
export function truncate(text: string, width: number): string {
  const flat = text.replace(SPACES, " ").replace(EDGES, "");
  const chars = Array.from(flat);
  return chars.length <= width ? flat : chars.slice(0, Math.max(0, width - 1)).join("") + "…";
}

/** Cuts a laid-out line to `width` characters (spacing kept), ending with "…" when cut. */
export function clip(line: string, width: number): string {
  const chars = Array.from(line);
  return chars.length <= width ? line : chars.slice(0, Math.max(0, width - 1)).join("") + "…";
}

export const padEnd = (text: string, width: number): string => text + " ".repeat(Math.max(0, width - Array.from(text).length));
export const padStart = (text: string, width: number): string => " ".repeat(Math.max(0, width - Array.from(text).length)) + text;

/**
 * Word-wraps `text` so the first line holds `firstWidth` characters and the next ones `width`,
 * each continuation prefixed with `indent`. A single word longer than a line is cut.
 */
export function wrap(text: string, firstWidth: number, width: number, indent: string): string {
  const lines: string[] = [];
  let line = "", room = firstWidth;
  for (const word of text.replace(SPACES, " ").replace(EDGES, "").split(" ")) {
    if (word === "") continue;
    if (line === "") line = truncate(word, Math.max(1, room));
    else if (line.length + 1 + word.length <= room) line += " " + word;
    else {
      lines.push(line);
      room = width;
      line = truncate(word, width);
    }
  }
  lines.push(line);
  return lines.join("\n" + indent);
}

/** "1 error", "3 errors". */
export const plural = (n: number, one: string, many = one + "s"): string => `${n} ${n === 1 ? one : many}`;
