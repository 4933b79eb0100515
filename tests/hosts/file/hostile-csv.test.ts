import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { ReportSchema } from "../../../src/core";
import type { Report } from "../../../src/core";
import { readCsvFile } from "../../../src/hosts/file/read-csv-file";
import { bigCsv, CEILING, CLI, ESCAPE_TIMELINE, escapeCsv, hasEscapeBytes, longLabelCsv, runMeasured, wideLineCsv } from "../../support/hostile-inputs";
import type { Measured } from "../../support/hostile-inputs";
import { tempDir } from "./example-xlsx";

/** Hostile inputs of issue #16, generated here: each ends cleanly, in bounded time and memory. */
const tmp = tempDir("wpc-hostile-");
afterAll(tmp.cleanup);
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first (npm test does)`);
});

const withinCeilings = (r: Measured) => {
  expect(r.ms).toBeLessThan(CEILING.ms);
  expect(r.rssKb).toBeLessThan(CEILING.rssKb);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};
const json = (r: Measured): Report => ReportSchema.parse(JSON.parse(r.stdout.toString("utf8")));

describe("a CSV that holds terminal escape sequences", () => {
  it("shows them visibly in the text report: no ESC or BEL byte reaches the terminal", async () => {
    const r = await runMeasured([escapeCsv(tmp.dir), "--as-of", "2026-01-15"]);
    expect(r.code).toBe(1); // the timeline cannot be read: an error, and no forged verdict hides it
    expect(hasEscapeBytes(r.stdout)).toBe(false);
    expect(r.stdout.toString()).not.toContain("\u202e");
    const text = r.stdout.toString();
    expect(text).toContain("␛]0;owned␇␛[2J");
    expect(text).toContain("<U+202E>");
    expect(text.trimEnd().split("\n").filter((l) => l.startsWith("✔"))).toEqual([]);
    withinCeilings(r);
  });

  it("keeps the text exact in --json, escaped as JSON escapes it", async () => {
    const r = await runMeasured([escapeCsv(tmp.dir), "--json", "--as-of", "2026-01-15"]);
    expect(r.code).toBe(1);
    expect(hasEscapeBytes(r.stdout)).toBe(false);
    expect(r.stdout.toString()).toContain("\\u001b]0;owned\\u0007");
    expect(r.stdout.toString()).toContain("\\u202e");
    const report = json(r);
    expect(report.issues.find((i) => i.code === "period.unreadable")?.params.text).toBe(ESCAPE_TIMELINE.replace(/\s+/g, " ").trim());
  });

  it("shows escapes in file and sheet names too, on stdout and stderr", async () => {
    const path = escapeCsv(tmp.dir, "plan\u001b[2J\u0007.csv");
    const r = await runMeasured([path, "--as-of", "2026-01-15"]);
    expect(hasEscapeBytes(r.stdout)).toBe(false);
    expect(r.stdout.toString()).toContain("plan␛[2J␇");
    const missing = await runMeasured([join(tmp.dir, "gone\u001b]0;x\u0007.csv")]);
    expect(missing.code).toBe(2);
    expect(hasEscapeBytes(Buffer.from(missing.stderr))).toBe(false);
    expect(missing.stderr).toMatch(/^workplan-check: cannot find .*gone␛\]0;x␇\.csv\n$/);
  });
});

describe("CSV limits", () => {
  it("a line of 50 million fields: the columns past XFD are counted, not kept", async () => {
    const r = await runMeasured([wideLineCsv(tmp.dir, 50_000_000), "--json"]);
    expect(r.code).toBe(1);
    withinCeilings(r);
    const cut = json(r).issues.filter((i) => i.code === "sheet.not-read");
    expect(cut).toEqual([expect.objectContaining({ severity: "error", cell: "XFE1", params: { limit: "columns", max: 16_384, count: 50_000_000 - 16_384 } })]);
  }, 240_000);

  it("a 150 MB CSV: a partial report that says from which row on nothing was read", async () => {
    const r = await runMeasured([bigCsv(tmp.dir, 150 * 1024 * 1024), "--json", "--as-of", "2026-01-15"]);
    expect(r.code).toBe(1);
    withinCeilings(r);
    const report = json(r);
    const cut = report.issues.filter((i) => i.code === "sheet.not-read");
    expect(cut).toEqual([expect.objectContaining({ severity: "error", params: { limit: "cells", max: 1_000_000 } })]);
    expect(report.tables[0].rows).toBeGreaterThan(140_000);
    expect(cut[0].row).toBe(report.tables[0].rows + 2); // header in row 1, then the rows read
  }, 240_000);

  it("100,000 rows are read whole", async () => {
    const path = bigCsv(tmp.dir, 100_000 * 180, "hundred-thousand.csv");
    const rows = readFileSync(path, "latin1").split("\n").length - 2;
    expect(rows).toBeGreaterThanOrEqual(100_000);
    const snapshot = await readCsvFile(path, path, "hundred-thousand.csv", 0);
    expect(snapshot.sheets[0].values).toHaveLength(rows + 1);
    expect(snapshot.sheets[0].skipped).toBeUndefined();
  }, 120_000);

  it("ten 10 MB labels: cut in messages and params, counted in a cell.text-cut finding", async () => {
    const path = longLabelCsv(tmp.dir, 10, 10_000_000);
    const r = await runMeasured([path, "--json", "--as-of", "2026-01-15"]);
    expect(r.code).toBe(1);
    withinCeilings(r);
    expect(r.stdout.length).toBeLessThan(2_000_000);
    const report = json(r);
    const cut = report.issues.filter((i) => i.code === "cell.text-cut");
    expect(cut).toHaveLength(10);
    expect(cut[0].params).toMatchObject({ limit: "cellText", max: 32_767, count: 10_000_000 + 1 });
    const negative = report.issues.filter((i) => i.code === "budget.negative-amount");
    expect(negative).toHaveLength(10);
    for (const i of report.issues) {
      expect(i.message.length).toBeLessThan(400);
      for (const v of Object.values(i.params)) if (typeof v === "string") expect(v.length).toBeLessThanOrEqual(60);
    }
    const text = await runMeasured([path, "--as-of", "2026-01-15"]);
    expect(text.code).toBe(1);
    withinCeilings(text);
    expect(text.stdout.length).toBeLessThan(100_000);
  }, 240_000);
});

describe("odd paths and outputs", () => {
  it("refuses a named pipe before opening it (no hang), in one line", async () => {
    const fifo = join(tmp.dir, "pipe.csv");
    execFileSync("mkfifo", [fifo]);
    const r = await runMeasured([fifo], { timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`workplan-check: ${fifo} is a named pipe (FIFO), not a file\n`);
  });

  it("refuses a device in one line", async () => {
    const r = await runMeasured(["/dev/zero"], { timeoutMs: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("workplan-check: /dev/zero is a device, not a file\n");
  });

  it("stdout on a full disk: one line and exit 2, no stack trace", async () => {
    if (!existsSync("/dev/full")) throw new Error("this test needs /dev/full (Linux)");
    for (const extra of [[], ["--json"]]) {
      const r = await runMeasured([escapeCsv(tmp.dir), ...extra], { stdoutPath: "/dev/full", timeoutMs: 20_000 });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe("workplan-check: cannot write the report (no space left on the device)\n");
    }
  });
});
