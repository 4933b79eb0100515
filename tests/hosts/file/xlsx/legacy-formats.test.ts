/**
 * .xls, .xlsb and .ods through SheetJS, and what the CLI loads: checking a file never loads ExcelJS,
 * and SheetJS only for the formats that need it.
 */
import { spawnSync } from "child_process";
import { statSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import * as XLSX from "@e965/xlsx";
import type { WorkbookSnapshot } from "../../../../src/core";
import { readXlsx } from "../../../../src/hosts/file/read-xlsx";
import { readSpreadsheet } from "../../../../src/hosts/file/read-file";
import { tempDir } from "../example-xlsx";

const ROOT = resolve(__dirname, "../../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const tmp = tempDir("wpc-legacy-");
afterAll(tmp.cleanup);

/** A small budget sheet (numbers, a date, a formula with its cached result, a merged title) and a hidden sheet. */
function writeAll(): Record<"xlsx" | "xls" | "xlsb" | "ods", string> {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([
    ["ISU Budget 2026", null],
    ["Cost", "Amount in CHF"],
    ["Salaries", 300000],
    ["Travel", 12500.5],
    ["Total", { t: "n", v: 312500.5, f: "SUM(B3:B4)" }],
    ["Approved on", { t: "n", v: 46037, z: "m/d/yy" }],
  ]);
  ws["!merges"] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 1 } }];
  XLSX.utils.book_append_sheet(wb, ws, "Budget");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Notes"], ["kept aside"]]), "Hidden notes");
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  const out = {} as Record<"xlsx" | "xls" | "xlsb" | "ods", string>;
  for (const [ext, bookType] of [["xlsx", "xlsx"], ["xls", "biff8"], ["xlsb", "xlsb"], ["ods", "ods"]] as const) {
    out[ext] = join(tmp.dir, `budget.${ext}`);
    writeFileSync(out[ext], XLSX.write(wb, { type: "buffer", bookType }));
  }
  return out;
}

const files = writeAll();
const values = (wb: WorkbookSnapshot) => wb.sheets.map((s) => ({ name: s.name, originRow: s.originRow, values: s.values, hidden: !!s.hidden }));

describe("legacy and other formats, through SheetJS", () => {
  it.each(["xls", "xlsb", "ods"] as const)(".%s reads as the same sheets and values as the .xlsx read by the lean reader", async (ext) => {
    const lean = await readSpreadsheet(files.xlsx);
    const other = await readSpreadsheet(files[ext]);
    expect(lean.reader).toBe("lean");
    expect(other.reader).toBe("sheetjs");
    // SheetJS's .ods writer keeps no sheet visibility, so hidden is compared for .xls and .xlsb only
    const seen = (wb: WorkbookSnapshot) => values(wb).map((s) => (ext === "ods" ? { ...s, hidden: undefined } : s));
    expect(seen(other.snapshot)).toEqual(seen(lean.snapshot));
    expect(values(lean.snapshot)[0].values[5]).toEqual(["Approved on", { date: "2026-01-15" }]);
    expect(other.snapshot.sheets[0].merged).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    // SheetJS CE writes formulas to .xlsx and .ods only; its readers of .xls and .xlsb are checked on the public corpus
    if (ext === "ods") expect(other.snapshot.sheets[0].formulas?.[4]?.[1]).toBe("=SUM(B3:B4)");
  });

  it("a damaged .xls is one line naming the file, not a stack trace", async () => {
    const bad = join(tmp.dir, "bad.xls");
    writeFileSync(bad, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048, 7)]));
    await expect(readXlsx(bad, "bad.xls", "bad.xls", statSync(bad).size, {}, "xls")).rejects.toMatchObject({ reason: "corrupt", message: expect.stringMatching(/^bad\.xls cannot be read as an \.xls workbook \(/) });
  });
});

describe("what the CLI loads", () => {
  /** Runs the CLI with a hook that reports which of the heavy libraries were loaded. */
  function loaded(file: string): string[] {
    const hook = join(tmp.dir, "hook.js");
    writeFileSync(hook, `const M = require("module"); const seen = new Set(); const load = M._load;
M._load = function (req, ...rest) { if (req === "exceljs" || req === "@e965/xlsx") seen.add(req); return load.call(this, req, ...rest); };
process.on("exit", () => process.stderr.write("LOADED " + JSON.stringify([...seen].sort()) + "\\n"));`);
    const r = spawnSync(process.execPath, ["-r", hook, CLI, "--json", "--as-of", "2026-01-15", file], { encoding: "utf8" });
    expect([0, 1]).toContain(r.status);
    return JSON.parse(/LOADED (.*)/.exec(r.stderr)![1]) as string[];
  }

  it("checks the example .xlsx without loading ExcelJS or SheetJS", () => {
    expect(loaded(join(ROOT, "examples/workplan-check-examples.xlsx"))).toEqual([]);
  });

  it("loads SheetJS (never ExcelJS) for an .ods", () => {
    expect(loaded(files.ods)).toEqual(["@e965/xlsx"]);
  });
});
