/** (c) The readers side by side on the same .xlsx, each in its own process, and the unzip-and-scan floor. */
import { execFileSync } from "child_process";
import { join } from "path";
import type { ReaderName } from "./read-one";

export interface ReaderResult {
  readonly reader: ReaderName;
  readonly ms: number;
  readonly cpuMs: number;
  readonly cells: number;
  readonly peakRss: number;
}

/** Runs `reader` on `file` `runs` times in fresh processes; keeps the run with the median time. */
export function timeReader(reader: ReaderName, file: string, runs: number): ReaderResult | string {
  const results: ReaderResult[] = [];
  for (let i = 0; i < runs; i++) {
    try {
      const out = execFileSync(process.execPath, [join(__dirname, "read-one.js"), reader, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 20 });
      results.push(JSON.parse(out) as ReaderResult);
    } catch (e) {
      return `${reader} failed: ${String((e as { stderr?: string }).stderr ?? e).split("\n")[0]}`;
    }
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[Math.floor((results.length - 1) / 2)];
}
