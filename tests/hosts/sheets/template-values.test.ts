import { sheetsValue, textLiteral } from "../../../src/hosts/sheets/template-values";

const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("template cells as setValues() takes them", () => {
  test.each([
    ["Activity", "Activity"],
    ["Planned", "Planned"],
    ["2026", "'2026"],
    ["Q1 2026", "'Q1 2026"],
    ["Actions 38 to 42", "'Actions 38 to 42"],
    ["=IMPORTXML(1)", "'=IMPORTXML(1)"],
    ["+41 22", "'+41 22"],
    ["-", "'-"],
    ["#N/A", "'#N/A"],
    ["TRUE", "'TRUE"],
    ["'quoted", "''quoted"],
  ])("text %j is written as %j", (text, written) => {
    expect(textLiteral(text)).toBe(written);
  });

  test("numbers stay numbers, dates become Dates, formulas keep their =, blanks are empty", () => {
    expect(sheetsValue({ value: 514753 }, toDate)).toBe(514753);
    expect(sheetsValue({ value: { date: "2026-03-01" } }, toDate)).toEqual(new Date("2026-03-01T00:00:00Z"));
    expect(sheetsValue({ formula: "=SUM(B5:B9)", result: 3 }, toDate)).toBe("=SUM(B5:B9)");
    expect(sheetsValue({ formula: "SUM(B5:B9)" }, toDate)).toBe("=SUM(B5:B9)");
    expect(sheetsValue({ numberFormat: "0%" }, toDate)).toBe("");
    expect(sheetsValue(null, toDate)).toBe("");
  });
});
