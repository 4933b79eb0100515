import { buildTemplate } from "../../../src/core/templates";
import { boldRanges, sheetsNumberFormat, widthInPixels, widthRuns, wrapRanges } from "../../../src/hosts/sheets/template-formats";

describe("Excel number formats as Sheets takes them", () => {
  test.each([
    ["0%", "0%"],
    ["d mmm yyyy", "d mmm yyyy"],
    ["mmm yy", "mmm yy"],
    [`0.0# "FTE"`, `0.0# "FTE"`],
    ["General", "General"],
    // The Swiss grouping apostrophe is a bare literal: escaped. Quoted or already escaped ones stay.
    [`"CHF "#'##0`, `"CHF "#\\'##0`],
    [`[>=1000]"CHF "#'##0;"CHF "0`, `[>=1000]"CHF "#\\'##0;"CHF "0`],
    [`"it's "0`, `"it's "0`],
    [`#\\'##0`, `#\\'##0`],
    // Excel-only locale and currency tags.
    ["[$-409]d mmm yyyy", "d mmm yyyy"],
    ["[$CHF-100C] #,##0", `"CHF" #,##0`],
  ])("%s → %s", (excel, sheets) => {
    expect(sheetsNumberFormat(excel)).toBe(sheets);
  });
});

describe("layout helpers", () => {
  const budget = buildTemplate("budget");

  test("bold cells join into one range per run of a row", () => {
    expect(boldRanges(budget)).toEqual(["A1", "A3", "A4:C4", "A10:B10"]);
  });

  test("column widths: about 7 px a character plus 5, equal neighbours in one run", () => {
    expect(widthInPixels(10)).toBe(75);
    const plan = buildTemplate("activities", undefined, { planWindow: { start: "2026-01", end: "2027-12" } });
    const runs = widthRuns(plan);
    expect(runs.reduce((n, r) => n + r.count, 0)).toBe(plan.columns.length);
    // The 24 month columns of the Gantt are one run.
    expect(runs[runs.length - 1]).toEqual({ start: 12, count: 24, pixels: widthInPixels(6.5) });
    expect(runs.length).toBeLessThan(plan.columns.length);
  });

  test("the header row and the long-text columns wrap", () => {
    // Five lines, the Total and the in-kind line below it.
    expect(wrapRanges(budget)).toEqual(["A4:C4", "A5:A11", "C5:C11"]);
  });
});
