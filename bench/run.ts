/**
 * The benchmark (npm run bench): (a) the core on 100,000 rows × 10 columns in memory, against a
 * baseline that only reads every cell; (b) the CLI on the same table written as .xlsx, with the
 * streaming and the whole-file reader. Prints figures; asserts nothing (targets are for reading).
 * Options: --rows N (default 100000), --runs N (default 5), --profile (top core functions by self
 * time), --skip-cli.
 */
import { mkdirSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { resolveSettings, toReport, validateWorkbook } from "../src/core";
import { timeCli, writeBenchXlsx } from "./cli-bench";
import { median, perMillion, runCoreBench } from "./core-bench";
import { benchSnapshot } from "./generate";
import { profileTop } from "./profile";
import { listZipEntries } from "../src/hosts/file/zip-entries";
import { usesStreaming } from "../src/hosts/file/read-xlsx";
import { mb, table } from "./stats";

/** The core's target on this machine: validate + report under 100 ms per million cells. */
const TARGET_MS_PER_MILLION = 100;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
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
  console.log(`target < ${TARGET_MS_PER_MILLION} ms per 1M cells: ${perM <= TARGET_MS_PER_MILLION ? "met" : "MISSED"} (${perM.toFixed(0)} ms)\n`);

  if (process.argv.includes("--profile") || perM > TARGET_MS_PER_MILLION) {
    const wb = benchSnapshot(rows);
    const settings = resolveSettings({}, "2026-01-15");
    const top = await profileTop(() => toReport(validateWorkbook(wb, settings), wb.name));
    console.log("core profile, top functions by self time:");
    console.log(table(["function", "self ms", "share", "where"], top.map((t) => [t.name, t.ms.toFixed(0), `${(t.share * 100).toFixed(1)}%`, t.where])));
    console.log("");
  }

  if (process.argv.includes("--skip-cli")) return;
  // (b) the CLI on a real .xlsx
  const dir = join(tmpdir(), "workplan-check-bench");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${rows}.xlsx`);
  const t0 = Date.now();
  const size = await writeBenchXlsx(file, rows);
  const layout = await listZipEntries(file);
  const xmlBytes = layout && layout !== "corrupt" ? layout.sizes.reduce((n, s, i) => (/^xl\/(worksheets|sharedStrings)/.test(layout.names[i]) ? n + s : n), 0) : 0;
  console.log(`(b) CLI: node build/src/hosts/file/cli.js --json on ${file}`);
  console.log(`file ${mb(size)} (sheet XML ${mb(xmlBytes)} unpacked), written by ExcelJS's streaming writer in ${((Date.now() - t0) / 1000).toFixed(1)} s; --reader auto would use: ${usesStreaming(size, "auto", xmlBytes) ? "stream" : "whole"}`);
  const cli = join(root, "build/src/hosts/file/cli.js"), wrapper = join(root, "build/bench/rss-wrapper.js");
  const results = [];
  for (const reader of ["stream", "whole"] as const) results.push(await timeCli(cli, wrapper, file, reader, dir));
  console.log(table(["reader", "wall time", "peak RSS", "exit", "JSON out"], results.map((r) => [
    r.reader, `${(r.wallMs / 1000).toFixed(1)} s`, r.peakRssBytes === null ? "?" : mb(r.peakRssBytes), String(r.exitCode), mb(r.outputBytes),
  ])));
  for (const r of results) if (r.stderr) console.log(`${r.reader}: ${r.stderr}`);
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
