import { spawn, spawnSync } from "child_process";
import { existsSync, writeFileSync } from "fs";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { ReportSchema } from "../../../src/core";
import type { Report } from "../../../src/core";
import { EXAMPLE_SHEETS, ISU_BUDGET } from "../../../examples/example-workbook";
import { tempDir, withCell, writeWorkbook } from "./example-xlsx";
import { ENGLISH_ENV } from "./english-env";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const tmp = tempDir("wpc-cli-");
afterAll(tmp.cleanup);

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }
function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...ENGLISH_ENV, NO_COLOR: "" } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
/** Runs with --json, checks the output is exactly one object matching ReportSchema, returns it. */
function jsonReport(path: string, ...args: string[]): Report & { code: number | null } {
  const r = cli(path, "--json", "--as-of", "2026-01-15", ...args);
  expect(r.stdout.trim().split("\n")).toHaveLength(1);
  const parsed = ReportSchema.parse(JSON.parse(r.stdout));
  expect(r.code).toBe(parsed.valid ? 0 : 1);
  return { ...parsed, code: r.code };
}
/** One line on stderr, "workplan-check: …", no stack trace, nothing on stdout. */
function expectOneLineFailure(r: Run): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^workplan-check: /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}
const codesAt = (report: Report, sheet: string, cell: string) => report.issues.filter((i) => i.sheet === sheet && i.cell === cell).map((i) => i.code);

const BUDGET = "ISU Budget 2026", ART6 = "Art6 Workplan 2025-2026", SDR = "SDR Workplan 2025-2026";
let example: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build:cli" first (npm test does)`);
  example = await writeWorkbook(join(tmp.dir, "workplan-check-examples.xlsx"));
});

describe("workplan-check on the example workbook", () => {
  it("prints one JSON report matching the schema, with the budget totalled", () => {
    const report = jsonReport(example);
    expect(report.file).toContain("workplan-check-examples.xlsx");
    expect(report.asOf).toBe("2026-01-15");
    expect(report.rollups.budget[0]).toMatchObject({ sheet: BUDGET, total: 514753, statedTotal: 514753 });
    expect(report.issues.filter((i) => i.severity === "error" && i.code.startsWith("budget."))).toEqual([]);
    expect(report.tables.map((t) => t.kind)).toEqual(expect.arrayContaining(["budget", "staffing", "activities", "outreach"]));
  });

  it("gives the same totals with the streaming reader", () => {
    const report = jsonReport(example, "--reader", "stream");
    expect(report.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753 });
  });

  it("prints a readable report without colour when stdout is not a terminal", () => {
    const r = cli(example, "--as-of", "2026-01-15");
    expect(r.stdout).toContain("CHF 514'753");
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stderr).toBe("");
  });

  it("exits 0 when there are no errors", async () => {
    const budgetOnly = await writeWorkbook(join(tmp.dir, "budget-only.xlsx"), [ISU_BUDGET]);
    const r = cli(budgetOnly, "--as-of", "2026-01-15", "--no-color");
    expect(r.code).toBe(0);
  });

  it("prints { reports: [...] } for several files", async () => {
    const budgetOnly = await writeWorkbook(join(tmp.dir, "budget-only-2.xlsx"), [ISU_BUDGET]);
    const r = cli(example, budgetOnly, "--json", "--as-of", "2026-01-15");
    const out = JSON.parse(r.stdout) as { reports: unknown[] };
    expect(out.reports).toHaveLength(2);
    for (const rep of out.reports) expect(ReportSchema.safeParse(rep).success).toBe(true);
    expect(r.code).toBe(1);
  });

  it("stops quietly when the reader of its output goes away (| head)", async () => {
    const child = spawn(process.execPath, [CLI, example, "--json", "--as-of", "2026-01-15"], { cwd: ROOT });
    child.stdout.destroy(); // the pipe's reader is gone before the report is written
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise((done) => child.on("close", done));
    expect(stderr).toBe("");
  });

  it("runs as npm run check -- FILE", () => {
    const r = spawnSync("npm", ["run", "-s", "check", "--", example, "--as-of", "2026-01-15"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("CHF 514'753");
  });
});

