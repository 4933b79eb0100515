import { fillKey, fillOf, isStillHighlight } from "../../../src/hosts/excel/fill";

const loaded = (color: string, pattern: string, patternColor = "", tintAndShade = 0) => ({ color, pattern, patternColor, tintAndShade });

describe("fillOf", () => {
  test("no fill (pattern None) is null, told apart from a white fill", () => {
    expect(fillOf(loaded("#FFFFFF", "None"))).toEqual({ color: null });
    expect(fillOf(loaded("#FFFFFF", "Solid"))).toEqual({ color: "#FFFFFF" });
  });
  test("patterns keep their pattern colour; tints are kept when non-zero", () => {
    expect(fillOf(loaded("#FFFFFF", "Gray50", "#FF0000"))).toEqual({ color: "#FFFFFF", pattern: "Gray50", patternColor: "#FF0000" });
    expect(fillOf(loaded("#4472C4", "Solid", "", 0.6))).toEqual({ color: "#4472C4", tint: 0.6 });
  });
  test("gradients and unknown colours cannot be restored exactly", () => {
    expect(fillOf(loaded("#FFFFFF", "LinearGradient"))).toBeUndefined();
    expect(fillOf(loaded("#FFFFFF", "RectangularGradient"))).toBeUndefined();
    expect(fillOf({ color: null, pattern: "Solid", patternColor: null, tintAndShade: null })).toBeUndefined();
  });
});

describe("isStillHighlight", () => {
  test("only the solid colour applied counts, in any letter case", () => {
    expect(isStillHighlight({ color: "#fde7e9", pattern: "Solid" }, "#FDE7E9")).toBe(true);
    expect(isStillHighlight({ color: "#FDE7E9", pattern: "Gray25" }, "#FDE7E9")).toBe(false);
    expect(isStillHighlight({ color: "#00B050", pattern: "Solid" }, "#FDE7E9")).toBe(false);
  });
});

test("fillKey tells fills apart", () => {
  expect(fillKey({ color: null })).not.toBe(fillKey({ color: "#FFFFFF" }));
  expect(fillKey({ color: "#FFFFFF", pattern: "Gray50" })).not.toBe(fillKey({ color: "#FFFFFF" }));
  expect(fillKey({ color: "#ABCDEF" })).toBe(fillKey({ color: "#ABCDEF" }));
});
