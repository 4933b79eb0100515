/**
 * One reader on one file, in a fresh process so its time and peak memory are its own:
 * node build/bench/read-one.js lean|exceljs-stream|exceljs-whole|sheetjs|floor FILE → one JSON line.
 */
import { readFileSync } from "fs";
import { inflateRawSync } from "zlib";
import { readXlsxLean } from "../src/hosts/file/xlsx/read-xlsx-lean";
import { entryDataStart, readZipDirectory } from "../src/hosts/file/xlsx/zip-directory";

export type ReaderName = "lean" | "exceljs-stream" | "exceljs-whole" | "sheetjs" | "floor" | "saxes";

/** The bare floor: unzip the sheet with Node's native inflate, decode it, find every `<c `. */
async function floor(path: string): Promise<number> {
  const zip = await readZipDirectory(path);
  let cells = 0;
  for (const e of zip.entries.filter((x) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(x.name))) {
    const start = await entryDataStart(path, e, zip.size);
    const xml = inflateRawSync(readFileSync(path).subarray(start, start + e.compressedSize)).toString("utf8");
    for (let pos = xml.indexOf("<c "); pos >= 0; pos = xml.indexOf("<c ", pos + 3)) cells++;
  }
  return cells;
}

/**
 * A general SAX parser (saxes, what ExcelJS uses) over the same inflated XML, doing only what the
 * lean scanner's tokenising does: every cell's attributes and text. The measure that decided the
 * lean reader's own scanner (README, "Reading .xlsx").
 */
async function saxes(path: string): Promise<number> {
  const { SaxesParser } = await import("saxes");
  const zip = await readZipDirectory(path);
  let cells = 0, text = 0;
  for (const e of zip.entries.filter((x) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(x.name))) {
    const start = await entryDataStart(path, e, zip.size);
    const xml = inflateRawSync(readFileSync(path).subarray(start, start + e.compressedSize)).toString("utf8");
    const parser = new SaxesParser();
    parser.on("opentag", (tag) => { if (tag.name === "c") { cells++; text += String(tag.attributes.r ?? "").length; } });
    parser.on("text", (t) => { text += t.length; });
    parser.write(xml).close();
  }
  return text >= 0 ? cells : 0;
}

async function read(reader: ReaderName, path: string): Promise<number> {
  const count = (sheets: readonly { values: readonly (readonly unknown[])[] }[]) => sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.filter((v) => v !== null).length, 0), 0);
  switch (reader) {
    case "floor": return floor(path);
    case "saxes": return saxes(path);
    case "lean": return count((await readXlsxLean(path, "bench.xlsx")).snapshot.sheets);
    case "sheetjs": return count((await (await import("../src/hosts/file/read-sheetjs")).readWithSheetJs(path, "bench.xlsx", true)).snapshot.sheets);
    case "exceljs-stream": {
      const { readXlsxStream } = await import("../src/hosts/file/read-xlsx-stream");
      const zip = await readZipDirectory(path);
      return count((await readXlsxStream(path, "bench.xlsx", { size: zip.size, directoryOffset: zip.directoryOffset })).sheets);
    }
    case "exceljs-whole": return count((await (await import("../src/hosts/file/read-xlsx-whole")).readXlsxWhole(path, "bench.xlsx")).sheets);
  }
}

if (require.main === module) {
  const [reader, path] = process.argv.slice(2) as [ReaderName, string];
  const t0 = process.hrtime.bigint();
  read(reader, path).then((cells) => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage();
    process.stdout.write(JSON.stringify({ reader, ms, cpuMs: (cpu.user + cpu.system) / 1000, cells, peakRss: process.resourceUsage().maxRSS * 1024 }) + "\n");
  }, (e: unknown) => {
    process.stderr.write(`${reader}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