describe("seeded defects are found at the right cell", () => {
  const seeded = async (name: string, sheets = EXAMPLE_SHEETS, tweak?: (wb: ExcelJS.Workbook) => void) =>
    jsonReport(await writeWorkbook(join(tmp.dir, name), sheets, tweak));

  it("a total off by one franc: budget.total-mismatch at B9", async () => {
    const report = await seeded("total.xlsx", withCell(BUDGET, 9, 2, 514754));
    expect(codesAt(report, BUDGET, "B9")).toContain("budget.total-mismatch");
    expect(report.code).toBe(1);
  });

  it("social charges at 25% of salaries instead of the stated 20%: budget.percentage-mismatch at B5", async () => {
    const report = await seeded("social.xlsx", withCell(BUDGET, 5, 2, 94740));
    expect(codesAt(report, BUDGET, "B5")).toContain("budget.percentage-mismatch");
  });

  it("a blank lead: cell.required-blank", async () => {
    const report = await seeded("lead.xlsx", withCell(ART6, 3, 2, null));
    expect(codesAt(report, ART6, "B3")).toContain("cell.required-blank");
  });

  it("an unreadable timeline: period.unreadable", async () => {
    const report = await seeded("febtember.xlsx", withCell(SDR, 3, 5, "Febtember 2026"));
    expect(codesAt(report, SDR, "E3")).toContain("period.unreadable");
  });

  it("a period that ends before it starts: period.end-before-start", async () => {
    const report = await seeded("june-may.xlsx", withCell(SDR, 4, 5, "June – May 2026"));
    expect(codesAt(report, SDR, "E4")).toContain("period.end-before-start");
  });

  it("an amount whose formula shows #REF!: cell.error-value", async () => {
    const report = await seeded("ref.xlsx", EXAMPLE_SHEETS, (wb) => {
      wb.getWorksheet(BUDGET)!.getCell("B7").value = { formula: "#REF!", result: { error: "#REF!" } };
    });
    expect(codesAt(report, BUDGET, "B7")).toContain("cell.error-value");
  });

  it("an empty workbook with one empty sheet is valid input: sheet.empty, exit 0", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1");
    const path = join(tmp.dir, "empty-workbook.xlsx");
    await wb.xlsx.writeFile(path);
    const report = jsonReport(path);
    expect(report.issues.map((i) => i.code)).toContain("sheet.empty");
    expect(report.code).toBe(0);
  });
});

describe("files and arguments that cannot be used: exit 2 with one line", () => {
  it.each([
    ["a PDF renamed .xlsx", "renamed.xlsx", Buffer.from("%PDF-1.4\n1 0 obj\n")],
    ["an empty file", "empty.xlsx", Buffer.alloc(0)],
    ["an old .xls", "old.xlsx", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)])],
  ])("%s", (_what, name, content) => {
    const path = join(tmp.dir, name);
    writeFileSync(path, content);
    const r = cli(path, "--json");
    expectOneLineFailure(r);
    expect(r.stderr).toContain(name);
  });

  it("a missing file", () => expectOneLineFailure(cli(join(tmp.dir, "nowhere.xlsx"))));
  it("no file at all", () => expectOneLineFailure(cli()));
  it("an unknown option", () => expectOneLineFailure(cli(example, "--colour")));
  it("a bad --as-of date", () => expectOneLineFailure(cli(example, "--as-of", "2026-02-30")));

  it("still reports the readable files when one of several is not", () => {
    const pdf = join(tmp.dir, "other.xlsx");
    writeFileSync(pdf, "%PDF-1.7\n");
    const r = cli(example, pdf, "--json", "--as-of", "2026-01-15");
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { reports: unknown[] }).reports).toHaveLength(1);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });
});
