import type { HostTable, SheetSnapshot, WorkbookSnapshot } from "../../../core";
import { a1 } from "../../../core";
import { parseRange } from "../a1-range";
import { scanChunks } from "./chunked-scan";
import { ByteBudget, entryString, entryText } from "./inflate-entry";
import { LIMITS, LimitError } from "./limits";
import { parseRelationships, parseTable, parseWorkbook, relsPathOf } from "./package-parts";
import type { Relationship } from "./package-parts";
import { emptySharedStrings, sharedStringsScanner } from "./shared-strings";
import { SheetScanner } from "./sheet-scanner";
import { dateStyles } from "./styles";
import { DamagedZipError, readZipDirectory } from "./zip-directory";
import type { ZipDirectory } from "./zip-directory";

/** A zip that is an Office file but not one this reader reads (.xlsb, an odd layout): SheetJS may. */
export class NotLeanXlsx extends Error {
  override readonly name = "NotLeanXlsx";
  constructor(readonly what: "xlsb" | "ods" | "unusual") {
    super(what);
  }
}

/** A zip that is plainly not a workbook: a Word document, a presentation, any other zip. */
export class NotAWorkbook extends Error {
  override readonly name = "NotAWorkbook";
}

/** A cell whose text was longer than Excel allows and was cut (LIMITS.cellChars). */
export interface CutText {
  readonly sheet: string;
  readonly cell: string;
  readonly length: number;
}

export interface LeanRead {
  readonly snapshot: WorkbookSnapshot;
  readonly cut: readonly CutText[];
}

/** Progress: compressed bytes of the sheets done so far, of all of them; rows read. */
export type LeanProgress = (done: number, total: number, rows: number) => void;

/** Rows looked at while blanking the covered cells of merged areas, at most, per sheet. */
const MAX_MERGE_VISITS = 20_000_000;

async function partString(path: string, zip: ZipDirectory, part: string, budget: ByteBudget): Promise<string | undefined> {
  const entry = zip.find(part);
  return entry ? entryString(path, zip, entry, budget) : undefined;
}

/** The workbook part: named by the package's root relationships (most often xl/workbook.xml). */
async function workbookPath(path: string, zip: ZipDirectory, budget: ByteBudget): Promise<string> {
  const rootXml = await partString(path, zip, "_rels/.rels", budget);
  const official = rootXml ? parseRelationships(rootXml, "").find((r) => r.type === "officeDocument" && !r.external) : undefined;
  const candidates = [official?.path, "xl/workbook.xml"].filter((p): p is string => !!p);
  for (const p of candidates) {
    if (/\.bin$/i.test(p) && zip.find(p)) throw new NotLeanXlsx("xlsb");
    if (zip.find(p)) return p;
  }
  if (zip.find("xl/workbook.bin")) throw new NotLeanXlsx("xlsb");
  // an OpenDocument spreadsheet whose mimetype entry is not stored first (the sniffer looks there)
  if (zip.find("content.xml") && (zip.find("mimetype") || zip.find("META-INF/manifest.xml"))) throw new NotLeanXlsx("ods");
  const has = (re: RegExp) => zip.entries.some((e) => re.test(e.name));
  if (has(/(^|\/)workbook\.xml$/i)) throw new NotLeanXlsx("unusual");
  throw new NotAWorkbook(has(/^word\//i) ? "a Word document" : has(/^ppt\//i) ? "a PowerPoint presentation" : "a zip archive");
}

/**
 * Reads an .xlsx with this host's own streaming reader: one sheet at a time, each inflated and
 * scanned as it is read (no temporary files), with every limit of LIMITS enforced on the way.
 * Throws DamagedZipError, LimitError, NotAWorkbook or NotLeanXlsx; never anything from inside a parser.
 */
export async function readXlsxLean(path: string, name: string, onProgress?: LeanProgress): Promise<LeanRead> {
  const zip = await readZipDirectory(path);
  const budget = new ByteBudget();
  const wbPath = await workbookPath(path, zip, budget);
  const workbook = parseWorkbook((await partString(path, zip, wbPath, budget)) ?? "");
  if (workbook.sheets.length === 0) throw new DamagedZipError(`its workbook part ${wbPath} lists no sheets`);
  const rels = parseRelationships((await partString(path, zip, relsPathOf(wbPath), budget)) ?? "", wbPath);
  const relById = new Map<string, Relationship>(rels.map((r) => [r.id, r]));
  const ofType = (type: string) => rels.find((r) => r.type === type && !r.external && zip.find(r.path));

  const stylesRel = ofType("styles");
  const dates = stylesRel ? dateStyles((await partString(path, zip, stylesRel.path, budget)) ?? "") : new Uint8Array(0);
  const strings = emptySharedStrings();
  const stringsRel = ofType("sharedStrings");
  if (stringsRel) await scanChunks(entryText(path, zip, zip.find(stringsRel.path)!, budget), sharedStringsScanner(strings), `part ${stringsRel.path}`);

  const listed = workbook.sheets.map((s) => ({ entry: s, rel: relById.get(s.relId) })).filter((s) => s.rel?.type === "worksheet");
  if (listed.length > LIMITS.sheets) throw new LimitError("sheets", "the workbook");
  const total = listed.reduce((n, s) => n + (zip.find(s.rel!.path)?.compressedSize ?? 0), 0);
  let done = 0, cells = 0, rows = 0;
  const sheets: SheetSnapshot[] = [];
  const cut: CutText[] = [];
  for (const { entry, rel } of listed) {
    const part = zip.find(rel!.path);
    if (!part) throw new DamagedZipError(`its sheet '${entry.name}' is missing (${rel!.path})`);
    const scanner = new SheetScanner({ name: entry.name, strings, dateStyles: dates, date1904: workbook.date1904, cellsBefore: cells });
    await scanChunks(entryText(path, zip, part, budget), scanner.scan, `sheet '${entry.name}'`);
    cells += scanner.cells;
    const tables = await sheetTables(path, zip, rel!.path, scanner.tableRelIds, budget);
    if (scanner.builder.blankCovered(scanner.merged, MAX_MERGE_VISITS) > MAX_MERGE_VISITS) throw new LimitError("mergedAreas", `sheet '${entry.name}'`);
    sheets.push(scanner.builder.build({
      ...(tables.length ? { tables } : {}), ...(scanner.merged.length ? { merged: scanner.merged } : {}), ...(entry.hidden ? { hidden: true } : {}),
    }));
    for (const c of scanner.cut) cut.push({ sheet: entry.name, cell: a1(c.row, c.column), length: c.length });
    done += part.compressedSize;
    rows += sheets[sheets.length - 1].values.length;
    onProgress?.(done, total, rows);
  }
  return { snapshot: { name, sheets }, cut };
}

/** The Excel tables a sheet names in `<tableParts>`, from their own parts. */
async function sheetTables(path: string, zip: ZipDirectory, sheetPath: string, relIds: readonly string[], budget: ByteBudget): Promise<HostTable[]> {
  if (relIds.length === 0) return [];
  const rels = parseRelationships((await partString(path, zip, relsPathOf(sheetPath), budget)) ?? "", sheetPath);
  const out: HostTable[] = [];
  for (const id of relIds) {
    const rel = rels.find((r) => r.id === id && r.type === "table");
    const xml = rel ? await partString(path, zip, rel.path, budget) : undefined;
    const table = xml ? parseTable(xml) : undefined;
    const area = table ? parseRange(table.ref) : undefined;
    if (table && area) out.push({ name: table.name, headerRow: area.top, firstColumn: area.left, lastColumn: area.right, lastRow: area.bottom });
  }
  return out;
}
