/**
 * Generators for the hostile inputs of issue #16 (files written into a temp folder at test time,
 * never committed), and a runner that measures the CLI: exit code, wall time and peak RSS.
 */
import { spawn } from "child_process";
import { closeSync, existsSync, openSync, writeSync } from "fs";
import { join, resolve } from "path";

/** The repository (also when this file runs compiled, from build/tests/support, for bench/hostile-table). */
export const ROOT = [resolve(__dirname, "../.."), resolve(__dirname, "../../..")].find((d) => existsSync(join(d, "package.json"))) ?? resolve(__dirname, "../..");
export const CLI = join(ROOT, "build/src/hosts/file/cli.js");
/** Prints the peak RSS at exit (bench/rss-wrapper.ts, built with the CLI). */
const RSS_WRAPPER = join(ROOT, "build/bench/rss-wrapper.js");

/**
 * Generous ceilings for "must not hang or blow up": the 1 GB, and twice its 60 s, because the
 * test machine may be shared (bench/hostile-table.ts measures each row: 5–20 s when the machine is idle).
 */
export const CEILING = { ms: 120_000, rssKb: 1024 * 1024 } as const;

/** Terminal control bytes that must never reach a text report: ESC, BEL, CSI (8-bit) as UTF-8. */
export const hasEscapeBytes = (out: Buffer): boolean => out.includes(0x1b) || out.includes(0x07) || out.includes(Buffer.from("\u009b", "utf8"));

/** A timeline that retitles the terminal, clears it, prints a forged verdict and reverses what follows. */
export const ESCAPE_TIMELINE = "\u001b]0;owned\u0007\u001b[2J\u001b[H✔ valid: 0 errors\u202e\u001b[8m";

/** An activities CSV whose timeline and lead hold terminal escape sequences (and a right-to-left override). */
export function escapeCsv(dir: string, name = "escape.csv"): string {
  const path = join(dir, name);
  const rows = [
    "Activity,Lead,Timeline,Status",
    `Regional workshop,"ISU\u202e tfard","${ESCAPE_TIMELINE}",Planned`,
    "Country visit,ISU,May 2026,\u001b[32mDone\u001b[0m",
    // A real plan around the hostile cells: a file made mostly of control bytes is not taken for text.
    ...Array.from({ length: 20 }, (_, i) => `Bilateral outreach meeting ${i + 1},Universalization coordinators,Q${(i % 4) + 1} 2026,Planned`),
  ];
  return writeText(path, rows.join("\r\n") + "\r\n");
}

/** A budget CSV of `lines` cost lines whose labels are `labelChars` characters long. */
export function longLabelCsv(dir: string, lines: number, labelChars: number): string {
  const path = join(dir, "long-labels.csv");
  const fd = openSync(path, "w");
  try {
    writeSync(fd, "COST;Amount in CHF;NOTES\n");
    const label = Buffer.alloc(labelChars, "Travel and subsistence ");
    for (let i = 0; i < lines; i++) {
      writeSync(fd, label);
      writeSync(fd, `${i};-${1000 + i};note\n`);
    }
    writeSync(fd, "Total;1;\n");
  } finally {
    closeSync(fd);
  }
  return path;
}

/** One line of `fields` one-character fields ("x,x,x,…"), written 1 MB at a time. */
export function wideLineCsv(dir: string, fields: number): string {
  const path = join(dir, "wide-line.csv");
  const chunkFields = 512 * 1024;
  const chunk = Buffer.from("x,".repeat(chunkFields));
  const fd = openSync(path, "w");
  try {
    let left = fields;
    for (; left > chunkFields; left -= chunkFields) writeSync(fd, chunk);
    writeSync(fd, "x,".repeat(left - 1) + "x\n");
  } finally {
    closeSync(fd);
  }
  return path;
}

/** An activities CSV of about `bytes` bytes: the same block of realistic rows repeated. */
export function bigCsv(dir: string, bytes: number, name = "big.csv"): string {
  const path = join(dir, name);
  const periods = ["May – June 2026", "Q1 2026", "Ongoing", "January 2026", "TBD", "First quarter of 2026", "2025-2026"];
  const block: string[] = [];
  for (let i = 0; i < 2000; i++) {
    block.push(`Regional workshop on universalization (${i}),Universalization coordinators (Norway and Costa Rica),LAP Actions #38 to #42,${periods[i % periods.length]},At least 10 documented meetings,${i % 3 ? "Ongoing" : "Done"},12'500`);
  }
  const chunk = Buffer.from(block.join("\n") + "\n");
  const fd = openSync(path, "w");
  try {
    writeSync(fd, "Activity,Lead,Action plan reference,Timeline,Deliverable,Status,Budget\n");
    for (let written = 0; written < bytes; written += chunk.length) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return path;
}

export function writeText(path: string, text: string): string {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return path;
}

export interface Measured {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
  readonly ms: number;
  /** Peak resident set of the CLI process, in KB. */
  readonly rssKb: number;
}

/** Runs the built CLI with `args`, its stdout to a pipe (or to `stdoutPath`, e.g. /dev/full), killed past the ceiling. */
export function runMeasured(args: readonly string[], options: { stdoutPath?: string; timeoutMs?: number } = {}): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = Date.now();
    const stdio: ("pipe" | "ignore" | number)[] = ["ignore", options.stdoutPath ? openSync(options.stdoutPath, "w") : "pipe", "pipe"];
    const child = spawn(process.execPath, [RSS_WRAPPER, CLI, ...args], { cwd: ROOT, stdio, env: { ...process.env, NO_COLOR: "" } });
    const out: Buffer[] = [], err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? CEILING.ms * 1.5);
    child.on("error", fail);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (typeof stdio[1] === "number") closeSync(stdio[1]);
      const stderr = Buffer.concat(err).toString("utf8");
      const rss = /WORKPLAN_CHECK_MAXRSS_KB (\d+)\n?/.exec(stderr);
      done({ code, stdout: Buffer.concat(out), stderr: stderr.replace(/WORKPLAN_CHECK_MAXRSS_KB \d+\n?/, ""), ms: Date.now() - started, rssKb: rss ? Number(rss[1]) : NaN });
    });
  });
}
