import { z } from "zod";
import type { Report, Severity } from "../../core";
import { HIGHLIGHT_COLOURS } from "../../panel/bridge";
import { readJson, type SettingsBag } from "./document-settings";
import type { Fill } from "./fill";

/**
 * What "Clear highlights" needs to undo a highlight exactly: for every cell the add-in coloured, the fill it
 * had before and the colour applied. Kept in the document settings (saved in the file), so it survives
 * closing the task pane or reopening the workbook.
 */
export const HIGHLIGHTS_KEY = "workplanCheck.highlights";

/** Settings are small (Excel keeps them in the file); past this many cells only the most severe are coloured. */
export const MAX_HIGHLIGHT_CELLS = 5000;

const entrySchema = z.object({
  sheet: z.string(),
  /** Worksheet.id: finds the sheet again after a rename. */
  sheetId: z.string().optional(),
  cell: z.string().regex(/^[A-Z]{1,3}[1-9][0-9]{0,6}$/),
  color: z.string().nullable(),
  pattern: z.string().optional(),
  patternColor: z.string().optional(),
  tint: z.number().optional(),
  applied: z.string(),
});
const recordSchema = z.object({ version: z.literal(1), cells: z.array(entrySchema) });

export type HighlightEntry = z.infer<typeof entrySchema>;

export const entryFill = (e: HighlightEntry): Fill => ({
  color: e.color,
  ...(e.pattern !== undefined ? { pattern: e.pattern } : {}),
  ...(e.patternColor !== undefined ? { patternColor: e.patternColor } : {}),
  ...(e.tint !== undefined ? { tint: e.tint } : {}),
});

export const cellKey = (sheet: string, cell: string): string => `${sheet}\u0000${cell}`;

/** The stored highlight, [] when none (or when what is stored is not a record this version wrote). */
export function readRecord(bag: SettingsBag): HighlightEntry[] {
  const parsed = recordSchema.safeParse(readJson(bag, HIGHLIGHTS_KEY));
  return parsed.success ? parsed.data.cells : [];
}

/** Stores the record (saving is the caller's, with saveBag); an empty record removes the key. */
export function writeRecord(bag: SettingsBag, cells: readonly HighlightEntry[]): void {
  if (cells.length === 0) bag.remove(HIGHLIGHTS_KEY);
  else bag.set(HIGHLIGHTS_KEY, JSON.stringify({ version: 1, cells }));
}

export interface Target {
  readonly sheet: string;
  readonly cell: string;
  readonly colour: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One target per issue cell, coloured by its most severe issue; errors first when over the cap. */
export function targetsOf(report: Report, max = MAX_HIGHLIGHT_CELLS): Target[] {
  const best = new Map<string, { sheet: string; cell: string; severity: Severity; order: number }>();
  report.issues.forEach((i, order) => {
    if (!/^[A-Z]{1,3}[1-9][0-9]{0,6}$/.test(i.cell)) return;
    const key = cellKey(i.sheet, i.cell);
    const seen = best.get(key);
    if (!seen || RANK[i.severity] < RANK[seen.severity]) best.set(key, { sheet: i.sheet, cell: i.cell, severity: i.severity, order: seen?.order ?? order });
  });
  return [...best.values()]
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order)
    .map(({ sheet, cell, severity }) => ({ sheet, cell, colour: HIGHLIGHT_COLOURS[severity] }));
}
