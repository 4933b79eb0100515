/**
 * A cell's fill as Excel reports it, reduced to what can be put back exactly. Excel reports a cell without
 * fill as color "#FFFFFF" with pattern "None", and a white-filled cell as "#FFFFFF" with pattern "Solid":
 * the pattern (RangeFill.pattern, ExcelApi 1.9) tells them apart, so "no fill" is stored as color null and
 * restored with fill.clear(). Theme colours come back as the RGB Excel reports (plus their tint).
 */
export interface Fill {
  /** null: the cell had no fill. */
  readonly color: string | null;
  /** Only for patterns other than Solid ("Gray50" …), with the pattern's own colour. */
  readonly pattern?: string;
  readonly patternColor?: string;
  /** Only when non-zero. */
  readonly tint?: number;
}

/** The RangeFill properties to load before recording a fill. */
export const FILL_PROPERTIES = "color, pattern, patternColor, tintAndShade";

const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);

/**
 * The fill of one loaded RangeFill, or undefined when it cannot be restored exactly (gradients, or
 * a colour Excel does not report): such cells are never highlighted.
 */
export function fillOf(f: { color: string | null; pattern: string | null; patternColor: string | null; tintAndShade: number | null }): Fill | undefined {
  if (f.pattern === "None") return { color: null };
  if (typeof f.color !== "string" || f.color === "" || f.pattern === null || GRADIENTS.has(f.pattern)) return undefined;
  const tint = typeof f.tintAndShade === "number" && f.tintAndShade !== 0 ? { tint: f.tintAndShade } : {};
  if (f.pattern === "Solid") return { color: f.color, ...tint };
  return { color: f.color, pattern: f.pattern, ...(f.patternColor ? { patternColor: f.patternColor } : {}), ...tint };
}

/** True when the loaded fill is still the solid highlight colour the add-in applied (the user has not changed it). */
export const isStillHighlight = (f: { color: string | null; pattern: string | null }, applied: string): boolean =>
  f.pattern === "Solid" && typeof f.color === "string" && f.color.toUpperCase() === applied.toUpperCase();

/** A stable text key for grouping cells that get the same fill back. */
export const fillKey = (f: Fill): string => JSON.stringify([f.color, f.pattern ?? null, f.patternColor ?? null, f.tint ?? null]);

/**
 * Queues putting a fill back on a range (or RangeAreas). The colour Excel reports for a tinted fill (a theme colour
 * "lighter 40%") is the colour as shown, tint included: setting it back, then the tint again, would lighten it
 * twice. So only the colour (and pattern) is set; the recorded tint is kept for the record, not applied.
 */
export function applyFill(fill: Excel.RangeFill, f: Fill): void {
  if (f.color === null) {
    fill.clear();
    return;
  }
  fill.color = f.color;
  if (f.pattern) fill.pattern = f.pattern as Excel.FillPattern;
  if (f.patternColor) fill.patternColor = f.patternColor;
}
