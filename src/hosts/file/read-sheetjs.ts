import { promises as fs } from "fs";
import type { MergedArea, RawCell, SheetSnapshot, WorkbookSnapshot } from "../../core";
import { a1 } from "../../core";
import { SheetBuilder } from "./sheet-builder";
import { isDateFormat, isoDate, serialToDate } from "./xlsx-cell";
import { ByteBudget, entryText } from "./xlsx/inflate-entry";
import { LIMITS, LimitError } from "./xlsx/limits";
import type { CutText, LeanRead } from "./xlsx/read-xlsx-lean";
import { readZipDirectory } from "./xlsx/zip-directory";

/**
 * .xls, .xlsb, .ods (and .xlsx files the lean reader finds unusual) through SheetJS Community
 * Edition 0.20.3, from the `@e965/xlsx` registry mirror (README, "Dependencies and why"). Loaded
 * only for these files. SheetJS reads a file whole, so the limits are checked before it starts:
 * file size, and for zips every entry inflated and counted first (a zip bomb ends there).
 */

/** The parts of SheetJS used here (its typings are broad). */
interface SjsCell { t: string; v?: unknown; w?: string; f?: string; z?: string | number }
interface SjsSheet { "!data"?: (SjsCell[] | undefined)[]; "!merges"?: { s: { r: number; c: number }; e: { r: number; c: number } }[] }
interface SjsBook {
  SheetNames: string[];
  Sheets: Record<string, SjsSheet>;
  Workbook?: { Sheets?: { Hidden?: number }[]; WBProps?: { date1904?: boolean } };
}

/**
 * Runs SheetJS with its console silenced: on odd files it prints warnings ("Cannot hydrate range…")
 * that would break the CLI's promise of a report or exactly one line. XLSX.read is synchronous.
 */
function quietly<T>(read: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  console.log = console.warn = console.error = () => undefined;
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

/** Inflates and counts every entry of a zip (output dropped): SheetJS would inflate them all at once. */
async function checkZipSizes(path: string): Promise<void> {
  const zip = await readZipDirectory(path);
  const budget = new ByteBudget();
  for (const entry of zip.entries) {
    if (entry.name.endsWith("/")) continue;
    for await (const chunk of entryText(path, zip, entry, budget)) void chunk;
  }
}

function cellValue(cell: SjsCell, date1904: boolean): RawCell {
  switch (cell.t) {
    case "n": {
      if (typeof cell.v !== "number" || !Number.isFinite(cell.v)) return null;
      return typeof cell.z === "string" && isDateFormat(cell.z) ? serialToDate(cell.v, date1904) : cell.v;
    }
    case "s": return typeof cell.v === "string" && cell.v !== "" ? cell.v : null;
    case "b": return cell.v === true;
    case "e": return typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : "#N/A";
    case "d": return cell.v instanceof Date ? (isoDate(cell.v) === null ? null : { date: isoDate(cell.v)! }) : null;
    default: return null;
  }
}

function sheetSnapshot(name: string, ws: SjsSheet, hidden: boolean, date1904: boolean, cellsBefore: number, cut: CutText[]): { sheet: SheetSnapshot; cells: number } {
  const builder = new SheetBuilder(name);
  let cells = 0;
  const rows = ws["!data"] ?? [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell) continue;
      let value = cellValue(cell, date1904);
      const formula = typeof cell.f === "string" && cell.f !== "" ? "=" + cell.f : null;
      if (value === null && formula === null) continue;
      if (++cells > LIMITS.sheetCells) throw new LimitError("sheetCells", `sheet '${name}'`);
      if (cells + cellsBefore > LIMITS.workbookCells) throw new LimitError("workbookCells", `the workbook (at sheet '${name}')`);
      if (typeof value === "string" && value.length > LIMITS.cellChars) {
        cut.push({ sheet: name, cell: a1(r + 1, c + 1), length: value.length });
        value = value.slice(0, LIMITS.cellChars);
      }
      builder.set(r + 1, c + 1, value, formula);
    }
  }
  const merges = ws["!merges"] ?? [];
  if (merges.length > LIMITS.mergedAreas) throw new LimitError("mergedAreas", `sheet '${name}'`);
  const merged: MergedArea[] = merges
    .map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }))
    .filter((m) => m.bottom > m.top || m.right > m.left);
  return { sheet: builder.build({ ...(merged.length ? { merged } : {}), ...(hidden ? { hidden: true } : {}) }), cells };
}

/** Reads a workbook with SheetJS. `zip`: the file is a zip (check its entries' sizes first). */
export async function readWithSheetJs(path: string, name: string, zip: boolean): Promise<LeanRead> {
  const { size } = await fs.stat(path);
  if (size > LIMITS.legacyFileBytes) throw new LimitError("legacyFileBytes", "the file");
  if (zip) await checkZipSizes(path);
  const XLSX = await import("@e965/xlsx");
  const bytes = await fs.readFile(path);
  const wb = quietly(() => XLSX.read(bytes, { type: "buffer", dense: true, cellFormula: true, cellNF: true, cellDates: false, cellHTML: false, cellStyles: false, sheetStubs: false, bookVBA: false })) as unknown as SjsBook;
  if (wb.SheetNames.length > LIMITS.sheets) throw new LimitError("sheets", "the workbook");
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const sheets: SheetSnapshot[] = [];
  const cut: CutText[] = [];
  let cells = 0;
  wb.SheetNames.forEach((sheetName, i) => {
    const ws = wb.Sheets[sheetName];
    if (!ws) return;
    const read = sheetSnapshot(sheetName, ws, (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) > 0, date1904, cells, cut);
    cells += read.cells;
    sheets.push(read.sheet);
  });
  return { snapshot: { name, sheets } as WorkbookSnapshot, cut };
}
