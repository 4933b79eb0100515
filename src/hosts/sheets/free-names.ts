import type { TemplateSheet } from "../../core/templates";

/** Sheets caps a sheet name at 100 characters. */
const MAX_SHEET_NAME = 100;

/**
 * "ISU Budget 2026", or "ISU Budget 2026 (2)", "(3)" … when taken: a template never replaces or
 * changes a sheet. Sheets compares sheet names without case.
 */
export function freeSheetName(taken: readonly string[], wanted: string): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const base = wanted.trim().slice(0, MAX_SHEET_NAME) || "Template";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/**
 * Named ranges are spreadsheet-wide: a second budget's rate becomes SocialChargesRate_2. Returns the
 * renames for the core's renameNames (which rewrites the formulas too); names compare without case.
 */
export function freeRangeNames(taken: readonly string[], t: TemplateSheet): Record<string, string> {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const renames: Record<string, string> = {};
  for (const { name } of t.namedRanges) {
    let free = name;
    for (let n = 2; used.has(free.toLowerCase()); n++) free = `${name}_${n}`;
    renames[name] = free;
    used.add(free.toLowerCase());
  }
  return renames;
}
