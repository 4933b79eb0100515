import { formatMoney, formatShare } from "../../../src/core/format/money";

describe("formatMoney", () => {
  test.each<[number, string, string]>([
    [51475300, "CHF", "CHF 514'753"],
    [123450, "CHF", "CHF 1'234.50"],
    [123405, "CHF", "CHF 1'234.05"],
    [-100000, "CHF", "CHF -1'000"],
    [-123456, "CHF", "CHF -1'234.56"],
    [0, "CHF", "CHF 0"],
    [51475300, "", "514'753"],
    [100000, "EUR", "EUR 1'000"],
    [5, "", "0.05"],
    [-5, "", "-0.05"],
    [99, "", "0.99"],
    [100, "", "1"],
    [99999, "", "999.99"],
    [100000000, "", "1'000'000"],
    [123456789, "", "1'234'567.89"],
    [100000000000000, "", "1'000'000'000'000"],
    [Number.MAX_SAFE_INTEGER, "", "90'071'992'547'409.91"],
    [-0, "", "0"],
  ])("%d %j => %j", (minor, currency, text) => {
    expect(formatMoney(minor, currency === "" ? undefined : currency)).toBe(text);
  });

  test("non-integers are rounded, non-finite values do not throw", () => {
    expect(formatMoney(123449.6)).toBe("1'234.50");
    expect(formatMoney(NaN)).toBe("NaN");
  });
});

describe("formatShare", () => {
  test.each<[number, string]>([
    [0.7362, "73.6%"],
    [1, "100%"],
    [0.5, "50%"],
    [0, "0%"],
    [0.25, "25%"],
    [0.123449, "12.3%"],
    [0.0005, "0.1%"],
    [0.00049, "0%"],
    [1.2345, "123.5%"],
    [0.0345, "3.5%"],
    [-0.25, "-25%"],
    [0.999, "99.9%"],
    [0.9999, "100%"],
  ])("%d => %s", (fraction, text) => {
    expect(formatShare(fraction)).toBe(text);
  });
});
