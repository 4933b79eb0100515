import { promises as fs } from "fs";
import type { WorkbookSnapshot } from "../../core";
import { FileReadError } from "./file-read-error";
import { CSV_LIMITS, CsvSheetReader, csvSheetName, sniffDelimiter } from "./read-csv";
import type { CsvLimits } from "./read-csv";
import type { ReadProgress } from "./read-xlsx-stream";
import { decodeWindows1252 } from "./sniff";

/** Bytes read at a time: the file is never held whole. */
const CHUNK_BYTES = 1024 * 1024;
/** Decoded text looked at to guess the delimiter before the first cell is read. */
const DELIMITER_SAMPLE = 64 * 1024;

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** Decodes chunk by chunk; a byte-order mark decides, else UTF-8 (which throws on the first invalid byte). */
function decoder(encoding: Encoding): (bytes: Uint8Array, last: boolean) => string {
  if (encoding === "windows-1252") return (bytes) => decodeWindows1252(bytes);
  const d = new TextDecoder(encoding, { fatal: encoding === "utf-8" });
  return (bytes, last) => d.decode(bytes, { stream: !last });
}

function encodingOf(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return "utf-16le";
  if (head[0] === 0xfe && head[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Reads with one encoding; a UTF-8 decoding error surfaces as ERR_ENCODING_INVALID_ENCODED_DATA (the caller retries as Windows-1252). */
async function readWith(handle: fs.FileHandle, encoding: Encoding, sheetName: string, size: number, limits: CsvLimits, onProgress?: ReadProgress) {
  const decode = decoder(encoding);
  const buffer = Buffer.alloc(CHUNK_BYTES);
  let reader: CsvSheetReader | undefined, pending = "", position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position);
    position += bytesRead;
    const last = bytesRead === 0;
    // UTF-16's BOM is dropped by its decoder, UTF-8's too; CsvSheetReader drops one left in the text.
    const text = decode(buffer.subarray(0, bytesRead), last);
    if (!reader) {
      pending += text;
      if (pending.length < DELIMITER_SAMPLE && !last) continue;
      reader = new CsvSheetReader(sheetName, sniffDelimiter(pending), limits);
      reader.push(pending);
      pending = "";
    } else reader.push(text);
    onProgress?.(position, size, reader.rows);
    if (last || reader.done) return reader.finish();
  }
}

/**
 * A CSV or text file → a one-sheet workbook named after the file, read in chunks: memory is bounded
 * by the limits (rows, columns, cells, characters per cell), not by the file's size.
 */
export async function readCsvFile(path: string, file: string, name: string, size: number, options: { limits?: CsvLimits; onProgress?: ReadProgress } = {}): Promise<WorkbookSnapshot> {
  const limits = options.limits ?? CSV_LIMITS;
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(path, "r");
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    const encoding = encodingOf(head);
    let sheet;
    try {
      sheet = await readWith(handle, encoding, csvSheetName(name), size, limits, options.onProgress);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ERR_ENCODING_INVALID_ENCODED_DATA" || encoding !== "utf-8") throw e;
      sheet = await readWith(handle, "windows-1252", csvSheetName(name), size, limits, options.onProgress);
    }
    return { name, sheets: [sheet] };
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    throw new FileReadError(file, "unreadable", `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  } finally {
    await handle?.close();
  }
}
