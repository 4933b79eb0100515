import { toRawCell, toRawRows } from "../../../src/hosts/excel/cells";

describe("toRawCell", () => {
  test.each([
    ["", "General", null],
    ["Travel", "General", "Travel"],
    ["#REF!", "General", "#REF!"],
    [true, "General", true],
    [514753, "#'##0", 514753],
    [46023, "dd/mm/yyyy", { date: "2026-01-01" }],
    [46023.75, "yyyy-mm-dd hh:mm", { date: "2026-01-01" }],
    [46023, "General", 46023],
    [0.5, "h:mm", 0.5],
    [0, "dd/mm/yyyy", 0], // no date before 1900-01-01: stays a number
  ])("%p with %p", (value, format, raw) => expect(toRawCell(value, format)).toEqual(raw));

  test("rows keep their shape; a missing format reads as General", () => {
    expect(toRawRows([["a", 46023], ["", 1]], [["General", "d-mmm-yy"]])).toEqual([["a", { date: "2026-01-01" }], [null, 1]]);
    expect(toRawRows([[46023]], undefined)).toEqual([[46023]]);
  });
});
