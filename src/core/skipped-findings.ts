import type { Finding } from "./issues";
import { LIMITS } from "./limits";
import type { SheetSnapshot } from "./snapshot";

/**
 * The findings for what a reader left out at a limit: "cell.text-cut" (a warning: the cell's start
 * is kept) for cut text, "sheet.not-read" (an error: totals and counts leave the rest out) for
 * everything else.
 */
export function skippedFindings(sheet: SheetSnapshot): Finding[] {
  const out: Finding[] = [];
  for (const s of sheet.skipped ?? []) {
    const max = (LIMITS as Readonly<Record<string, number>>)[s.limit];
    const params: Record<string, string | number> = { limit: s.limit, max: max ?? "" };
    if (s.count !== undefined) params.count = s.count;
    if (s.others) params.others = s.others;
    out.push({ code: s.limit === "cellText" ? "cell.text-cut" : "sheet.not-read", sheet: sheet.name, row: s.row, column: s.column, params });
  }
  return out;
}
