import { moneyNumberFormat } from "../../../src/core/format/number-formats";

describe("moneyNumberFormat", () => {
  it("groups with apostrophes by size so small amounts get no stray apostrophe", () => {
    expect(moneyNumberFormat("CHF")).toBe(`[>=1000000]"CHF "#'###'##0;[>=1000]"CHF "#'##0;"CHF "0`);
  });
  it("leaves the currency out when there is none", () => {
    expect(moneyNumberFormat("")).toBe(`[>=1000000]#'###'##0;[>=1000]#'##0;0`);
  });
});
