/**
 * Runs every row of issue #16's table through the built CLI and prints what each does now: exit
 * code, wall time, peak RSS, output size and the first line on stderr. Not part of `npm test` (the
 * tests assert the same rows one by one); run it after `npm run build:cli`:
 *   node build/bench/hostile-table.js [DIR]
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { bigCsv, escapeCsv, hasEscapeBytes, longLabelCsv, runMeasured, wideLineCsv, writeText } from "../tests/support/hostile-inputs";
import type { Measured } from "../tests/support/hostile-inputs";
import { HOSTILE_XLSX, SHEET_HEAD, textCell, zipOf } from "../tests/support/hostile-xlsx";

type Row = { input: string; make: (dir: string) => string; args?: string[]; stdoutPath?: string; check?: (r: Measured) => string };

const code = (r: Measured, c: string) => (r.stdout.toString().includes(c) ? `${c} reported` : `NO ${c}`);

/** A workbook with one Excel table named __proto__ over a small activities table. */
function protoTable(): Buffer {
  const head = ["Activity", "Lead", "Timeline"].map((h, i) => textCell(`${"ABC"[i]}1`, h)).join("");
  const row = ["Workshop", "ISU", "Mayy 2026"].map((h, i) => textCell(`${"ABC"[i]}2`, h)).join("");
  const rels = (body: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
  return zipOf([
    { name: "[Content_Types].xml", content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
    { name: "_rels/.rels", content: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>') },
    { name: "xl/workbook.xml", content: '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    { name: "xl/_rels/workbook.xml.rels", content: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>') },
    { name: "xl/worksheets/sheet1.xml", content: `${SHEET_HEAD}<row r="1">${head}</row><row r="2">${row}</row></sheetData><tableParts count="1"><tablePart r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></tableParts></worksheet>` },
    { name: "xl/worksheets/_rels/sheet1.xml.rels", content: rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/>') },
    { name: "xl/tables/table1.xml", content: '<?xml version="1.0"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="__proto__" displayName="__proto__" ref="A1:C2"><tableColumns count="3"><tableColumn id="1" name="Activity"/><tableColumn id="2" name="Lead"/><tableColumn id="3" name="Timeline"/></tableColumns></table>' },
  ]);
}

const xlsx = (name: keyof typeof HOSTILE_XLSX) => (dir: string) => {
  const p = join(dir, `${name}.xlsx`);
  writeFileSync(p, HOSTILE_XLSX[name]());
  return p;
};

const ROWS: Row[] = [
  { input: "CSV with ESC ]0;…BEL ESC[2J … ✔ valid (text report)", make: (d) => escapeCsv(d), check: (r) => (hasEscapeBytes(r.stdout) ? "ESC/BEL bytes PRINTED" : "no ESC/BEL byte in output") },
  { input: "same, file name with ESC (text report)", make: (d) => escapeCsv(d, "plan\u001b[2J\u0007.csv"), check: (r) => (hasEscapeBytes(r.stdout) ? "ESC/BEL bytes PRINTED" : "no ESC/BEL byte in output") },
  { input: "1.6 KB .xlsx, mergeCell A2:XFD1048576", make: xlsx("merge-whole-sheet") },
  { input: ".xlsx with 20,000 two-cell merges", make: xlsx("merges-20000") },
  { input: ".xlsx with 100,000 two-cell merges", make: xlsx("merges-100000") },
  { input: "zip bomb: zip64", make: xlsx("zip64-bomb") },
  { input: "zip bomb: sizes that lie", make: xlsx("lying-sizes-bomb") },
  { input: "zip bomb: sheet under a/xl/worksheets", make: xlsx("bomb-under-a-xl") },
  { input: ".xlsx inflating to 1 GB of sheet XML", make: xlsx("inflates-to-1gb") },
  { input: ".xlsx inflating to 1 GB, --reader stream", make: xlsx("inflates-to-1gb"), args: ["--reader", "stream"] },
  { input: ".xlsx: ten budget lines with 10 MB labels (text)", make: xlsx("labels-10mb") },
  { input: ".xlsx: ten budget lines with 10 MB labels (--json)", make: xlsx("labels-10mb"), args: ["--json"] },
  { input: "CSV: ten budget lines with 10 MB labels (--json)", make: (d) => longLabelCsv(d, 10, 10_000_000), args: ["--json"] },
  { input: "CSV: one line of 50M fields", make: (d) => wideLineCsv(d, 50_000_000), args: ["--json"], check: (r) => code(r, "sheet.not-read") },
  { input: "CSV: 150 MB (--json)", make: (d) => bigCsv(d, 150 * 1024 * 1024), args: ["--json"], check: (r) => code(r, "sheet.not-read") },
  { input: "CSV: 150 MB (text)", make: (d) => bigCsv(d, 150 * 1024 * 1024), check: (r) => code(r, "sheet.not-read") },
  { input: ".xlsx with 50M cells", make: xlsx("cells-50m") },
  { input: "mkfifo f.csv", make: (d) => { const p = join(d, "f.csv"); execFileSync("mkfifo", [p]); return p; } },
  { input: "stdout > /dev/full", make: (d) => escapeCsv(d), stdoutPath: "/dev/full" },
  { input: ".xlsx with 1,200 sheets", make: xlsx("sheets-1200") },
  { input: ".xlsx with 1,200 sheets, --reader stream", make: xlsx("sheets-1200"), args: ["--reader", "stream"] },
  { input: ".xlsx with 5,001 sheets", make: xlsx("sheets-5001") },
  { input: "outreach stage \"Constructor\"", make: (d) => writeText(join(d, "log.csv"), "State,Date,Stage\nState A,2026-01-10,Constructor\n"), args: ["--json"], check: (r) => code(r, "outreach.unknown-stage") },
  { input: "milestone __proto__ (--milestone __proto__=2026-05)", make: (d) => writeText(join(d, "plan.csv"), "Activity,Lead,Timeline\nRetreat,ISU,Before __proto__\n"), args: ["--json", "--milestone", "__proto__=2026-05"], check: (r) => (/"name":"__proto__","month":"2026-05","activities":1/.test(r.stdout.toString()) ? "milestone __proto__ counted" : "milestone __proto__ MISSING") },
  { input: "milestone name with = (--milestone Phase=2=2026-03)", make: (d) => writeText(join(d, "plan2.csv"), "Activity,Lead,Timeline\nRetreat,ISU,March 2026\n"), args: ["--json", "--milestone", "Phase=2=2026-03"], check: (r) => (r.stdout.toString().includes('"name":"Phase=2","month":"2026-03"') ? "name Phase=2 kept" : "name MISSPLIT") },
  { input: "Excel table named __proto__ (.xlsx)", make: (d) => { const p = join(d, "proto-table.xlsx"); writeFileSync(p, protoTable()); return p; }, args: ["--json"], check: (r) => (r.stdout.toString().includes('"source":"host-table"') ? "table kept (host-table)" : "table DROPPED") },
];

async function main(): Promise<void> {
  const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), "wpc-hostile-table-"));
  const tmpBefore = new Set(readdirSync(tmpdir()));
  console.log("| input | exit | time | peak RSS | stdout | first stderr line / check |");
  console.log("|---|---|---|---|---|---|");
  for (const row of ROWS) {
    const path = row.make(dir);
    const r = await runMeasured([path, "--as-of", "2026-01-15", ...(row.args ?? [])], { stdoutPath: row.stdoutPath, timeoutMs: 90_000 });
    const line = r.stderr.split("\n").find((l) => l.trim() !== "") ?? "";
    const trace = /\n\s+at /.test(r.stderr) ? " STACK TRACE" : "";
    const note = [row.check?.(r), line.slice(0, 140).replace(/\|/g, "\\|"), trace].filter(Boolean).join(" · ");
    console.log(`| ${row.input} | ${r.code} | ${(r.ms / 1000).toFixed(1)} s | ${Math.round(r.rssKb / 1024)} MB | ${r.stdout.length.toLocaleString("en")} B | ${note} |`);
    rmSync(path, { force: true });
  }
  const left = readdirSync(tmpdir()).filter((n) => !tmpBefore.has(n) && !dir.endsWith(n));
  console.log(`\nNew entries left in ${tmpdir()}: ${left.length ? left.join(", ") : "none"}`);
  if (process.argv[2] === undefined) rmSync(dir, { recursive: true, force: true });
}

void main();
