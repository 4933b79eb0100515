/** `workplan-check import`, through the built CLI: seeds in, checked workbooks out; bad input is one line, exit 2. */
import { spawnSync } from "child_process";
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import { ReportSchema } from "../../../src/core";
import { parseText } from "../../../src/core/import";
import { readSpreadsheet } from "../../../src/hosts/file/read-file";
import { docxFromModel } from "../../support/docx-writer";
import { tempDir } from "./example-xlsx";
import { ENGLISH_ENV } from "./english-env";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const SEEDS = join(ROOT, "examples", "seeds");
const tmp = tempDir("wpc-import-");
afterAll(tmp.cleanup);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...ENGLISH_ENV, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function expectOneLineFailure(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(r.stderr).toMatch(/^workplan-check: /);
  expect(r.stderr).toMatch(pattern);
}
const write = (name: string, text: string | Buffer) => {
  const p = join(tmp.dir, name);
  writeFileSync(p, text);
  return p;
};

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first (npm test does)`);
});

describe("workplan-check import", () => {
  it("a seed .md → an activities sheet that reads back and validates; --json lists rows with their place", async () => {
    const out = join(tmp.dir, "univ25.xlsx");
    const r = cli("import", join(SEEDS, "universalization-workplan-2025-2026.md"), "--out", out, "--json");
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(json.report.valid ? 0 : 1);
    expect(ReportSchema.safeParse(json.report).success).toBe(true);
    expect(json.sheets).toEqual(["Work plan 2025-2026"]);
    expect(json.activities).toHaveLength(13);
    expect(json.activities[6]).toMatchObject({ activity: "First meeting in the Informal Working Group on Universalisation.", timeline: "February 2026", lead: "Universalization coordinators (Norway and Costa Rica)", location: { paragraph: 105, headingPath: expect.arrayContaining(["7. Timeline of Activities:", "February 2026"]) } });
    expect(json.deliverables.find((d: { text: string }) => /^at least 10 documented/.test(d.text))).toMatchObject({ kind: "deliverable", target: { min: 10 } });
    expect(json.report.tables.map((t: { kind: string; rows: number }) => [t.kind, t.rows])).toEqual([["activities", 13]]);
    expect(json.report.issues.filter((i: { code: string }) => i.code === "period.unreadable")).toEqual([]);
    const { snapshot } = await readSpreadsheet(out);
    expect(snapshot.sheets[0].values[3]?.[0]).toBe("Bilateral and joint outreach to prioritised states.");
  });

  it("the ISU document → a budget sheet of CHF 514'753 with no issue", () => {
    const out = join(tmp.dir, "isu.xlsx");
    const r = cli("import", join(SEEDS, "isu-2026-workplan-and-budget.md"), "--out", out, "--json");
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect(json.sheets).toEqual(["Budget 2026"]);
    expect(json.report.rollups.budget[0]).toMatchObject({ currency: "CHF", total: 514753, statedTotal: 514753 });
    expect(json.report.issues).toEqual([]);
    expect(json.notices.map((n: { code: string }) => n.code)).toEqual(["import.no-timeline"]);
  });

  it("a .docx imports as the .md does; the text report names what it wrote", async () => {
    const md = readFileSync(join(SEEDS, "stockpile-destruction-retention-workplan-2025-2026.md"), "utf8");
    const docx = write("sdr.docx", await docxFromModel(parseText(md, { joinLines: true })));
    const fromMd = JSON.parse(cli("import", join(SEEDS, "stockpile-destruction-retention-workplan-2025-2026.md"), "--out", join(tmp.dir, "sdr-md.xlsx"), "--json").stdout);
    const fromDocx = JSON.parse(cli("import", docx, "--out", join(tmp.dir, "sdr-docx.xlsx"), "--json").stdout);
    expect(fromDocx.activities).toEqual(fromMd.activities);
    expect(fromDocx.deliverables).toEqual(fromMd.deliverables);
    const text = cli("import", docx, "--out", join(tmp.dir, "sdr-text.xlsx"));
    expect(text.stdout).toMatch(/^imported .*sdr\.docx → .*sdr-text\.xlsx: 5 activities/);
  });

  it("a period the grammar cannot read stays verbatim and is reported by the check (exit 1)", () => {
    const doc = write("spring.md", "# Plan 2026\n\n## Strategy implementers\n\n- Norway\n\n## Timeline\n\n### Spring 2026\n\n- Workshop in Geneva\n\n### March 2026\n\n### May 2026\n\n- Report\n");
    const r = cli("import", doc, "--out", join(tmp.dir, "spring.xlsx"), "--json");
    const json = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(json.activities.map((a: { timeline: string }) => a.timeline)).toEqual(["Spring 2026", "May 2026"]);
    expect(json.report.issues.find((i: { code: string }) => i.code === "period.unreadable")).toMatchObject({ cell: "E4" });
    expect(json.notices).toEqual([expect.objectContaining({ code: "import.empty-period", params: { period: "March 2026" }, message: expect.stringMatching(/skipped/) })]);
  });

  it("bad input: one clear line, exit 2, nothing written", async () => {
    const out = join(tmp.dir, "never.xlsx");
    expectOneLineFailure(cli("import", write("empty.md", ""), "--out", out), /empty/);
    expectOneLineFailure(cli("import", write("empty.docx", ""), "--out", out), /empty/);
    expectOneLineFailure(cli("import", write("tables.md", "| COST | Amount |\n|---|---|\n| Travel | 10 |\n"), "--out", out), /only a table/);
    expectOneLineFailure(cli("import", write("none.txt", "Background\nWe will do good work.\n"), "--out", out), /No timeline section/);
    const protectedDocx = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from("EncryptedPackage", "utf16le")]);
    expectOneLineFailure(cli("import", write("locked.docx", protectedDocx), "--out", out), /password-protected/);
    expectOneLineFailure(cli("import", write("broken.docx", "PK\u0003\u0004 not really"), "--out", out), /cannot be read as a Word document/);
    expectOneLineFailure(cli("import", write("plan.pdf", "%PDF-1.7"), "--out", out), /\.docx.*\.md.*\.txt/);
    expectOneLineFailure(cli("import", join(SEEDS, "universalization-workplan-2024-2025.md"), "--out", join(tmp.dir, "plan.csv")), /--out must name an \.xlsx/);
    expect(existsSync(out)).toBe(false);
  });
});
