import { FileReadError } from "./file-read-error";

/** What a file is, told by its first bytes rather than its extension (a PDF renamed .xlsx is still a PDF). */
export type Sniffed = { readonly kind: "xlsx" } | { readonly kind: "text" };

/** How many leading bytes `sniffBytes` looks at. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Uint8Array, bytes: readonly number[], at = 0): boolean =>
  head.length >= at + bytes.length && bytes.every((b, i) => head[at + i] === b);

const ascii = (head: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...head.subarray(from, Math.min(to, head.length)));

const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // "%PDF"
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];

/** Control bytes that never appear in a CSV or text file (tab, CR, LF, FF and ESC excepted). */
function looksBinary(head: Uint8Array): boolean {
  let odd = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) odd++;
  }
  return odd * 100 > head.length;
}

/** A text file that is really a web page or XML export ("Excel 2003 XML", HTML saved as .xls). */
function markupKind(head: Uint8Array): string | undefined {
  const start = ascii(head, startsWith(head, UTF8_BOM) ? 3 : 0, 512).trimStart().toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) return "an HTML page";
  if (start.startsWith("<?xml")) return "an XML file";
  return undefined;
}

/**
 * Classifies a file from its first bytes (`head`, up to SNIFF_BYTES) and its size. Throws a
 * FileReadError naming `file` for anything that is not an .xlsx workbook or a text (CSV) file.
 * OLE files are "legacy-xls" here; `isEncryptedOoxml` tells the password-protected .xlsx apart.
 */
export function sniffBytes(head: Uint8Array, size: number, file: string): Sniffed {
  if (size === 0) throw new FileReadError(file, "empty", `${file} is empty (0 bytes)`);
  if (startsWith(head, ZIP)) {
    // An OpenDocument file stores its type uncompressed as the first entry, "mimetype".
    if (ascii(head, 30, 38) === "mimetype" && ascii(head, 38, 100).includes("opendocument")) {
      throw new FileReadError(file, "ods", `${file} is an OpenDocument spreadsheet (.ods); save it as .xlsx`);
    }
    return { kind: "xlsx" };
  }
  if (startsWith(head, OLE)) {
    throw new FileReadError(file, "legacy-xls", `${file} is an old .xls workbook (or another legacy Office file); save it as .xlsx`);
  }
  if (startsWith(head, PDF)) throw new FileReadError(file, "pdf", `${file} is a PDF, not a spreadsheet`);
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) return { kind: "text" };
  if (looksBinary(head)) throw new FileReadError(file, "not-a-spreadsheet", `${file} is not a spreadsheet (neither .xlsx nor CSV)`);
  const markup = markupKind(head);
  if (markup) throw new FileReadError(file, "markup", `${file} is ${markup}, not a spreadsheet; open it in Excel and save it as .xlsx`);
  return { kind: "text" };
}

/** "EncryptedPackage" as UTF-16LE: the stream a password-protected .xlsx keeps inside an OLE container. */
const ENCRYPTED_PACKAGE = Buffer.from("EncryptedPackage", "utf16le");

/** True when an OLE file's bytes name the EncryptedPackage stream (Excel's "Encrypt with password"). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTED_PACKAGE);
}

/** The text decoding used for a CSV, and the text. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: "utf-8" | "utf-16le" | "utf-16be" | "latin1";
}

/**
 * Decodes a text file: a byte-order mark decides (and is dropped); otherwise valid UTF-8, else
 * Latin-1 (the WHATWG "latin1" label is Windows-1252, what Excel on Windows writes for "CSV").
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF16LE_BOM)) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    // The decoder drops a UTF-8 BOM itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("latin1").decode(bytes), encoding: "latin1" };
  }
}
