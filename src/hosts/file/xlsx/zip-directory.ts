import { promises as fs } from "fs";
import { LIMITS, LimitError } from "./limits";

/** A zip archive that cannot be read: truncated, or not a zip this reader understands. */
export class DamagedZipError extends Error {
  override readonly name = "DamagedZipError";
}

/** One entry of a zip's central directory. Sizes are as declared: used to find data, never to trust. */
export interface ZipEntry {
  /** The name as stored, with `\` turned into `/` and no leading `/`. */
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localOffset: number;
}

export interface ZipDirectory {
  readonly size: number;
  readonly entries: readonly ZipEntry[];
  /** Where the central directory starts (where the entries' data ends). */
  readonly directoryOffset: number;
  /** Looks an entry up by name, case-insensitively (OPC part names are). */
  find(name: string): ZipEntry | undefined;
}

const EOCD = 0x06054b50, ZIP64_LOCATOR = 0x07064b50, ZIP64_EOCD = 0x06064b50, CENTRAL = 0x02014b50;
const EOCD_MIN = 22, MAX_COMMENT = 0xffff;
/** A workbook's directory is a few KB; even 5,000 sheets stay far below this. */
const MAX_DIRECTORY = 32 * 1024 * 1024;

const u64 = (b: Buffer, at: number): number => Number(b.readBigUInt64LE(at));

async function readAt(handle: fs.FileHandle, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  if (bytesRead < length) throw new DamagedZipError("its zip archive is incomplete");
  return buf;
}

/** The zip64 end record's directory size and offset, when the classic record says "see zip64". */
async function zip64End(handle: fs.FileHandle, eocdPosition: number, size: number): Promise<{ dirSize: number; dirOffset: number }> {
  if (eocdPosition < 20) throw new DamagedZipError("its zip64 directory is missing");
  const locator = await readAt(handle, 20, eocdPosition - 20);
  if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new DamagedZipError("its zip64 directory is missing");
  const at = u64(locator, 8);
  if (at + 56 > size) throw new DamagedZipError("its zip64 directory is outside the file");
  const end = await readAt(handle, 56, at);
  if (end.readUInt32LE(0) !== ZIP64_EOCD) throw new DamagedZipError("its zip64 directory is damaged");
  return { dirSize: u64(end, 40), dirOffset: u64(end, 48) };
}

/** Reads the zip64 extra field (id 1): the 64-bit values of the fields stored as 0xFFFFFFFF, in order. */
function zip64Extra(extra: Buffer, want: { size: boolean; compressed: boolean; offset: boolean }): { size?: number; compressed?: number; offset?: number } {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p), len = extra.readUInt16LE(p + 2);
    if (id === 1) {
      const out: { size?: number; compressed?: number; offset?: number } = {};
      let q = p + 4;
      const take = () => { if (q + 8 > p + 4 + len) throw new DamagedZipError("its zip64 sizes are damaged"); const v = u64(extra, q); q += 8; return v; };
      if (want.size) out.size = take();
      if (want.compressed) out.compressed = take();
      if (want.offset) out.offset = take();
      return out;
    }
    p += 4 + len;
  }
  throw new DamagedZipError("its zip64 sizes are missing");
}

/**
 * Reads a zip's central directory (zip64 too) without unzipping anything. Throws DamagedZipError
 * for a truncated or malformed archive, LimitError for a directory with too many entries.
 */
export async function readZipDirectory(path: string): Promise<ZipDirectory> {
  const handle = await fs.open(path, "r");
  try {
    const { size } = await handle.stat();
    if (size < EOCD_MIN) throw new DamagedZipError("its zip archive is incomplete");
    const tailLength = Math.min(size, EOCD_MIN + MAX_COMMENT);
    const tail = await readAt(handle, tailLength, size - tailLength);
    let at = -1;
    for (let i = tailLength - EOCD_MIN; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
    if (at < 0) throw new DamagedZipError("its zip archive is incomplete");
    let dirSize = tail.readUInt32LE(at + 12), dirOffset = tail.readUInt32LE(at + 16);
    if (dirSize === 0xffffffff || dirOffset === 0xffffffff || tail.readUInt16LE(at + 10) === 0xffff) {
      ({ dirSize, dirOffset } = await zip64End(handle, size - tailLength + at, size));
    }
    if (dirSize > MAX_DIRECTORY) throw new LimitError("zipEntries", "the zip directory");
    if (dirOffset + dirSize > size) throw new DamagedZipError("its zip archive is incomplete");
    const dir = await readAt(handle, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    for (let p = 0; p + 46 <= dirSize; ) {
      if (dir.readUInt32LE(p) !== CENTRAL) throw new DamagedZipError("its zip directory is damaged");
      if (entries.length >= LIMITS.zipEntries) throw new LimitError("zipEntries", "the zip archive");
      const nameLength = dir.readUInt16LE(p + 28), extraLength = dir.readUInt16LE(p + 30), commentLength = dir.readUInt16LE(p + 32);
      if (p + 46 + nameLength + extraLength > dirSize) throw new DamagedZipError("its zip directory is damaged");
      let compressedSize = dir.readUInt32LE(p + 20), declaredSize = dir.readUInt32LE(p + 24), localOffset = dir.readUInt32LE(p + 42);
      const want = { size: declaredSize === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localOffset === 0xffffffff };
      if (want.size || want.compressed || want.offset) {
        const x = zip64Extra(dir.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), want);
        declaredSize = x.size ?? declaredSize;
        compressedSize = x.compressed ?? compressedSize;
        localOffset = x.offset ?? localOffset;
      }
      const name = dir.toString("utf8", p + 46, p + 46 + nameLength).replace(/\\/g, "/").replace(/^\/+/, "");
      entries.push({ name, method: dir.readUInt16LE(p + 10), encrypted: (dir.readUInt16LE(p + 8) & 1) === 1, compressedSize, declaredSize, localOffset });
      p += 46 + nameLength + extraLength + commentLength;
    }
    const byName = new Map<string, ZipEntry>();
    for (const e of entries) if (!byName.has(e.name.toLowerCase())) byName.set(e.name.toLowerCase(), e);
    return { size, entries, directoryOffset: dirOffset, find: (name) => byName.get(name.replace(/^\/+/, "").toLowerCase()) };
  } finally {
    await handle.close();
  }
}

/** Where an entry's data starts: after its local header, whose name and extra lengths may differ from the directory's. */
export async function entryDataStart(path: string, entry: ZipEntry, size: number): Promise<number> {
  const handle = await fs.open(path, "r");
  try {
    if (entry.localOffset + 30 > size) throw new DamagedZipError("its zip archive is incomplete");
    const local = await readAt(handle, 30, entry.localOffset);
    if (local.readUInt32LE(0) !== 0x04034b50) throw new DamagedZipError("its zip entries are damaged");
    const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > size) throw new DamagedZipError("its zip archive is incomplete");
    return start;
  } finally {
    await handle.close();
  }
}
