import { freeName, freeNames, freeSheetName, MAX_SHEET_NAME } from "../../../src/hosts/excel/free-names";

describe("freeSheetName", () => {
  test("keeps a free name, numbers a taken one, ignoring case", () => {
    expect(freeSheetName(["Sheet1"], "ISU Budget 2026")).toBe("ISU Budget 2026");
    expect(freeSheetName(["isu budget 2026"], "ISU Budget 2026")).toBe("ISU Budget 2026 (2)");
    expect(freeSheetName(["ISU Budget 2026", "ISU Budget 2026 (2)"], "ISU Budget 2026")).toBe("ISU Budget 2026 (3)");
  });

  test("stays within Excel's 31 characters, suffix included", () => {
    const long = "Universalization work plan 2025-2026";
    expect(freeSheetName([], long)).toBe(long.slice(0, MAX_SHEET_NAME));
    const second = freeSheetName([long.slice(0, MAX_SHEET_NAME)], long);
    expect(second).toBe(`${long.slice(0, MAX_SHEET_NAME - 4)} (2)`);
    expect(second).toHaveLength(MAX_SHEET_NAME);
  });
});

describe("freeName and freeNames", () => {
  test("tables and defined names get _2, _3 … and never collide with each other", () => {
    expect(freeName([], "Budget")).toBe("Budget");
    expect(freeName(["BUDGET", "Budget_2"], "Budget")).toBe("Budget_3");
    expect(freeNames(["SocialChargesRate"], ["SocialChargesRate", "Other"])).toEqual({ SocialChargesRate: "SocialChargesRate_2", Other: "Other" });
    expect(freeNames([], ["A", "a"])).toEqual({ A: "A", a: "a_2" });
  });
});
