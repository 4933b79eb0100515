import { addressChunks, parseAddress, parseAddressList } from "../../../src/hosts/excel/address";

describe("parseAddress", () => {
  test.each([
    ["'ISU Budget 2026'!A1:C17", { sheet: "ISU Budget 2026", top: 1, left: 1, bottom: 17, right: 3 }],
    ["Sheet1!B3", { sheet: "Sheet1", top: 3, left: 2, bottom: 3, right: 2 }],
    ["'It''s 2026'!$B$3:$AA$10", { sheet: "It's 2026", top: 3, left: 2, bottom: 10, right: 27 }],
    ["'Wow!'!C5:A1", { sheet: "Wow!", top: 1, left: 1, bottom: 5, right: 3 }],
  ])("%s", (text, area) => expect(parseAddress(text)).toEqual(area));

  test.each(["A1:C17", "Sheet1!A:A", "Sheet1!1:3", "", "!A1"])("%s is not a cell area", (text) => expect(parseAddress(text)).toBeUndefined());
});

describe("parseAddressList", () => {
  test("splits on commas outside quoted sheet names", () => {
    expect(parseAddressList("'Plan, 2026'!A1:B2, 'Plan, 2026'!D4, Other!C3")).toEqual([
      { sheet: "Plan, 2026", top: 1, left: 1, bottom: 2, right: 2 },
      { sheet: "Plan, 2026", top: 4, left: 4, bottom: 4, right: 4 },
      { sheet: "Other", top: 3, left: 3, bottom: 3, right: 3 },
    ]);
  });
  test("quotes doubled inside a name do not end it", () => {
    expect(parseAddressList("'a''b, c'!A1,'a''b, c'!B2").map((a) => a.sheet)).toEqual(["a'b, c", "a'b, c"]);
  });
  test("empty text gives no areas", () => expect(parseAddressList("")).toEqual([]));
});

describe("addressChunks", () => {
  test("joins addresses with commas, each list under the limit", () => {
    const cells = Array.from({ length: 100 }, (_, i) => `B${i + 1}`);
    const chunks = addressChunks(cells, 50);
    expect(chunks.every((c) => c.length <= 50)).toBe(true);
    expect(chunks.join(",").split(",")).toEqual(cells);
    expect(addressChunks(["A1", "B2"])).toEqual(["A1,B2"]);
    expect(addressChunks([])).toEqual([]);
  });
});
