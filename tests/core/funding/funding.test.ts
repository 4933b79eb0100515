import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { ReportSchema } from "../../../src/core/report/report";
import type { RawCell } from "../../../src/core/snapshot";
import { CONTRIBUTIONS_2026, EXAMPLE_SHEETS, EXPENDITURE_2026, exampleSnapshot, ExampleSheet, ISU_BUDGET } from "../../../examples/example-workbook";
import { EXECUTION, FUNDING, GOLDEN_AS_OF, SPENT_BY_LINE } from "./funding-golden";

const reportOf = (sheets: readonly ExampleSheet[] = EXAMPLE_SHEETS, settings = {}) =>
  toReport(validateWorkbook(exampleSnapshot(sheets), resolveSettings({ asOf: GOLDEN_AS_OF, ...settings }, GOLDEN_AS_OF)));

/** A copy of `sheet` with one cell (1-based) replaced. */
function edit(sheet: ExampleSheet, row: number, column: number, value: RawCell): ExampleSheet {
  const rows = sheet.rows.map((r) => [...r]);
  while (rows[row - 1].length < column) rows[row - 1].push(null);
  rows[row - 1][column - 1] = value;
  return { ...sheet, rows };
}
const found = (r: ReturnType<typeof reportOf>) => r.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`);

describe("the illustrative funding example (figures computed by hand)", () => {
  const r = reportOf();

  it("matches the JSON contract and raises nothing on the funding sheets", () => {
    expect(ReportSchema.safeParse(r).success).toBe(true);
    expect(r.issues.filter((i) => /illus\./.test(i.sheet))).toEqual([]);
  });

  it("funding: pledged, received, gap against CHF 514'753", () => {
    const f = r.rollups.funding[0];
    expect(f).toMatchObject({ ...FUNDING, currency: "CHF", budgetTable: "ISU Budget 2026!A3:C10", unconverted: [] });
    expect(f.fundedShare).toBeCloseTo(FUNDING.received / FUNDING.budget, 12);
    expect(f.byContributor.map((c) => [c.name, c.received])).toEqual([
      ["State Party A", 150000], ["State Party B", 94120], ["State Party C", 63744], ["State Party D", 0], ["State Party E", 60000], ["State Party F", 13201.22],
    ]);
    expect(f.byMonth).toEqual({ "2026-02": 150000, "2026-03": 94120, "2026-04": 63744, "2026-05": 13201.22, "2026-06": 60000 });
  });

  it("execution: spent per line, projected year-end and months of cash", () => {
    const e = r.rollups.execution[0];
    expect(e).toMatchObject({ ...EXECUTION, currency: "CHF", asOf: GOLDEN_AS_OF, year: 2026, unmatched: [] });
    expect(e.lines.map((l) => [l.label, l.spent])).toEqual(SPENT_BY_LINE);
    expect(e.lines.find((l) => l.label === "Travel")).toMatchObject({ budget: 20000, remaining: (2000000 - 1406272) / 100, cell: "B7" });
    expect(e.byMonth["2026-09"]).toBe(8900 + 94740 + 18948);
  });
});

describe("seeded defects give the right code at the right cell", () => {
  const C = CONTRIBUTIONS_2026, L = EXPENDITURE_2026;
  const others = EXAMPLE_SHEETS.filter((s) => s !== C && s !== L);

  it("received more than pledged (State Party E receives 70'000 of 60'000)", () => {
    expect(found(reportOf([...others, edit(C, 7, 3, 70000), L]))).toContain("Contributions 2026 (illus.)!C7 contribution.received-over-pledged");
  });

  it("a EUR contribution with no EUR rate is an error at its cell and left out of the totals", () => {
    const noEur = edit(edit(C, 13, 1, null), 13, 2, null); // the EUR rate line emptied
    const r = reportOf([...others, noEur, L]);
    expect(found(r)).toEqual(expect.arrayContaining(["Contributions 2026 (illus.)!B4 currency.no-rate", "Contributions 2026 (illus.)!C4 currency.no-rate", "Ledger 2026 (illus.)!C8 currency.no-rate"]));
    const f = r.rollups.funding[0];
    expect(f.pledged).toBe(FUNDING.pledged - 94120);
    expect(f.unconverted).toEqual([{ currency: "EUR", amount: 100000, cell: "B4" }, { currency: "EUR", amount: 100000, cell: "C4" }]);
    expect(r.issues.find((i) => i.code === "currency.no-rate")!.message).toMatch(/EUR/);
  });

  it("--rate supplies the missing rate and wins over the table", () => {
    const noEur = edit(edit(C, 13, 1, null), 13, 2, null);
    const r = reportOf([...others, noEur, L], { rates: { EUR: "0.95" } });
    expect(r.issues.filter((i) => i.code === "currency.no-rate")).toEqual([]);
    expect(r.rollups.funding[0].byContributor[1].pledged).toBe(95000);
    expect(reportOf(EXAMPLE_SHEETS, { rates: { EUR: 1 } }).rollups.funding[0].byContributor[1].pledged).toBe(100000);
  });

  it("'Travels' matches Travel (no error); 'Catering' matches nothing (error naming the nearest line)", () => {
    const r = reportOf([...others, C, edit(edit(L, 4, 2, "Travels"), 7, 2, "Catering")]);
    const ledgerIssues = r.issues.filter((i) => i.sheet === L.name);
    expect(ledgerIssues.map((i) => `${i.cell} ${i.code}`)).toEqual(["B7 expenditure.unknown-line"]);
    expect(ledgerIssues[0].params.nearest).toBe("Other implementation support costs");
    const e = r.rollups.execution[0];
    expect(e.unmatched).toEqual([{ label: "Catering", amount: 5600, cell: "C7" }]);
    expect(e.spent).toBe(EXECUTION.spent); // unmatched spending still counts as spent
  });

  it("Communication spent at 120%: error at the payment that took it over", () => {
    // 4'500 + EUR 3'000 → 2'823.60; raise the first to 21'176.40 so the line reaches 24'000 = 120%.
    const r = reportOf([...others, C, edit(L, 3, 3, 21176.4)]);
    expect(found(r)).toContain("Ledger 2026 (illus.)!C3 expenditure.line-overspent");
    expect(r.rollups.execution[0].lines.find((l) => l.label === "Communication")!.share).toBeCloseTo(1.2, 12);
  });

  it("Communication at 95%: a warning, not an error", () => {
    const r = reportOf([...others, C, edit(L, 3, 3, 16176.4)]);
    expect(found(r)).toContain("Ledger 2026 (illus.)!C8 expenditure.line-near-budget");
    expect(found(r).filter((x) => x.includes("line-overspent"))).toEqual([]);
  });

  it("a contribution dated next year", () => {
    expect(found(reportOf([...others, edit(C, 3, 4, { date: "2027-02-16" }), L]))).toContain("Contributions 2026 (illus.)!D3 contribution.future-date");
  });

  it("the same contributor twice: duplicate or instalments, as the notes say", () => {
    const dup = edit(C, 4, 1, "State Party A");
    const r = reportOf([...others, dup, L]);
    const hit = r.issues.find((i) => i.code === "contribution.duplicate-contributor")!;
    expect(`${hit.cell} ${hit.params.reading}`).toBe("A4 duplicate");
    const inst = edit(dup, 4, 8, "Second instalment");
    expect(reportOf([...others, inst, L]).issues.find((i) => i.code === "contribution.duplicate-contributor")!.params.reading).toBe("instalments");
  });

  it("negative amounts are errors unless the row says refund or reversal", () => {
    const neg = edit(L, 5, 3, -94740);
    expect(found(reportOf([...others, C, neg]))).toContain("Ledger 2026 (illus.)!C5 amount.negative-not-refund");
    expect(found(reportOf([...others, C, edit(neg, 5, 5, "Reversal of a duplicate salary booking")]))).not.toContain("Ledger 2026 (illus.)!C5 amount.negative-not-refund");
  });

  it("expenditure dated outside the budget year", () => {
    expect(found(reportOf([...others, C, edit(L, 3, 1, { date: "2025-12-18" })]))).toContain("Ledger 2026 (illus.)!A3 expenditure.outside-year");
  });

  it("a zero, negative or unreadable rate", () => {
    for (const v of [0, -0.9, "about one"] as RawCell[])
      expect(found(reportOf([...others, edit(C, 13, 2, v), L]))).toContain("Contributions 2026 (illus.)!B13 rate.invalid");
  });

  it("with two budgets, the one of the same year", () => {
    const older: ExampleSheet = { ...edit(edit(ISU_BUDGET, 1, 1, "2025 Budget of the Implementation Support Unit"), 9, 2, 400000), name: "ISU Budget 2025" };
    const r = reportOf([older, ...EXAMPLE_SHEETS]);
    expect(r.rollups.funding[0].budgetTable).toBe("ISU Budget 2026!A3:C10");
    expect(r.rollups.execution[0].budget).toBe(514753);
  });
});
