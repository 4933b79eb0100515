/**
 * Free names for what a template adds to a workbook. Excel compares names without case; sheet names are
 * at most 31 characters; table names and defined names share one workbook-wide namespace.
 */

export const MAX_SHEET_NAME = 31;

const lower = (names: Iterable<string>): Set<string> => new Set([...names].map((n) => n.toLowerCase()));

/** "ISU Budget 2026", or "ISU Budget 2026 (2)", "(3)" … when taken: a new sheet never replaces one. */
export function freeSheetName(taken: Iterable<string>, wanted: string): string {
  const used = lower(taken);
  const base = wanted.slice(0, MAX_SHEET_NAME);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** "Budget", or "Budget_2", "Budget_3" … when a table or defined name already has it (the CLI's writer does the same). */
export function freeName(taken: Iterable<string>, wanted: string): string {
  const used = lower(taken);
  let name = wanted;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${wanted}_${n}`;
  return name;
}

/**
 * A free name for each wanted name, none equal to a taken one nor to each other:
 * { SocialChargesRate: "SocialChargesRate_2" } when a budget was inserted before.
 */
export function freeNames(taken: Iterable<string>, wanted: readonly string[]): Record<string, string> {
  const used = [...taken];
  const out: Record<string, string> = {};
  for (const w of wanted) {
    out[w] = freeName(used, w);
    used.push(out[w]);
  }
  return out;
}
