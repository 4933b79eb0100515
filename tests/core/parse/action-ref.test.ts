import { parseActionRefs, type ActionRange } from "../../../src/core/parse/action-ref";

const r = (from: number, to: number = from): ActionRange => ({ from, to });

describe("parseActionRefs", () => {
  test.each<[string | number, ActionRange[]]>([
    ["Actions 12 to 17", [r(12, 17)]],
    ["LAP Actions #38 to #42", [r(38, 42)]],
    ["Action 46", [r(46)]],
    ["LAP Action 46", [r(46)]],
    ["Actions 1 to 9", [r(1, 9)]],
    ["Actions 10 and 11", [r(10), r(11)]],
    ["Actions 38-42", [r(38, 42)]],
    ["#38–#42", [r(38, 42)]],
    ["38 — 42", [r(38, 42)]],
    ["38, 39, 41", [r(38), r(39), r(41)]],
    ["38,39,41", [r(38), r(39), r(41)]],
    ["Actions 1-3, 7", [r(1, 3), r(7)]],
    ["Action 5; Action 8", [r(5), r(8)]],
    ["Actions 12 à 17", [r(12, 17)]],
    ["Actions 10 et 11", [r(10), r(11)]],
    ["Acciones 12 a 17", [r(12, 17)]],
    ["Acciones 10 y 11", [r(10), r(11)]],
    ["Acción 3", [r(3)]],
    ["del 12 al 17", [r(12, 17)]],
    ["Actions 12 through 17", [r(12, 17)]],
    ["N° 5", [r(5)]],
    ["Actions 17 to 12", [r(17, 12)]],
    ["12", [r(12)]],
    ["  12  ", [r(12)]],
    ["Action 5.", [r(5)]],
    ["12 13", [r(12), r(13)]],
    [12, [r(12)]],
  ])("%j", (raw, ranges) => {
    expect(parseActionRefs(raw)).toEqual({ ok: true, value: ranges });
  });

  test.each<[string | number, string]>([
    ["", "empty"],
    ["   ", "empty"],
    ["n/a", "no action number"],
    ["Actions", "no action number"],
    ["Action 12.5", "action references must be whole numbers"],
    [12.5, "action references must be whole numbers"],
    [NaN, "action references must be whole numbers"],
    ["Action 0", "action numbers start at 1"],
    [0, "action numbers start at 1"],
    [-3, "action numbers start at 1"],
    ["Actions 12 to", "a range without an end"],
    ["Actions 12 to, 14", "a range without an end"],
    ["to 12", "a range without a start"],
    ["12 to to 14", "a range without a start"],
    ["Actions 12 to 17 and foo", 'unexpected "foo"'],
    ["Output 3", 'unexpected "Output"'],
  ])("%j fails: %s", (raw, reason) => {
    expect(parseActionRefs(raw)).toEqual({ ok: false, reason });
  });
});
