import type { GasProperties } from "./services";

/**
 * JSON kept in document properties across several keys: one property value holds at most 9 KB, the
 * whole store about 500 KB. `key` holds the number of chunks, `key.0`, `key.1` … the text. Non-ASCII
 * characters are escaped (\uXXXX) so a chunk's characters are its bytes.
 */
const CHUNK_CHARS = 8000;
/** Stay well inside the 500 KB store, which also holds the settings. */
const MAX_CHARS = 400_000;

const chunkKey = (key: string, i: number): string => `${key}.${i}`;

export class PropertyTooLargeError extends Error {
  constructor(readonly chars: number) {
    super(`Too much to remember in the document (${chars} characters; the limit is ${MAX_CHARS}). Fix some issues first, then try again.`);
    this.name = "PropertyTooLargeError";
  }
}

function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Writes in one setProperties call; drops chunks left over from a longer previous value. */
export function writeJsonProperty(props: GasProperties, key: string, value: unknown): void {
  const text = asciiJson(value);
  if (text.length > MAX_CHARS) throw new PropertyTooLargeError(text.length);
  const previous = Number(props.getProperty(key) ?? 0);
  const updates: Record<string, string> = {};
  let n = 0;
  for (let at = 0; at < text.length || n === 0; at += CHUNK_CHARS, n++) updates[chunkKey(key, n)] = text.slice(at, at + CHUNK_CHARS);
  updates[key] = String(n);
  props.setProperties(updates);
  for (let i = n; i < previous; i++) props.deleteProperty(chunkKey(key, i));
}

/** The stored value, or undefined when absent or unreadable (a half-written value is treated as absent). */
export function readJsonProperty(props: GasProperties, key: string): unknown {
  const all = props.getProperties();
  const n = Number(all[key]);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  let text = "";
  for (let i = 0; i < n; i++) {
    const part = all[chunkKey(key, i)];
    if (part === undefined) return undefined;
    text += part;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function deleteJsonProperty(props: GasProperties, key: string): void {
  const n = Number(props.getProperty(key) ?? 0);
  props.deleteProperty(key);
  for (let i = 0; i < n; i++) props.deleteProperty(chunkKey(key, i));
}
