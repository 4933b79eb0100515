import { decodeCells, encodeCells, toRanges } from "../../../src/hosts/sheets/cell-ranges";

const sorted = (cells: Iterable<{ row: number; column: number }>) => [...cells].map((c) => `${c.row}:${c.column}`).sort();

describe("cells as compact text", () => {
  test("runs down a column and equal runs in adjacent columns become ranges", () => {
    const cells = [];
    for (let r = 2; r <= 50_001; r++) cells.push({ row: r, column: 3 }, { row: r, column: 4 });
    cells.push({ row: 7, column: 1 });
    expect(toRanges(cells)).toEqual(["A7", "C2:D50001"]);
    expect(encodeCells(cells)).toEqual(["A7", "C2:C50001", "D2:D50001"]);
  });

  test("scattered rows are a bitmap: every other row of 50,000 in about 8 KB, read back exactly", () => {
    const cells = [];
    for (let r = 2; r <= 50_001; r += 2) cells.push({ row: r, column: 5 });
    for (let r = 3; r <= 50_001; r += 97) cells.push({ row: r, column: 2 });
    const text = encodeCells(cells);
    expect(text.join("").length).toBeLessThan(12_000);
    expect(text.some((t) => t.startsWith("@E2:"))).toBe(true);
    expect(sorted(decodeCells(text))).toEqual(sorted(cells));
    expect(JSON.stringify(text)).toBe(`[${text.map((t) => `"${t}"`).join(",")}]`); // nothing JSON must escape
  });
});
