import { createReadStream } from "fs";
import { StringDecoder } from "string_decoder";
import { createInflateRaw } from "zlib";
import { LIMITS, LimitError } from "./limits";
import { DamagedZipError, entryDataStart } from "./zip-directory";
import type { ZipDirectory, ZipEntry } from "./zip-directory";

/** Decompressed bytes read so far in one workbook, counted as they come out of the inflater. */
export class ByteBudget {
  total = 0;
  constructor(readonly entryLimit: number = LIMITS.entryBytes, readonly totalLimit: number = LIMITS.workbookBytes) {}
}

const CHUNK = 256 * 1024;

/**
 * An entry's content as text, chunk by chunk (UTF-8 split safely across chunks), inflated with
 * Node's zlib as it is read: one entry open at a time, nothing written to disk. Every chunk is
 * counted against the budget before it is handed on, whatever the zip declared.
 */
export async function* entryText(path: string, zip: ZipDirectory, entry: ZipEntry, budget: ByteBudget, limit: "entryBytes" | "partBytes" = "entryBytes"): AsyncGenerator<string> {
  const entryLimit = limit === "entryBytes" ? budget.entryLimit : LIMITS.partBytes;
  if (entry.encrypted) throw new DamagedZipError(`its part ${entry.name} is encrypted`);
  if (entry.method !== 0 && entry.method !== 8) throw new DamagedZipError(`its part ${entry.name} uses an unknown compression (${entry.method})`);
  const start = await entryDataStart(path, entry, zip.size);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK });
  const source = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: CHUNK })) : raw;
  if (source !== raw) raw.on("error", (e) => source.destroy(e));
  const decoder = new StringDecoder("utf8");
  let bytes = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      budget.total += chunk.length;
      if (bytes > entryLimit) throw new LimitError(limit, `part ${entry.name}`);
      if (budget.total > budget.totalLimit) throw new LimitError("workbookBytes", `the workbook (at part ${entry.name})`);
      yield decoder.write(chunk);
    }
  } catch (e) {
    if (e instanceof LimitError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string" && code.startsWith("Z_")) throw new DamagedZipError(`its part ${entry.name} is damaged (${code})`);
    throw e;
  } finally {
    raw.destroy();
    if (source !== raw) source.destroy();
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** A small part (workbook.xml, rels, styles, a table) read whole, still counted. */
export async function entryString(path: string, zip: ZipDirectory, entry: ZipEntry, budget: ByteBudget): Promise<string> {
  let s = "";
  for await (const chunk of entryText(path, zip, entry, budget, "partBytes")) s += chunk;
  return s;
}
