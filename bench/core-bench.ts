/** (a) The core on a 100,000-row table in memory, against a loop that only reads every cell. */
import { resolveSettings, toReport, validateWorkbook } from "../src/core";
import type { RawCell, WorkbookSnapshot } from "../src/core";
import { benchSnapshot } from "./generate";
import { median, timed } from "./stats";

export interface CoreResult {
  readonly cells: number;
  readonly coreMs: number[];
  readonly baselineMs: number[];
  readonly issues: number;
  readonly tables: number;
  readonly heapUsedAfter: number;
  readonly peakRss: number;
}

/** Touches every cell the way any reader must: the floor under which no validator can go. */
function baseline(wb: WorkbookSnapshot): number {
  let acc = 0;
  for (const sheet of wb.sheets) {
    for (const row of sheet.values) {
      for (let i = 0; i < row.length; i++) {
        const v: RawCell = row[i];
        if (typeof v === "string") acc += v.length;
        else if (typeof v === "number") acc += 1;
        else if (v !== null && typeof v === "object") acc += v.date.length;
      }
    }
  }
  return acc;
}

export function runCoreBench(rows: number, runs: number): CoreResult {
  const wb = benchSnapshot(rows);
  const cells = wb.sheets.reduce((n, s) => n + s.values.reduce((m, r) => m + r.length, 0), 0);
  const settings = resolveSettings({}, "2026-01-15");
  const coreMs: number[] = [], baselineMs: number[] = [];
  let issues = 0, tables = 0, sink = 0;
  for (let i = 0; i < runs; i++) {
    const b = timed(() => baseline(wb));
    baselineMs.push(b.ms);
    sink += b.result;
    const c = timed(() => toReport(validateWorkbook(wb, settings), wb.name));
    coreMs.push(c.ms);
    issues = c.result.issues.length;
    tables = c.result.tables.length;
  }
  if (sink < 0) console.log(sink); // keeps the baseline from being optimised away
  return { cells, coreMs, baselineMs, issues, tables, heapUsedAfter: process.memoryUsage().heapUsed, peakRss: process.resourceUsage().maxRSS * 1024 };
}

export const perMillion = (ms: number, cells: number): number => (ms * 1e6) / cells;
export { median };
