import { EXAMPLE_SHEETS, EXPENDITURE_2026 } from "../../../examples/example-workbook";
import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { readWorkbook } from "../../../src/hosts/excel/read-workbook";
import { writeRollups } from "../../../src/hosts/excel/write-rollups";
import { ROLLUP_SHEET } from "../../../src/panel/bridge";
import { expectFundingGolden } from "../../core/funding/expect-golden";
import { EXECUTION, FUNDING, GOLDEN_AS_OF } from "../../core/funding/funding-golden";
import { exampleSpecs, FakeExcel } from "./fake-excel";

describe("Excel (office-addin-mock) on the illustrative funding example", () => {
  it("reads the workbook and computes the hand-computed figures; the rollup sheet carries them", async () => {
    const excel = new FakeExcel(exampleSpecs(EXAMPLE_SHEETS));
    const report = toReport(validateWorkbook(await readWorkbook(excel.context), resolveSettings({ asOf: GOLDEN_AS_OF }, GOLDEN_AS_OF)));
    expectFundingGolden(report);

    await writeRollups(excel.context, report);
    const values = excel.values(ROLLUP_SHEET);
    /** The first row labelled `label` in column A at or below row `from`. */
    const rowOf = (label: string, from = 1) => Object.entries(values).map(([c, v]) => [Number(c.slice(1)), c, v] as const)
      .filter(([r, c, v]) => c.startsWith("A") && v === label && r >= from).sort((a, b) => a[0] - b[0])[0][0];
    expect(values[`B${rowOf("Received")}`]).toBe(FUNDING.received);
    expect(values[`B${rowOf("Gap (budget − received)")}`]).toBe(FUNDING.gap);
    expect(excel.sheet(ROLLUP_SHEET).formats.get(`B${rowOf("Received")}`)).toBe(`"CHF "#'##0`);
    expect(values[`C${rowOf("Projected at 31 December 2026")}`]).toBe(EXECUTION.projectedYearEnd);
    const execution = Object.entries(values).find(([c, v]) => c.startsWith("A") && String(v).startsWith("Execution — "))![0].slice(1);
    expect(values[`C${rowOf("Travel", Number(execution))}`]).toBe(14062.72);
  });

  it("an overspent line comes first in its section and is marked", async () => {
    const sheets = EXAMPLE_SHEETS.map((s) => (s === EXPENDITURE_2026 ? { ...s, rows: s.rows.map((r, i) => (i === 2 ? [r[0], r[1], 21176.4, ...r.slice(3)] : r)) } : s));
    const excel = new FakeExcel(exampleSpecs(sheets));
    const report = toReport(validateWorkbook(await readWorkbook(excel.context), resolveSettings({ asOf: GOLDEN_AS_OF }, GOLDEN_AS_OF)));
    expect(report.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toContain("Ledger 2026 (illus.)!C3 expenditure.line-overspent");
    await writeRollups(excel.context, report);
    const values = excel.values(ROLLUP_SHEET);
    const header = Object.entries(values).find(([c, v]) => c.startsWith("A") && v === "Line" && values[`C${c.slice(1)}`] === "Spent")![0].slice(1);
    expect(values[`A${Number(header) + 1}`]).toBe("Communication");
    expect(values[`E${Number(header) + 1}`]).toBeCloseTo(1.2, 12);
  });
});
