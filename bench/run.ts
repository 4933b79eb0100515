/**
 * The benchmark (npm run bench): (a) the core on 100,000 rows × 10 columns in memory, against a
 * baseline that only reads every cell; (b) the readers side by side on the same table written as
 * .xlsx (this host's lean reader, ExcelJS's streaming reader, SheetJS, and the bare unzip-and-scan
 * floor), each in its own process; (c) the CLI end to end on the example workbook and on the
 * 100,000-row file, against `node -e 0`. Prints figures, ratios and the goals; asserts nothing.
 * Options: --rows N (default 100000), --runs N (default 5), --profile, --skip-cli, --with-whole
 * (ExcelJS's whole-file reader too: ~15 s and 700 MB); --skip-sheets, --sheets-rows N (default 50000)
 * for (d) the Google Sheets server (built Code.js) on 50,000 rows.
 */
import { execFileSync } from "child_process";
import { mkdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { resolveSettings, toReport, validateWorkbook } from "../src/core";
import { timeCli, writeBenchXlsx } from "./cli-bench";
import { median, perMillion, runCoreBench } from "./core-bench";
import { benchSnapshot } from "./generate";
import { profileTop } from "./profile";
import type { ReaderName } from "./read-one";
import { timeReader } from "./reader-bench";
import { mb, table } from "./stats";
import { readZipDirectory } from "../src/hosts/file/xlsx/zip-directory";
import { printSheetsBench } from "./sheets-bench";

/** The goals of issue #14, on this machine. */
const GOALS = { coreMsPerMillion: 100, exampleCliSeconds: 0.3, bigCliSeconds: 1.5, bigCliBytes: 300 * 1024 * 1024 };

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const verdict = (ok: boolean) => (ok ? "met" : "MISSED");
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Median wall time of `node args…` over `runs` runs. */
function nodeWall(args: readonly string[], runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    try {
      execFileSync(process.execPath, [...args], { stdio: "ignore" });
    } catch {
      // exit 1 (errors found) is a normal outcome of a check
    }
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(ms);
}

async function main(): Promise<void> {
  const rows = flag("--rows", 100_000), runs = flag("--runs", 5);
  const root = resolve(__dirname, "../..");
  console.log(`workplan-check benchmark · ${rows.toLocaleString("en")} rows × 10 columns · Node ${process.version}\n`);

  // (a) the core in memory
  const core = runCoreBench(rows, runs);
  const coreMedian = median(core.coreMs), baseMedian = median(core.baselineMs);
  console.log("(a) core: validateWorkbook + toReport, in memory");
  console.log(table(["measure", "median", "runs (ms)", "per 1M cells", "cells/s"], [
    ["core", `${coreMedian.toFixed(0)} ms`, core.coreMs.map((m) => m.toFixed(0)).join(" "), `${perMillion(coreMedian, core.cells).toFixed(0)} ms`, `${Math.round(core.cells / (coreMedian / 1000)).toLocaleString("en")}`],
    ["baseline (read every cell)", `${baseMedian.toFixed(1)} ms`, core.baselineMs.map((m) => m.toFixed(1)).join(" "), `${perMillion(baseMedian, core.cells).toFixed(1)} ms`, `${Math.round(core.cells / (baseMedian / 1000)).toLocaleString("en")}`],
  ]));
  console.log(`cells ${core.cells.toLocaleString("en")} · tables ${core.tables} · issues ${core.issues.toLocaleString("en")} · core/baseline ${(coreMedian / baseMedian).toFixed(0)}× · heap used after ${mb(core.heapUsedAfter)} · peak RSS ${mb(core.peakRss)}`);
  const perM = perMillion(coreMedian, core.cells);
  console.log(`goal ≤ ${GOALS.coreMsPerMillion} ms per 1M cells (warm): ${verdict(perM <= GOALS.coreMsPerMillion)} (${perM.toFixed(0)} ms)\n`);

  if (process.argv.includes("--profile") || perM > GOALS.coreMsPerMillion) {
    const wb = benchSnapshot(rows);
    const settings = resolveSettings({}, "2026-01-15");
    toReport(validateWorkbook(wb, settings), wb.name); // warm, as measured above
    const top = await profileTop(() => toReport(validateWorkbook(wb, settings), wb.name));
    console.log("core profile (warm), top functions by self time:");
    console.log(table(["function", "self ms", "share", "where"], top.map((t) => [t.name, t.ms.toFixed(0), `${(t.share * 100).toFixed(1)}%`, t.where])));
    console.log("");
  }

  if (!process.argv.includes("--skip-sheets")) printSheetsBench(root, flag("--sheets-rows", 50_000));

  if (process.argv.includes("--skip-cli")) return;

  const dir = join(tmpdir(), `workplan-check-bench-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  try {
    // (b) the readers on the same file
    const file = join(dir, `bench-${rows}.xlsx`);
    const t0 = Date.now();
    const size = await writeBenchXlsx(file, rows);
    const zip = await readZipDirectory(file);
    const xmlBytes = zip.entries.reduce((n, e) => (/^xl\/(worksheets|sharedStrings)/.test(e.name) ? n + e.declaredSize : n), 0);
    console.log(`(b) readers on ${file}: ${mb(size)} (sheet XML ${mb(xmlBytes)} unpacked), written by ExcelJS's streaming writer in ${((Date.now() - t0) / 1000).toFixed(1)} s; each reader in its own process, median of ${Math.min(runs, 3)}`);
    const readers: ReaderName[] = ["floor", "lean", "saxes", "exceljs-stream", "sheetjs", ...(process.argv.includes("--with-whole") ? ["exceljs-whole" as const] : [])];
    const results = readers.map((r) => timeReader(r, file, r === "floor" || r === "lean" || r === "saxes" ? Math.min(runs, 3) : 1));
    const lean = results[1];
    const floorMs = typeof results[0] === "string" ? NaN : results[0].ms;
    console.log(table(["reader", "wall", "CPU", "peak RSS", "cells", "÷ lean", "÷ floor"], results.map((r, i) => typeof r === "string"
      ? [readers[i], r, "", "", "", "", ""]
      : [r.reader, secs(r.ms), secs(r.cpuMs), mb(r.peakRss), r.cells.toLocaleString("en"), typeof lean === "string" ? "?" : `${(r.ms / lean.ms).toFixed(1)}×`, `${(r.ms / floorMs).toFixed(1)}×`])));
    console.log("(floor: Node's native inflate of the sheet and shared strings, UTF-8 decoding, and indexOf over every `<c `; saxes: the same inflate, then\n saxes tokenising every tag and text, no values made: the lean scanner does all of its work in less; ExcelJS and SheetJS run once)\n");

    // (c) the CLI end to end
    const cli = join(root, "build/src/hosts/file/cli.js"), wrapper = join(root, "build/bench/rss-wrapper.js");
    const example = join(root, "examples/workplan-check-examples.xlsx");
    const bare = nodeWall(["-e", "0"], runs);
    const small = nodeWall([cli, "--json", "--as-of", "2026-01-15", example], runs);
    const big = await timeCli(cli, wrapper, file, "auto", dir);
    console.log("(c) CLI: node build/src/hosts/file/cli.js --json");
    console.log(table(["run", "wall", "peak RSS", "exit", "÷ node -e 0", "goal"], [
      ["node -e 0", secs(bare), "", "", "1.0×", ""],
      ["example workbook (7 small tables)", secs(small), "", "", `${(small / bare).toFixed(1)}×`, `≤ ${GOALS.exampleCliSeconds} s: ${verdict(small / 1000 <= GOALS.exampleCliSeconds)}`],
      [`${rows.toLocaleString("en")}-row .xlsx`, secs(big.wallMs), big.peakRssBytes === null ? "?" : mb(big.peakRssBytes), String(big.exitCode), `${(big.wallMs / bare).toFixed(1)}×`,
        `≤ ${GOALS.bigCliSeconds} s and ${mb(GOALS.bigCliBytes)}: ${verdict(big.wallMs / 1000 <= GOALS.bigCliSeconds && (big.peakRssBytes ?? Infinity) <= GOALS.bigCliBytes)}`],
    ]));
    if (big.stderr) console.log(big.stderr);
    console.log("(wall times include other jobs on this machine: compare the ratios, measured in the same run)");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
