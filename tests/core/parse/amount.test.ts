import { amountFromNumber, minorToUnits, parseAmountText, scaleDecimal } from "../../../src/core/parse/amount";

describe("parseAmountText: accepted forms", () => {
  test.each<[string, number, string]>([
    ["514'753", 51475300, ""],
    ["514’753", 51475300, ""],
    ["514 753", 51475300, ""],
    ["514\u00a0753", 51475300, ""],
    ["514\u202f753", 51475300, ""],
    ["514\u2009753", 51475300, ""],
    ["514,753.00", 51475300, ""],
    ["514.753,00", 51475300, ""],
    ["514 753,00", 51475300, ""],
    ["514\u00a0753,00", 51475300, ""],
    ["CHF 20,000", 2000000, "CHF"],
    ["20'000 CHF", 2000000, "CHF"],
    ["CHF20000", 2000000, "CHF"],
    ["chf 12.5", 1250, "CHF"],
    ["Fr. 20'000.-", 2000000, "CHF"],
    ["SFr. 5", 500, "CHF"],
    ["Frs. 100", 10000, "CHF"],
    ["20'000.-", 2000000, ""],
    ["20'000.–", 2000000, ""],
    ["20'000,-", 2000000, ""],
    ["(1'000)", -100000, ""],
    ["(CHF 1'000)", -100000, "CHF"],
    ["CHF (1'000)", -100000, "CHF"],
    ["-1'000", -100000, ""],
    ["−1'000", -100000, ""],
    ["-CHF 1'000", -100000, "CHF"],
    ["CHF -1'000", -100000, "CHF"],
    ["+500", 50000, ""],
    ["1,234,567.89", 123456789, ""],
    ["1.234.567,89", 123456789, ""],
    ["1'234'567.89", 123456789, ""],
    ["0.5", 50, ""],
    [".5", 50, ""],
    ["12,5", 1250, ""],
    ["12.50", 1250, ""],
    ["75792", 7579200, ""],
    ["  75792  ", 7579200, ""],
    ["007", 700, ""],
    ["€ 1.000", 100000, "EUR"],
    ["$1,000", 100000, "USD"],
    ["1 000 €", 100000, "EUR"],
    ["USD 1,000", 100000, "USD"],
    ["EUR 1.000,50", 100050, "EUR"],
    ["£250", 25000, "GBP"],
    ["GBP 250", 25000, "GBP"],
    ["20.000", 2000000, ""],
    ["20,000", 2000000, ""],
    ["1,000.5", 100050, ""],
    ["1000.", 100000, ""],
    ["0,500", 50, ""],
    ["1'234.000", 123400, ""],
    ["(0.00)", 0, ""],
    ["-0", 0, ""],
    ["90071992547409", 9007199254740900, ""],
  ])("%j => %d", (text, minor, currency) => {
    const r = parseAmountText(text);
    expect(r).toEqual({ ok: true, value: currency === "" ? { minor } : { minor, currency } });
    if (r.ok) expect(Object.is(r.value.minor, -0)).toBe(false);
  });
});

describe("parseAmountText: forced decimal separator", () => {
  test.each<[string, "." | ",", number]>([
    ["20,000", ",", 2000],
    ["20.000", ".", 2000],
    ["20,000", ".", 2000000],
    ["20.000", ",", 2000000],
    ["1.234,5", ",", 123450],
    ["1,234.5", ".", 123450],
    ["12,5", ",", 1250],
    ["1'000,25", ",", 100025],
  ])("%j with decimal %j => %d", (text, decimal, minor) => {
    expect(parseAmountText(text, { decimal })).toEqual({ ok: true, value: { minor } });
  });

  test.each<[string, "." | ",", string]>([
    ["1.234,5", ".", "misplaced separator"],
    ["1,234,567", ",", "more than one decimal separator"],
  ])("%j with decimal %j fails: %s", (text, decimal, reason) => {
    expect(parseAmountText(text, { decimal })).toEqual({ ok: false, reason });
  });
});

