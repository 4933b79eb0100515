import { findStatedPercentages, parseShare } from "../../../src/core/parse/percent";

describe("parseShare", () => {
  test.each<[string | number, number]>([
    ["50%", 0.5],
    ["50 %", 0.5],
    ["50\u00a0%", 0.5],
    ["100%", 1],
    ["0%", 0],
    ["12,5%", 0.125],
    ["73.6%", 0.736],
    ["0.5", 0.5],
    ["1", 1],
    ["1.5", 1.5],
    ["50", 0.5],
    ["100", 1],
    ["0", 0],
    [".5", 0.5],
    ["+50%", 0.5],
    ["1000%", 10],
    [0.5, 0.5],
    [1, 1],
    [1.5, 1.5],
    [1.6, 0.016],
    [50, 0.5],
    [100, 1],
    [73.6, 0.736],
    [0, 0],
    [1000, 10],
  ])("%j => %d", (raw, fraction) => {
    expect(parseShare(raw)).toEqual({ ok: true, value: fraction });
  });

  test.each<[string | number, string]>([
    ["", "empty"],
    ["  ", "empty"],
    ["abc", "not a number"],
    ["20 pour cent", "contains text"],
    ["50% FTE", "contains text"],
    ["-5%", "negative share"],
    ["−5%", "negative share"],
    ["-0.5", "negative share"],
    [-1, "negative share"],
    ["2000%", "more than 1000%"],
    ["1001", "more than 1000%"],
    [1001, "more than 1000%"],
    [NaN, "not a number"],
    [Infinity, "not a number"],
  ])("%j fails: %s", (raw, reason) => {
    expect(parseShare(raw)).toEqual({ ok: false, reason });
  });
});

describe("findStatedPercentages", () => {
  test.each<[string, { rate: number; of?: string; text: string }[]]>([
    ["Estimated at 20% of salary", [{ rate: 0.2, of: "salary", text: "20% of salary" }]],
    ["20 % des salaires", [{ rate: 0.2, of: "salaires", text: "20 % des salaires" }]],
    ["15% of travel costs", [{ rate: 0.15, of: "travel costs", text: "15% of travel costs" }]],
    ["Overheads: 13%.", [{ rate: 0.13, text: "13%" }]],
    ["5% of the overall budget", [{ rate: 0.05, of: "overall budget", text: "5% of the overall budget" }]],
    ["7% de la masse salariale", [{ rate: 0.07, of: "masse salariale", text: "7% de la masse salariale" }]],
    ["3 % du budget", [{ rate: 0.03, of: "budget", text: "3 % du budget" }]],
    ["12,5 % del presupuesto", [{ rate: 0.125, of: "presupuesto", text: "12,5 % del presupuesto" }]],
    ["2% d'augmentation", [{ rate: 0.02, of: "augmentation", text: "2% d'augmentation" }]],
    ["7.5 percent of staff costs", [{ rate: 0.075, of: "staff costs", text: "7.5 percent of staff costs" }]],
    ["20 pour cent des salaires", [{ rate: 0.2, of: "salaires", text: "20 pour cent des salaires" }]],
    [
      "20% of salary and 10% of travel, plus 5%",
      [
        { rate: 0.2, of: "salary", text: "20% of salary" },
        { rate: 0.1, of: "travel", text: "10% of travel" },
        { rate: 0.05, text: "5%" },
      ],
    ],
    ["Up to 4 words: 8% of a b c d e", [{ rate: 0.08, of: "a b c d", text: "8% of a b c d" }]],
    ["25% OF Salary Costs", [{ rate: 0.25, of: "salary costs", text: "25% OF Salary Costs" }]],
    ["No percentage here", []],
    ["", []],
    ["percentage per person", []],
  ])("%j", (text, expected) => {
    expect(findStatedPercentages(text)).toEqual(expected);
  });
});
