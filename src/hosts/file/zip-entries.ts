import { promises as fs } from "fs";

const EOCD = 0x06054b50; // end of central directory record
const CENTRAL = 0x02014b50; // central directory file header
const EOCD_MIN = 22;
const MAX_COMMENT = 0xffff;
/** A workbook's directory is a few KB; more than this is not worth reading just to list names. */
const MAX_DIRECTORY = 16 * 1024 * 1024;

/** A zip's entry names and unpacked sizes, and where its central directory starts (where the entries' data ends). */
export interface ZipLayout {
  readonly names: string[];
  readonly sizes: number[];
  readonly directoryOffset: number;
}

/**
 * The entry names of a zip file, read from its central directory (the end of the file) without
 * unzipping anything. Returns undefined when the archive is a zip64 or its directory is too large to
 * be worth listing, and `"corrupt"` when there is no valid directory (a truncated download).
 */
export async function listZipEntries(path: string): Promise<ZipLayout | undefined | "corrupt"> {
  const handle = await fs.open(path, "r");
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - EOCD_MIN; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
    }
    if (at < 0) return "corrupt";
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    if (dirSize === 0xffffffff || dirOffset === 0xffffffff || dirSize > MAX_DIRECTORY) return undefined;
    if (dirOffset + dirSize > size) return "corrupt";
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const names: string[] = [], sizes: number[] = [];
    for (let p = 0; p + 46 <= dirSize; ) {
      if (dir.readUInt32LE(p) !== CENTRAL) return "corrupt";
      const nameLength = dir.readUInt16LE(p + 28);
      const extraLength = dir.readUInt16LE(p + 30);
      const commentLength = dir.readUInt16LE(p + 32);
      names.push(dir.toString("utf8", p + 46, p + 46 + nameLength));
      sizes.push(dir.readUInt32LE(p + 24));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return { names, sizes, directoryOffset: dirOffset };
  } finally {
    await handle.close();
  }
}