describe("parseAmountText: failures", () => {
  test.each<[string, string]>([
    ["", "empty"],
    ["   ", "empty"],
    ["\u00a0", "empty"],
    ["abc", "not a number"],
    ["TBD", "not a number"],
    ["n/a", "not a number"],
    ["CHF", "not a number"],
    ["-", "not a number"],
    ["—", "not a number"],
    ["approx 1000", "contains text"],
    ["1000 approx", "contains text"],
    ["ca. 20'000 CHF", "contains text"],
    ["1'000 francs", "contains text"],
    ["100 / 200", "more than one number"],
    ["1000-2000", "more than one number"],
    ["1'000 2'000", "more than one number"],
    ["100 200 300 4000", "more than one number"],
    ["CHF 1'000 / CHF 2'000", "more than one number"],
    ["50%", "a percentage, not an amount"],
    ["50 %", "a percentage, not an amount"],
    ["20 % of 1000", "a percentage, not an amount"],
    ["1'23'456", "misplaced thousands separator"],
    ["1,23,456", "misplaced thousands separator"],
    ["1234'567", "misplaced thousands separator"],
    ["1''000", "misplaced thousands separator"],
    ["1.000.", "misplaced thousands separator"],
    ["1.234'56", "misplaced thousands separator"],
    ["0.125", "more than 2 decimal places"],
    ["12.345,678", "more than 2 decimal places"],
    ["1'234.567", "more than 2 decimal places"],
    ["1.2345", "more than 2 decimal places"],
    ["1.234.567,89.1", "misplaced separator"],
    ["CHF 100 EUR", "more than one currency"],
    ["CHF CHF 100", "more than one currency"],
    ["CHFX 100", "contains text"],
    ["1e5", "more than one number"],
    ["(1000", "unbalanced parentheses"],
    ["1000)", "unbalanced parentheses"],
    ["-(1000)", "misplaced parenthesis"],
    ["--1000", "misplaced sign"],
    ["1000-", 'unexpected character "-"'],
    ["9007199254740991", "too large"],
    ["900719925474099", "too large"],
  ])("%j fails: %s", (text, reason) => {
    expect(parseAmountText(text)).toEqual({ ok: false, reason });
  });

  test("a non-string does not throw", () => {
    expect(parseAmountText(42 as unknown as string)).toEqual({ ok: false, reason: "not text" });
  });
});

describe("amountFromNumber", () => {
  test.each<[number, number]>([
    [514753, 51475300],
    [0, 0],
    [-0, 0],
    [0.1, 10],
    [0.1 + 0.2, 30],
    [1.005, 101], // 1.005 * 100 is 100.49999999999999 in floating point
    [-1.005, -101],
    [2.675, 268],
    [0.005, 1],
    [-0.004, 0],
    [1234.5, 123450],
    [123456789.12, 12345678912],
    [1e-7, 0],
    [90071992547409, 9007199254740900],
  ])("%d => %d", (n, minor) => {
    const r = amountFromNumber(n);
    expect(r).toEqual({ ok: true, value: { minor } });
    if (r.ok) expect(Object.is(r.value.minor, -0)).toBe(false);
  });

  test.each<[number, string]>([
    [NaN, "not a finite number"],
    [Infinity, "not a finite number"],
    [-Infinity, "not a finite number"],
    [1e21, "too large"],
    [90071992547410, "too large"],
  ])("%d fails: %s", (n, reason) => {
    expect(amountFromNumber(n)).toEqual({ ok: false, reason });
  });
});

describe("scaleDecimal and minorToUnits", () => {
  test("scaleDecimal rounds half away from zero on the decimal digits", () => {
    expect(scaleDecimal(0.7362, 3)).toBe(736);
    expect(scaleDecimal(0.0005, 3)).toBe(1);
    expect(scaleDecimal(-0.0005, 3)).toBe(-1);
    expect(scaleDecimal(12, 0)).toBe(12);
    expect(scaleDecimal(2.5, 0)).toBe(3);
    expect(scaleDecimal(NaN, 2)).toBeUndefined();
  });
  test("minorToUnits", () => {
    expect(minorToUnits(51475300)).toBe(514753);
    expect(minorToUnits(123450)).toBe(1234.5);
  });
});
