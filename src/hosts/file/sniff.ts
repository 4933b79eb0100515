import { promises as fs } from "fs";
import { FileReadError } from "./file-read-error";

/**
 * What a file is, told by its first bytes rather than its extension (a PDF renamed .xlsx is still a
 * PDF): a zip (.xlsx, .xlsb), an OpenDocument spreadsheet, a legacy .xls (OLE or bare BIFF), or text.
 */
export type Sniffed = { readonly kind: "xlsx" } | { readonly kind: "ods" } | { readonly kind: "xls" } | { readonly kind: "text" };

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

/**
 * An .xls from Excel 2.x–4.x is a bare BIFF stream, not an OLE file: it starts with a BOF record
 * (0x0009, 0x0209, 0x0409 or 0x0809) whose length is small.
 */
function isBareBiff(head: Uint8Array): boolean {
  return head.length >= 8 && head[0] === 0x09 && [0x00, 0x02, 0x04, 0x08].includes(head[1]) && head[3] === 0 && head[2] >= 4 && head[2] <= 20;
}

/** Control bytes that never appear in a CSV or text file (tab, CR, LF and FF excepted; ESC counts: it drives terminals). */
function looksBinary(head: Uint8Array): boolean {
  let odd = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) odd++;
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
 * FileReadError naming `file` for anything that is not a workbook or a text (CSV) file. OLE files
 * are "xls" here; sniffFile tells the password-protected .xlsx (also OLE) apart.
 */
export function sniffBytes(head: Uint8Array, size: number, file: string): Sniffed {
  if (size === 0) throw new FileReadError(file, "empty", `${file} is empty (0 bytes)`, { kind: "empty" });
  if (startsWith(head, ZIP)) {
    // An OpenDocument file stores its type uncompressed as the first entry, "mimetype".
    if (ascii(head, 30, 38) === "mimetype" && ascii(head, 38, 100).includes("opendocument")) {
      if (!ascii(head, 38, 100).includes("opendocument.spreadsheet")) throw new FileReadError(file, "not-a-workbook", `${file} is an OpenDocument file but not a spreadsheet`, { kind: "odfNotSpreadsheet" });
      return { kind: "ods" };
    }
    return { kind: "xlsx" };
  }
  if (startsWith(head, OLE) || isBareBiff(head)) return { kind: "xls" };
  if (startsWith(head, PDF)) throw new FileReadError(file, "pdf", `${file} is a PDF, not a spreadsheet`, { kind: "pdf" });
  if (startsWith(head, UTF16LE_BOM) || startsWith(head, UTF16BE_BOM)) return { kind: "text" };
  if (looksBinary(head)) throw new FileReadError(file, "not-a-spreadsheet", `${file} is not a spreadsheet (neither .xlsx nor CSV)`, { kind: "binary" });
  const markup = markupKind(head);
  if (markup) throw new FileReadError(file, "markup", `${file} is ${markup}, not a spreadsheet; open it in Excel and save it as .xlsx`, { kind: "markup", what: markup === "an HTML page" ? "html" : "xml" });
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
 * Latin-1 (read as Windows-1252, what Excel on Windows writes for "CSV").
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, UTF16LE_BOM)) return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  if (startsWith(bytes, UTF16BE_BOM)) return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  try {
    // The decoder drops a UTF-8 BOM itself.
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "latin1" };
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F, where it differs from ISO-8859-1 (its 5 unused bytes kept). */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Latin-1 as Excel on Windows writes it (Windows-1252: en dash, euro, curly quotes in 0x80–0x9F).
 * Written out because Node's TextDecoder("windows-1252") maps those bytes to control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** OLE files up to this size are searched whole for the encryption stream; larger ones are taken as .xls. */
const OLE_SEARCH_BYTES = 32 * 1024 * 1024;

/** "a named pipe (FIFO)" etc. for what is neither a regular file nor a folder. */
function oddFileKind(stat: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | undefined {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return undefined;
}

const errnoCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

/** Opens, sizes and sniffs a file. `file` is the name the user gave, used in every message. */
export async function sniffFile(path: string, file: string): Promise<Sniffed & { readonly size: number }> {
  let handle: fs.FileHandle;
  try {
    // Looked at before opening: opening a named pipe waits for a writer forever, a device may never end.
    const odd = oddFileKind(await fs.stat(path));
    if (odd) throw new FileReadError(file, "not-a-file", `${file} is ${odd}, not a file`, { kind: "special", what: odd.includes("pipe") ? "pipe" : odd.includes("socket") ? "socket" : "device" });
    handle = await fs.open(path, "r");
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    const code = errnoCode(e);
    if (code === "ENOENT") throw new FileReadError(file, "not-found", `cannot find ${file}`, { kind: "notFound" });
    if (code === "EISDIR") throw new FileReadError(file, "not-a-file", `${file} is a folder, not a file`, { kind: "folder" });
    if (code === "EACCES") throw new FileReadError(file, "unreadable", `cannot read ${file} (permission denied)`, { kind: "permission" });
    throw new FileReadError(file, "unreadable", `cannot read ${file} (${code ?? String(e)})`, { kind: "unreadable", code: code ?? String(e) });
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileReadError(file, "not-a-file", `${file} is a folder, not a file`, { kind: "folder" });
    if (!stat.isFile()) throw new FileReadError(file, "not-a-file", `${file} is not a regular file`, { kind: "notRegular" });
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, stat.size));
    await handle.read(head, 0, head.length, 0);
    const sniffed = sniffBytes(head, stat.size, file);
    if (sniffed.kind === "xls" && startsWith(head, OLE) && stat.size <= OLE_SEARCH_BYTES) {
      const all = Buffer.alloc(stat.size);
      await handle.read(all, 0, stat.size, 0);
      if (isEncryptedOoxml(all)) throw new FileReadError(file, "encrypted", `${file} is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save it again`, { kind: "encrypted" });
    }
    return { ...sniffed, size: stat.size };
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file, "unreadable", `cannot read ${file} (${errnoCode(e) ?? String(e)})`);
  } finally {
    await handle.close();
  }
}
