/**
 * Issue #16, the .xlsx rows: each hostile workbook ends cleanly through the CLI — a report (exit 0/1)
 * or one line naming the limit and the sheet (exit 2) — with no stack trace, under a generous
 * ceiling of 60 s and 1 GB (not a timing threshold: "must not hang or blow up").
 */
import { spawnSync } from "child_process";
import { join, resolve } from "path";
import { HOSTILE_XLSX, writeHostile } from "../../../support/hostile-xlsx";
import { tempDir } from "../example-xlsx";
import { ENGLISH_ENV } from "../english-env";

const ROOT = resolve(__dirname, "../../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const RSS = join(ROOT, "build/bench/rss-wrapper.js");
const tmp = tempDir("wpc-hostile-xlsx-");
afterAll(tmp.cleanup);

const CEILING_MS = 60_000, CEILING_BYTES = 1024 * 1024 * 1024;

interface Ended { code: number | null; stdout: string; lines: string[]; ms: number; rss: number }
function run(name: keyof typeof HOSTILE_XLSX, ...args: string[]): Ended {
  const path = writeHostile(tmp.dir, name);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [RSS, CLI, "--as-of", "2026-01-15", ...args, path], { encoding: "utf8", timeout: CEILING_MS + 5_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...ENGLISH_ENV } });
  const ms = Date.now() - t0;
  const rss = Number(/WORKPLAN_CHECK_MAXRSS_KB (\d+)/.exec(r.stderr)?.[1] ?? NaN) * 1024;
  const lines = r.stderr.split("\n").filter((l) => l && !l.startsWith("WORKPLAN_CHECK_MAXRSS_KB"));
  expect(r.stderr).not.toMatch(/\n\s+at |Error:|FATAL|heap/);
  expect(ms).toBeLessThan(CEILING_MS);
  expect(rss).toBeLessThan(CEILING_BYTES);
  return { code: r.status, stdout: r.stdout, lines, ms, rss };
}

function expectLimitLine(e: Ended, limit: RegExp, where: RegExp): void {
  expect(e.code).toBe(2);
  expect(e.stdout).toBe("");
  expect(e.lines).toHaveLength(1);
  expect(e.lines[0]).toMatch(/^workplan-check: /);
  expect(e.lines[0]).toMatch(limit);
  expect(e.lines[0]).toMatch(where);
}

function expectReport(e: Ended): void {
  expect([0, 1]).toContain(e.code);
  expect(JSON.parse(e.stdout)).toHaveProperty("issues");
}

describe("hostile .xlsx files end cleanly (issue #16)", () => {
  it("a merged area of A2:XFD1048576 is a finding, not 4 GB of merged cells", () => {
    const e = run("merge-whole-sheet", "--json");
    expectReport(e);
    expect(JSON.parse(e.stdout).issues).toContainEqual(expect.objectContaining({ code: "cell.merged", sheet: "Budget", cell: "A2" }));
  });

  it("20,000 two-cell merges are read; 100,000 pass the merged-area limit, named with the sheet", () => {
    expectReport(run("merges-20000", "--json"));
    expectLimitLine(run("merges-100000", "--json"), /50,000 merged areas per sheet/, /sheet 'Budget'/);
  });

  it.each(["zip64-bomb", "lying-sizes-bomb", "bomb-under-a-xl", "inflates-to-1gb"] as const)("%s: inflation stops at the per-part limit, whatever the zip declares", (name) => {
    expectLimitLine(run(name, "--json"), /256 MB unpacked bytes per part/, /xl\/worksheets\/sheet1\.xml/);
  });

  it("10 MB labels are read cut to Excel's 32,767 characters, and the report says which cells", () => {
    const json = run("labels-10mb", "--json");
    expectReport(json);
    expect(json.lines).toEqual([expect.stringMatching(/^workplan-check: .*labels-10mb\.xlsx: note: 10 cell\(s\) hold more text than Excel allows .* 'Budget'!A2 \(10'485'767 characters\)/)]);
    expect(json.stdout.length).toBeLessThan(2 * 1024 * 1024);
    const text = run("labels-10mb", "--no-color");
    expect(text.stdout).toMatch(/note: 10 cell\(s\) hold more text than Excel allows/);
  });

  it("50M cells stop at the per-sheet cell limit, named with the sheet", () => {
    expectLimitLine(run("cells-50m", "--json"), /2,000,000 cells per sheet/, /sheet 'Data'/);
  });

  it("1,200 sheets are read one at a time (no file per sheet); 5,001 pass the sheet limit", () => {
    const e = run("sheets-1200", "--json");
    expectReport(e);
    expect(JSON.parse(e.stdout).issues.filter((i: { code: string }) => i.code === "table.unrecognised")).toHaveLength(1200);
    expectLimitLine(run("sheets-5001", "--json"), /5,000 sheets per workbook/, /the workbook/);
  });
});
