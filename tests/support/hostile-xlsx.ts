/**
 * Generators of hostile .xlsx files (issue #16, the zip and workbook rows): small code, no committed
 * blobs. Huge inflated sizes come from repeating one full-flushed deflate block, so a 1 GB sheet is
 * made in milliseconds from a few MB of file.
 */
import { writeFileSync } from "fs";
import { constants, deflateRawSync } from "zlib";
import { crc32 } from "../../src/hosts/file/crc32";

export interface ZipPart {
  readonly name: string;
  /** The stored data: given as content (deflated here) or as ready deflate bytes. */
  readonly content?: string | Buffer;
  readonly deflated?: Buffer;
  /** Uncompressed size to declare (a lie, if wanted); defaults to the content's length. */
  readonly declaredSize?: number;
  /** Write the sizes as zip64 (0xFFFFFFFF + extra field). */
  readonly zip64?: boolean;
}

/** A zip of deflated entries (zip64 and lying sizes on request). */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const chunks: Buffer[] = [], centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = p.content === undefined ? undefined : Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content, "utf8");
    const data = p.deflated ?? deflateRawSync(raw ?? Buffer.alloc(0));
    const size = p.declaredSize ?? raw?.length ?? 0;
    const crc = raw ? crc32(raw) : 0;
    const name = Buffer.from(p.name, "utf8");
    const extra = p.zip64 ? Buffer.alloc(20) : Buffer.alloc(0);
    if (p.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(16, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(p.zip64 ? 45 : 20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(p.zip64 ? 0xffffffff : data.length, 18);
    local.writeUInt32LE(p.zip64 ? 0xffffffff : size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(p.zip64 ? 45 : 20, 4);
    central.writeUInt16LE(p.zip64 ? 45 : 20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(p.zip64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(p.zip64 ? 0xffffffff : size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, extra, data);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/**
 * Deflate bytes that inflate to `prefix`, then `block` `times` times, then `suffix`: each block is
 * compressed once with a full flush (byte-aligned, no back-references), so its bytes can be repeated.
 */
export function repeatedDeflate(prefix: string, block: string, times: number, suffix: string): Buffer {
  return deflatePieces([[prefix, 1], [block, times], [suffix, 1]]);
}

/** Deflate bytes of each `[text, times]` in turn, each text compressed once and its bytes repeated. */
export function deflatePieces(pieces: readonly (readonly [string, number])[]): Buffer {
  const flushed = (s: string) => deflateRawSync(Buffer.from(s, "utf8"), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const out: Buffer[] = [];
  for (const [text, times] of pieces) {
    const one = flushed(text);
    for (let i = 0; i < times; i++) out.push(one);
  }
  out.push(deflateRawSync(Buffer.alloc(0)));
  return Buffer.concat(out);
}

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';

/** A cell of inline text (no shared-string table needed). */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${xmlText(text)}</t></is></c>`;
export const numberCell = (ref: string, n: number) => `<c r="${ref}"><v>${n}</v></c>`;

export interface SheetSpec {
  readonly name: string;
  /** The sheet part: its whole XML, or ready deflate bytes (then `declaredSize`/`zip64` apply). */
  readonly xml?: string;
  readonly deflated?: Buffer;
  readonly declaredSize?: number;
  readonly zip64?: boolean;
  /** Where the part lives in the zip (default xl/worksheets/sheetN.xml). */
  readonly path?: string;
}

/** A workbook made of the given sheets: the parts Excel needs, nothing else. */
export function workbookOf(sheets: readonly SheetSpec[]): Buffer {
  const path = (s: SheetSpec, i: number) => s.path ?? `xl/worksheets/sheet${i + 1}.xml`;
  const parts: ZipPart[] = [
    { name: "[Content_Types].xml", content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
    { name: "_rels/.rels", content: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>' },
    { name: "xl/workbook.xml", content: `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>` },
    { name: "xl/_rels/workbook.xml.rels", content: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/${path(s, i)}"/>`).join("")}</Relationships>` },
    ...sheets.map((s, i) => ({ name: path(s, i), content: s.xml, deflated: s.deflated, declaredSize: s.declaredSize, zip64: s.zip64 })),
  ];
  return zipOf(parts);
}

/** A budget table's first rows, so a report has something to say. */
const budgetHead = () => textCell("A1", "Cost") + textCell("B1", "Amount in CHF");

/** The hostile files of issue #16's table that concern the .xlsx reader, by name. */
export const HOSTILE_XLSX: Record<string, () => Buffer> = {
  "merge-whole-sheet": () => workbookOf([{ name: "Budget", xml: `${SHEET_HEAD}<row r="1">${budgetHead()}</row><row r="2">${textCell("A2", "Travel")}${numberCell("B2", 100)}</row></sheetData><mergeCells count="1"><mergeCell ref="A2:XFD1048576"/></mergeCells></worksheet>` }]),
  "merges-20000": () => merges(20_000),
  "merges-100000": () => merges(100_000),
  "zip64-bomb": () => workbookOf([{ name: "Plan", deflated: bomb(600), zip64: true, declaredSize: 2048 }]),
  "lying-sizes-bomb": () => workbookOf([{ name: "Plan", deflated: bomb(600), declaredSize: 1000 }]),
  "bomb-under-a-xl": () => workbookOf([{ name: "Plan", deflated: bomb(600), declaredSize: 1000, path: "a/xl/worksheets/sheet1.xml" }]),
  "inflates-to-1gb": () => workbookOf([{ name: "Plan", deflated: bomb(1024) }]),
  "labels-10mb": () => {
    // ten budget lines whose labels hold 10 MB of text each
    const mb = "x".repeat(1024 * 1024);
    const line = (i: number): [string, number][] => [
      [`<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>Line ${i + 1} `, 1], [mb, 10], [`</t></is></c>${numberCell(`B${i + 2}`, 1000)}</row>`, 1],
    ];
    const pieces: [string, number][] = [[`${SHEET_HEAD}<row r="1">${budgetHead()}</row>`, 1], ...Array.from({ length: 10 }, (_, i) => line(i)).flat(), ["</sheetData></worksheet>", 1]];
    return workbookOf([{ name: "Budget", deflated: deflatePieces(pieces) }]);
  },
  "cells-50m": () => {
    // rows without r: each is the next row; 10 cells each, 5M rows
    const row = `<row>${Array.from({ length: 10 }, (_, i) => `<c><v>${i}</v></c>`).join("")}</row>`;
    return workbookOf([{ name: "Data", deflated: repeatedDeflate(SHEET_HEAD, row.repeat(1000), 5000, "</sheetData></worksheet>") }]);
  },
  "sheets-1200": () => workbookOf(Array.from({ length: 1200 }, (_, i) => ({ name: `S${i + 1}`, xml: `${SHEET_HEAD}<row r="1">${textCell("A1", `Sheet ${i + 1}`)}</row></sheetData></worksheet>` }))),
  "sheets-5001": () => workbookOf(Array.from({ length: 5001 }, (_, i) => ({ name: `S${i + 1}`, xml: `${SHEET_HEAD}</sheetData></worksheet>` }))),
};

/** Sheet XML that inflates to `mb` MB: a budget head, then comments and blank-looking markup. */
function bomb(mb: number): Buffer {
  const filler = "<!-- padding -->" + " ".repeat(1024 * 1024 - 16);
  return repeatedDeflate(`${SHEET_HEAD}<row r="1">${budgetHead()}</row>`, filler, mb, "</sheetData></worksheet>");
}

function merges(n: number): Buffer {
  const refs = Array.from({ length: n }, (_, i) => `<mergeCell ref="A${i * 2 + 2}:B${i * 2 + 2}"/>`).join("");
  return workbookOf([{ name: "Budget", xml: `${SHEET_HEAD}<row r="1">${budgetHead()}</row></sheetData><mergeCells count="${n}">${refs}</mergeCells></worksheet>` }]);
}

/** Writes one hostile file; returns its path. */
export function writeHostile(dir: string, name: keyof typeof HOSTILE_XLSX): string {
  const path = `${dir}/${name}.xlsx`;
  writeFileSync(path, HOSTILE_XLSX[name]());
  return path;
}
