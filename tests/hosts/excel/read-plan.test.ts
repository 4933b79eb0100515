import { blockBytes, MAX_BLOCK_ROWS, planReads, splitPack } from "../../../src/hosts/excel/read-plan";

describe("planReads", () => {
  test("every row of every sheet is read exactly once, each request under the budget", () => {
    const sizes = [{ rows: 250_000, columns: 12 }, { rows: 3, columns: 2 }, { rows: 40_000, columns: 200 }];
    const budget = 4 * 1024 * 1024;
    const packs = planReads(sizes, budget);
    for (const pack of packs) expect(pack.reduce((s, b) => s + blockBytes(b), 0)).toBeLessThanOrEqual(budget);
    sizes.forEach((u, sheet) => {
      const blocks = packs.flat().filter((b) => b.sheet === sheet).sort((a, b) => a.rowOffset - b.rowOffset);
      let next = 0;
      for (const b of blocks) {
        expect(b.rowOffset).toBe(next);
        expect(b.rows).toBeLessThanOrEqual(MAX_BLOCK_ROWS);
        next += b.rows;
      }
      expect(next).toBe(u.rows);
    });
  });

  test("small sheets share one request", () => {
    expect(planReads([{ rows: 10, columns: 5 }, { rows: 20, columns: 3 }])).toEqual([[
      { sheet: 0, rowOffset: 0, rows: 10, columns: 5 },
      { sheet: 1, rowOffset: 0, rows: 20, columns: 3 },
    ]]);
  });

  test("a row wider than the budget is still read, one row per request", () => {
    const packs = planReads([{ rows: 3, columns: 10_000 }], 1000);
    expect(packs).toHaveLength(3);
    expect(packs.every((p) => p.length === 1 && p[0].rows === 1)).toBe(true);
  });
});

describe("splitPack", () => {
  test("halves a pack of blocks, then a block's rows, and stops at one row", () => {
    const a = { sheet: 0, rowOffset: 0, rows: 5, columns: 2 }, b = { sheet: 1, rowOffset: 0, rows: 1, columns: 2 };
    expect(splitPack([a, b])).toEqual([[a], [b]]);
    expect(splitPack([a])).toEqual([[{ ...a, rows: 3 }], [{ ...a, rowOffset: 3, rows: 2 }]]);
    expect(splitPack([b])).toBeUndefined();
  });
});
