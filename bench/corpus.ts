/**
 * Runs every file under a folder through the CLI (`--json`), two at a time, and tallies how each
 * ended: a report (exit 0/1, one JSON object), one clear line (exit 2), or anything else (a stack
 * trace, an internal error, over 60 s or 1 GB). Used on the SheetJS project's public test_files
 * corpus (see the note of issue #14); not part of `npm test`.
 *   node build/bench/corpus.js DIR [--skip-ext csv,sheetnames]
 */
import { spawn } from "child_process";
import { readdirSync, statSync } from "fs";
import { join, resolve } from "path";

const ROOT = resolve(__dirname, "../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js"), RSS = join(ROOT, "build/bench/rss-wrapper.js");
const LIMIT_MS = 60_000, LIMIT_BYTES = 1024 * 1024 * 1024;

interface Outcome { file: string; code: number | null; ms: number; rss: number; verdict: "report" | "line" | "BAD"; line: string }

function files(dir: string, skip: Set<string>): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p, skip));
    else if (e.isFile() && !skip.has(e.name.slice(e.name.lastIndexOf(".") + 1).toLowerCase())) out.push(p);
  }
  return out.sort();
}

function runOne(file: string): Promise<Outcome> {
  return new Promise((done) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [RSS, CLI, "--json", "--as-of", "2026-01-15", file], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout.on("data", (d: Buffer) => { if (stdout.length < 64 << 20) stdout += d.toString(); });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), LIMIT_MS + 5_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      const ms = Date.now() - t0;
      const rss = Number(/WORKPLAN_CHECK_MAXRSS_KB (\d+)/.exec(stderr)?.[1] ?? 0) * 1024;
      const lines = stderr.split("\n").filter((l) => l && !l.startsWith("WORKPLAN_CHECK_MAXRSS_KB"));
      const own = lines.filter((l) => !/: note: /.test(l));
      let verdict: Outcome["verdict"] = "BAD";
      const sane = ms <= LIMIT_MS && rss <= LIMIT_BYTES && !/\n\s+at |internal error|unexpected error/.test(stderr);
      if (sane && (code === 0 || code === 1) && own.length === 0) {
        try { JSON.parse(stdout); verdict = "report"; } catch { verdict = "BAD"; }
      } else if (sane && code === 2 && own.length === 1 && own[0].startsWith("workplan-check: ") && stdout === "") verdict = "line";
      done({ file, code, ms, rss, verdict, line: own[0] ?? "" });
    });
  });
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  const i = process.argv.indexOf("--skip-ext");
  const skip = new Set((i > 0 ? process.argv[i + 1] : "csv,sheetnames").split(","));
  const all = files(dir, skip);
  const results: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const r = await runOne(all[next++]);
      results.push(r);
      if (r.verdict === "BAD") console.log(`BAD ${r.file}: exit ${r.code}, ${r.ms} ms, ${(r.rss / 1048576).toFixed(0)} MB: ${r.line}`);
    }
  };
  await Promise.all(Array.from({ length: Number(process.env.CORPUS_JOBS ?? 2) }, worker));
  const byExt = new Map<string, Record<string, number>>();
  for (const r of results) {
    const ext = r.file.slice(r.file.lastIndexOf(".") + 1).toLowerCase();
    const t = byExt.get(ext) ?? {};
    const key = r.verdict === "report" ? `exit ${r.code}` : r.verdict === "line" ? "exit 2" : "BAD";
    t[key] = (t[key] ?? 0) + 1;
    byExt.set(ext, t);
  }
  console.log(`\n${results.length} files under ${dir} (skipped: ${[...skip].join(", ")})`);
  for (const [ext, t] of [...byExt].sort((a, b) => b[0].localeCompare(a[0]) * -1)) console.log(`  .${ext}: ${Object.entries(t).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  const reasons = new Map<string, number>();
  for (const r of results.filter((x) => x.verdict === "line")) {
    const reason = r.line.replace(r.file, "FILE").replace(/\(.*\)/, "(…)").replace(/'[^']*'/g, "'…'").slice(0, 110);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  console.log("exit-2 lines, by kind:");
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n} × ${reason}`);
  const slow = [...results].sort((a, b) => b.ms - a.ms).slice(0, 5);
  console.log(`slowest: ${slow.map((r) => `${r.file.slice(dir.length + 1)} ${(r.ms / 1000).toFixed(1)} s`).join(", ")}`);
  const big = [...results].sort((a, b) => b.rss - a.rss).slice(0, 3);
  console.log(`most memory: ${big.map((r) => `${r.file.slice(dir.length + 1)} ${(r.rss / 1048576).toFixed(0)} MB (${(statSync(r.file).size / 1024).toFixed(0)} KB file)`).join(", ")}`);
  const tally = { report: 0, line: 0, BAD: 0 };
  for (const r of results) tally[r.verdict]++;
  console.log(`TALLY: ${tally.report} reports (exit 0/1), ${tally.line} one-line refusals (exit 2), ${tally.BAD} bad`);
  if (tally.BAD) process.exitCode = 1;
}

void main();
