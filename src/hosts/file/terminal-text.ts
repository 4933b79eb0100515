/**
 * Cell text on a terminal. A cell holding ESC ] 0 ; … BEL retitles the window, ESC [ 2 J clears it,
 * and a right-to-left override reorders what follows: printed raw, a crafted file could forge a
 * "✔ valid" line. Every cell-derived string of the text report and of stderr passes through here.
 */

/** Controls that act on a terminal or reorder text: C0, DEL, C1, bidi embeddings/overrides/isolates and marks. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const UNSAFE_ALL = new RegExp(UNSAFE.source, "g");

const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

function shown(c: string): string {
  const code = c.charCodeAt(0);
  // Line and tab breaks become spaces: the layout owns the lines (a name must not start a fake one).
  if (code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029) return " ";
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // Control Pictures: ESC → ␛, BEL → ␇
  if (code === 0x7f) return "\u2421"; // ␡
  return `<U+${hex4(c)}>`;
}

/** `text` with every control character shown visibly (ESC as ␛, U+202E as <U+202E>), never raw. */
export function visible(text: string): string {
  return UNSAFE.test(text) ? text.replace(UNSAFE_ALL, shown) : text;
}

/** A copy of `value` with `visible` applied to every string in it (object keys are the program's own). */
export function visibleDeep<T>(value: T): T {
  if (typeof value === "string") return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleDeep) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.keys(value).map((k) => [k, visibleDeep((value as Record<string, unknown>)[k])])) as T;
  }
  return value;
}

/** JSON escapes C0 controls itself; C1, bidi controls and line separators are escaped too (same value, safe to cat). */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
const JSON_UNSAFE_ONE = new RegExp(JSON_UNSAFE.source);

/** Arrays longer than this are written element by element (a report's issues, grid, deliverables). */
const CHUNKED_ARRAY = 256;
/** Output is handed to `write` in pieces of about this many characters. */
const PIECE_CHARS = 1 << 20;

/** The JSON text of `value` in pieces, as JSON.stringify writes it (same keys, order, undefined dropped). */
function* jsonPieces(value: unknown, depth: number): Generator<string> {
  if (Array.isArray(value) && value.length > CHUNKED_ARRAY) {
    yield "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield ",";
      const v = value[i];
      yield* jsonPieces(v === undefined || typeof v === "function" ? null : v, depth + 1);
    }
    yield "]";
  } else if (depth < 4 && value !== null && typeof value === "object" && !Array.isArray(value) && typeof (value as { toJSON?: unknown }).toJSON !== "function") {
    yield "{";
    let first = true;
    for (const k of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[k];
      if (v === undefined || typeof v === "function") continue;
      yield `${first ? "" : ","}${JSON.stringify(k)}:`;
      first = false;
      yield* jsonPieces(v, depth + 1);
    }
    yield "}";
  } else yield JSON.stringify(value) ?? "null";
}

const safePiece = (json: string) => (JSON_UNSAFE_ONE.test(json) ? json.replace(JSON_UNSAFE, (c) => `\\u${hex4(c).toLowerCase()}`) : json);

/**
 * Writes `value` as one line of JSON, piece by piece (a report of 100,000s of rows is a 100 MB string:
 * never built whole), with C1 and bidi controls and line separators written as \uXXXX escapes (the
 * same value; they only occur inside strings, and no piece splits a string).
 */
export function writeTerminalSafeJson(value: unknown, write: (s: string) => void): void {
  let buffer = "";
  for (const piece of jsonPieces(value, 0)) {
    buffer += piece;
    if (buffer.length >= PIECE_CHARS) {
      write(safePiece(buffer));
      buffer = "";
    }
  }
  write(safePiece(buffer) + "\n");
}

/** The same as one string (tests, small values). */
export function terminalSafeJson(value: unknown): string {
  let out = "";
  writeTerminalSafeJson(value, (s) => (out += s));
  return out.slice(0, -1);
}
