import * as fs from "fs";
import * as path from "path";
import { maxOf, minOf, pushAll } from "../../src/core/max-of";

/**
 * Spreading an array into arguments (Math.max(...rows), list.push(...more)) puts every element on the
 * call stack: "Maximum call stack size exceeded" past ~120,000 elements in Node, sooner in Apps Script.
 * Nothing in src may do it; max-of.ts has the loop versions.
 */
const SRC = path.join(__dirname, "..", "..", "src");
const SPREAD_CALLS: [RegExp, string][] = [
  [/Math\.(max|min)\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\.\.\./, "Math.max/min(...)"],
  [/\.(push|unshift)\(\s*\.\.\./, "push/unshift(...)"],
  [/Math\.(max|min)\.apply\(/, "Math.max/min.apply"],
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("no array spread into call arguments", () => {
  it.each(files(SRC).map((f) => [path.relative(SRC, f), f]))("%s", (_, file) => {
    const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    expect(SPREAD_CALLS.filter(([re]) => re.test(code)).map(([, what]) => what)).toEqual([]);
  });

  test("the scan catches the forms it forbids", () => {
    const [max, push] = SPREAD_CALLS;
    expect(max[0].test("const w = Math.max(1, ...rows.map((r) => r.length));")).toBe(true);
    expect(max[0].test("Math.max(\n  t.rows.length,\n  ...areas.map((a) => a.bottom))")).toBe(true);
    expect(push[0].test("deliverables.push(...deliverablesRollup(t))")).toBe(true);
    expect(max[0].test("Math.max(a, b)")).toBe(false);
  });

  test("maxOf / minOf / pushAll handle 300,000 values", () => {
    const many = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_001);
    expect(() => Math.max(...many)).toThrow(RangeError); // what makes the rule necessary
    expect(maxOf(many, 0)).toBe(Math.max(...many.slice(0, 1000), ...[maxOf(many.slice(1000), 0)]));
    expect(minOf(many, Infinity)).toBe(0);
    expect(maxOf([], 1)).toBe(1);
    const list = [1];
    pushAll(list, many);
    expect(list).toHaveLength(300_001);
  });
});
