/**
 * How amounts are grouped and where the decimal mark goes. One style for the whole product, chosen by the
 * user, whatever the language: the ISU's published budget writes 514'753, so that is the default.
 */
export const GROUPINGS = ["apostrophe", "comma", "space", "dot"] as const;
export type Grouping = (typeof GROUPINGS)[number];
export const DEFAULT_GROUPING: Grouping = "apostrophe";

interface Marks { readonly group: string; readonly decimal: string }
/** Space grouping uses U+202F (narrow no-break space), as French typography does; it never wraps. */
const MARKS: Readonly<Record<Grouping, Marks>> = {
  apostrophe: { group: "'", decimal: "." },
  comma: { group: ",", decimal: "." },
  space: { group: "\u202f", decimal: "," },
  dot: { group: ".", decimal: "," },
};

export const marksOf = (g: Grouping | undefined): Marks => MARKS[g ?? DEFAULT_GROUPING] ?? MARKS[DEFAULT_GROUPING];

/** Digits of a whole non-negative number with a mark every three digits: (514753, "'") → "514'753". */
export function groupDigits(units: number | bigint | string, mark: string): string {
  const s = String(units);
  const n = s.length;
  if (n <= 3) return s;
  let out = s.slice(0, ((n - 1) % 3) + 1);
  for (let i = out.length; i < n; i += 3) out += mark + s.slice(i, i + 3);
  return out;
}

/** The example a grouping shows in a settings list: "514'753.50". */
export const groupingExample = (g: Grouping): string => `${groupDigits(514753, marksOf(g).group)}${marksOf(g).decimal}50`;
