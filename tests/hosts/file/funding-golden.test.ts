import { spawnSync } from "child_process";
import { statSync } from "fs";
import { basename, join, resolve } from "path";
import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import type { Report } from "../../../src/core";
import { CONTRIBUTIONS_2026, EXAMPLE_SHEETS, EXPENDITURE_2026 } from "../../../examples/example-workbook";
import { readXlsx } from "../../../src/hosts/file/read-xlsx";
import { expectFundingGolden } from "../../core/funding/expect-golden";
import { GOLDEN_AS_OF } from "../../core/funding/funding-golden";
import { tempDir, writeWorkbook } from "./example-xlsx";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "build/src/hosts/file/cli.js");
const tmp = tempDir("wpc-funding-");
afterAll(tmp.cleanup);

describe("the file host on the illustrative funding example", () => {
  it("an .xlsx read with each reader gives the hand-computed funding and execution figures", async () => {
    const path = await writeWorkbook(join(tmp.dir, "examples.xlsx"));
    for (const reader of ["auto", "whole", "stream"] as const) {
      const { snapshot } = await readXlsx(path, basename(path), basename(path), statSync(path).size, { reader });
      expectFundingGolden(toReport(validateWorkbook(snapshot, resolveSettings({ asOf: GOLDEN_AS_OF }, GOLDEN_AS_OF))));
    }
  });

  it("the CLI: --json carries the rollups; --rate wins over the rate table; the text report has both sections", async () => {
    const path = await writeWorkbook(join(tmp.dir, "cli.xlsx"));
    const json = spawnSync(process.execPath, [CLI, path, "--json", "--as-of", GOLDEN_AS_OF], { encoding: "utf8" });
    expectFundingGolden(JSON.parse(json.stdout) as Report);
    const rated = spawnSync(process.execPath, [CLI, path, "--json", "--as-of", GOLDEN_AS_OF, "--rate", "EUR=1"], { encoding: "utf8" });
    expect((JSON.parse(rated.stdout) as Report).rollups.funding[0].byContributor[1]).toMatchObject({ name: "State Party B", pledged: 100000 });
    const bad = spawnSync(process.execPath, [CLI, path, "--rate", "EUR=-1"], { encoding: "utf8" });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining("--rate expects CODE=RATE")]);
    const text = spawnSync(process.execPath, [CLI, path, "--as-of", GOLDEN_AS_OF, "--no-color"], { encoding: "utf8" }).stdout;
    expect(text).toContain("Funding · Contributions 2026 (illus.) A2:H8");
    expect(text).toMatch(/Received\s+CHF 381'065\.22/);
    expect(text).toMatch(/Gap\s+CHF 133'687\.78/);
    expect(text).toContain("Execution · Ledger 2026 (illus.) A2:F15");
    expect(text).toContain("projected year-end CHF 444'180.38");
  });

  it("the CLI puts an overspent line first and names a currency with no rate", async () => {
    const ledger = { ...EXPENDITURE_2026, rows: EXPENDITURE_2026.rows.map((r, i) => (i === 2 ? [r[0], r[1], 21176.4, ...r.slice(3)] : r)) };
    const contributions = { ...CONTRIBUTIONS_2026, rows: CONTRIBUTIONS_2026.rows.filter((r) => r[0] !== "EUR") };
    const sheets = EXAMPLE_SHEETS.map((s) => (s === EXPENDITURE_2026 ? ledger : s === CONTRIBUTIONS_2026 ? contributions : s));
    const path = await writeWorkbook(join(tmp.dir, "defects.xlsx"), sheets);
    const text = spawnSync(process.execPath, [CLI, path, "--as-of", GOLDEN_AS_OF, "--no-color"], { encoding: "utf8" }).stdout;
    const execution = text.slice(text.indexOf("Execution ·"));
    expect(execution.split("\n")[1]).toMatch(/^ {2}Communication .* overspent$/);
    expect(text).toContain("currency.no-rate");
    expect(text).toMatch(/Left out \(no rate\): EUR 100'000 \(B4\)/);
  });
});
