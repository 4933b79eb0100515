/** (b) The CLI end to end on an .xlsx (the example, 100,000 rows): wall time and peak memory, per reader. */
import { spawn } from "child_process";
import { createWriteStream, existsSync, mkdirSync, statSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { BENCH_HEADER, benchRows } from "./generate";

export interface CliResult {
  readonly reader: string;
  readonly wallMs: number;
  readonly peakRssBytes: number | null;
  readonly exitCode: number | null;
  readonly outputBytes: number;
  readonly stderr: string;
}

/** Writes the benchmark table with ExcelJS's streaming writer (shared strings and styles, as Excel does). */
export async function writeBenchXlsx(path: string, rows: number): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet("Workplan 2025-2026");
  ws.columns = BENCH_HEADER.map((_, i) => ({ width: i === 0 ? 50 : 20, style: i === 9 ? { numFmt: "yyyy-mm-dd" } : {} }));
  for (const row of benchRows(rows)) {
    ws.addRow(row.map((v) => (v !== null && typeof v === "object" ? new Date(`${v.date}T00:00:00Z`) : v))).commit();
  }
  ws.commit();
  await wb.commit();
  return statSync(path).size;
}

const TIME = "/usr/bin/time";

/**
 * Runs `node cli.js --json FILE` with the reader forced by WORKPLAN_CHECK_READER. Peak RSS comes from
 * /usr/bin/time -v when present, else from a wrapper that reports process.resourceUsage().maxRSS.
 */
export function timeCli(cli: string, wrapper: string, file: string, reader: string, outDir: string): Promise<CliResult> {
  mkdirSync(outDir, { recursive: true });
  const outPath = join(outDir, `report-${reader}-${Date.now()}.json`);
  const useTime = existsSync(TIME);
  const [cmd, args] = useTime
    ? [TIME, ["-v", process.execPath, cli, "--json", "--as-of", "2026-01-15", file]]
    : [process.execPath, [wrapper, cli, "--json", "--as-of", "2026-01-15", file]];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, WORKPLAN_CHECK_READER: reader }, stdio: ["ignore", "pipe", "pipe"] });
    const out = createWriteStream(outPath);
    let outputBytes = 0, stderr = "";
    child.stdout.on("data", (d: Buffer) => (outputBytes += d.length));
    child.stdout.pipe(out);
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const m = useTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr) : /WORKPLAN_CHECK_MAXRSS_KB (\d+)/.exec(stderr);
      const own = stderr.split("\n").filter((l) => l.startsWith("workplan-check:")).join("\n");
      resolve({ reader, wallMs, peakRssBytes: m ? Number(m[1]) * 1024 : null, exitCode: code, outputBytes, stderr: own });
    });
  });
}
