import { createReadStream } from "fs";
import { Readable } from "stream";
import { crc32 } from "./crc32";

/** Larger than every buffer between the file and ExcelJS's entry loop (tens of KB). */
const PADDING_BYTES = 1024 * 1024;
const PADDING_NAME = Buffer.from("workplan-check-padding.bin");

/** A stored zip entry of zeros, which ExcelJS does not know and so drains unread. */
function paddingEntry(): Buffer {
  const data = Buffer.alloc(PADDING_BYTES);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0); // local file header
  header.writeUInt16LE(20, 4); // version needed
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(data.length, 18); // compressed size (stored)
  header.writeUInt32LE(data.length, 22); // uncompressed size
  header.writeUInt16LE(PADDING_NAME.length, 26);
  return Buffer.concat([header, PADDING_NAME, data]);
}

/**
 * The file's bytes for ExcelJS's streaming reader, with a padding entry inserted before the zip's
 * central directory. Why: the unzip parser it uses signals "end" as soon as it has parsed the central
 * directory, and ExcelJS stops taking entries then, even those still queued: small last parts
 * (xl/workbook.xml with the sheet names, xl/styles.xml with the date formats, often a small last
 * sheet) were silently lost. Behind a large padding entry, the parser cannot reach the directory
 * before ExcelJS has taken every real entry. `onBytes` counts the file's own bytes.
 */
export function paddedZipStream(path: string, directoryOffset: number | undefined, onBytes?: (n: number) => void): Readable {
  async function* parts(): AsyncGenerator<Buffer> {
    const pieces: (Buffer | { start: number; end?: number })[] =
      directoryOffset === undefined ? [{ start: 0 }] : [{ start: 0, end: directoryOffset - 1 }, paddingEntry(), { start: directoryOffset }];
    for (const piece of pieces) {
      if (Buffer.isBuffer(piece)) {
        yield piece;
        continue;
      }
      if (piece.end !== undefined && piece.end < piece.start) continue;
      for await (const chunk of createReadStream(path, piece)) {
        onBytes?.((chunk as Buffer).length);
        yield chunk as Buffer;
      }
    }
  }
  return Readable.from(parts(), { objectMode: false });
}
