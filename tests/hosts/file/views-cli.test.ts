import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { PLAN_FILES } from "../../../examples/build-examples";
import { editedSheets, EDITS } from "../../../examples/revised-example";
import { ART6_WORKPLAN } from "../../../examples/example-workbook";
import { tempDir, withCell, writeWorkbook } from "./example-xlsx";

import { main } from "../../../src/hosts/file/program";
import type { CliIo } from "../../../src/hosts/file/cli-io";
import { ENGLISH_ENV } from "./english-env";

const tmp = tempDir("wpc-views-");
afterAll(tmp.cleanup);

/** The CLI in-process (tests/hosts/file/cli.test.ts runs the built program as a process). */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = "", stderr = "";
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false } as unknown as CliIo["stderr"],
    env: { ...process.env, ...ENGLISH_ENV, NO_COLOR: "1", ...env },
    now: () => new Date(2026, 0, 15, 9, 0),
  };
  const code = await main(["node", "workplan-check", ...args], io);
  return { code, stdout, stderr };
}

let example: string, revised: string, plans: string[];
beforeAll(async () => {
  example = await writeWorkbook(join(tmp.dir, "examples.xlsx"));
  revised = await writeWorkbook(join(tmp.dir, "examples-rev.xlsx"), editedSheets());
  plans = [];
  for (const [name, sheet] of PLAN_FILES) plans.push(await writeWorkbook(join(tmp.dir, name), [sheet]));
});

describe("workplan-check consolidate", () => {
  it("gives the same per-month totals on the example workbook and on the four plans as separate files", async () => {
    const one = await cli(["consolidate", example, "--json", "--as-of", "2026-01-15"]);
    const four = await cli(["consolidate", ...plans, "--json", "--as-of", "2026-01-15"]);
    expect([one.code, four.code]).toEqual([0, 0]);
    const a = JSON.parse(one.stdout).consolidated, b = JSON.parse(four.stdout).consolidated;
    expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(["byLead", "byMonth", "byQuarter", "grid", "milestones", "plans", "coverage"]));
    expect(b.byMonth).toEqual(a.byMonth);
    expect(b.byQuarter).toEqual(a.byQuarter);
    expect(Object.values(a.byMonth).reduce((s: number, n) => s + (n as number), 0)).toBeGreaterThan(0);
    expect(a.plans[0]).toEqual({ file: example, sheet: ART6_WORKPLAN.name, table: `${ART6_WORKPLAN.name}!A2:G11`, activities: 9, label: ART6_WORKPLAN.name });
    expect(b.plans.map((p: { file: string }) => p.file)).toEqual(plans);
    expect(a.grid[0]).toMatchObject({ plan: ART6_WORKPLAN.name, activity: ART6_WORKPLAN.rows[2][0], cell: "E3", start: "2026-01", end: "2026-03", ongoing: false });
    const [lap] = a.coverage;
    expect(lap.actions.map((x: { action: number }) => x.action)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 38, 39, 40, 41, 42]);
    expect(lap.uncovered).toHaveLength(37);
  });

  it("prints the calendar and the coverage as text, and writes --out FILE.xlsx", async () => {
    const out = join(tmp.dir, "all-plans.xlsx");
    const r = await cli(["consolidate", ...plans, "--as-of", "2026-01-15", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("All plans · 4 plans · 46 activities");
    expect(r.stdout).toContain("Cited (13): 10–17, 38–42");
    expect(r.stdout).toContain("Not cited (37): 1–9, 18–37, 43–50");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["All plans", "By lead", "Coverage"]);
    expect(wb.getWorksheet("All plans")!.getCell("B5").value).toBe(ART6_WORKPLAN.rows[2][0]);
  });

  it("exits 2 with one line when a file cannot be read, and refuses --out that is not .xlsx", async () => {
    const r = await cli(["consolidate", join(tmp.dir, "missing.xlsx"), "--json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^workplan-check: .*missing\.xlsx/);
    expect((await cli(["consolidate", example, "--out", join(tmp.dir, "x.csv")])).code).toBe(2);
  });
});

describe("workplan-check diff", () => {
  it("lists exactly the coordinator's edits, with cells in both files, and exits 1", async () => {
    const r = await cli(["diff", example, revised, "--json", "--as-of", "2026-01-15"]);
    expect(r.code).toBe(1);
    const d = JSON.parse(r.stdout);
    expect([d.old, d.new]).toEqual([example, revised]);
    expect(d.budget).toEqual([{ change: "changed", label: "Travel", field: "amount", old: 20000, new: 25000, oldSheet: EDITS.amount.sheet, oldCell: "B7", newSheet: EDITS.amount.sheet, newCell: "B7" }]);
    expect(d.activities.map((a: Record<string, unknown>) => [a.change, a.field, a.activity])).toEqual([
      ["changed", "period", EDITS.retimed.activity], ["removed", null, EDITS.removed.activity], ["added", null, EDITS.added.activity],
    ]);
  });

  it("exits 0 when nothing differs and 2 when a file cannot be read", async () => {
    const same = await cli(["diff", example, example]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("No differences");
    expect((await cli(["diff", example, join(tmp.dir, "nope.xlsx")])).code).toBe(2);
  });
});

describe("workplan-check --html / --pdf", () => {
  const XSS = "<img src=x onerror=alert(1)>";

  it("writes one self-contained page with every cell text escaped", async () => {
    const hostile = await writeWorkbook(join(tmp.dir, "hostile.xlsx"), withCell(ART6_WORKPLAN.name, 3, 1, XSS));
    const html = join(tmp.dir, "report.html");
    const r = await cli([hostile, "--as-of", "2026-01-15", "--html", html]);
    expect(r.code).toBe(1); // the example has errors as of this date
    const page = readFileSync(html, "utf8");
    expect(page).not.toContain(XSS);
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).not.toMatch(/<script|<link|<img|src=["']?https?:|url\(|@import/i);
    expect(page).toContain("Content-Security-Policy");
    for (const id of ["summary", "issues", "budget", "timelines", "consolidated", "coverage"]) expect(page).toContain(`<section id="${id}"`);
  });

  it("says how to get Chromium when --pdf has none, and prints a PDF when it has", async () => {
    const pdf = join(tmp.dir, "report.pdf");
    const missing = await cli([example, "--as-of", "2026-01-15", "--pdf", pdf], { WORKPLAN_CHECK_CHROMIUM: join(tmp.dir, "no-chromium") });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--pdf needs Chromium");
    expect(missing.stderr).toContain("apt install chromium");
    const made = await cli([example, "--as-of", "2026-01-15", "--pdf", pdf], { WORKPLAN_CHECK_CHROMIUM: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    expect(made.stderr).toContain(`wrote ${pdf}`);
    expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});
