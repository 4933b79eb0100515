import { MonthIndex, monthIndex } from "./parse/period";

export interface PlanWindow {
  readonly start: MonthIndex;
  readonly end: MonthIndex;
  /** Where it came from, for messages: "settings", "title 'Workplan 2025-2026'". */
  readonly source: string;
}

const YEAR_RANGE = /\b((?:19|20|21)\d\d)\s*(?:[-–—/]|to|à|a)\s*((?:19|20|21)\d\d)\b/;
const ONE_YEAR = /\b((?:19|20|21)\d\d)\b/;

/** The plan's years as written in a title or name: "2025-2026", "2024 -2025", "ISU 2026 Work Plan". */
export function windowFromText(text: string | undefined, source: string): PlanWindow | undefined {
  if (!text) return undefined;
  const r = YEAR_RANGE.exec(text);
  if (r && Number(r[1]) <= Number(r[2])) return { start: monthIndex(Number(r[1]), 1), end: monthIndex(Number(r[2]), 12), source: `${source} '${text.trim().slice(0, 60)}'` };
  const y = r ? undefined : ONE_YEAR.exec(text);
  if (y) return { start: monthIndex(Number(y[1]), 1), end: monthIndex(Number(y[1]), 12), source: `${source} '${text.trim().slice(0, 60)}'` };
  return undefined;
}

/** Settings win; then the table's title, the sheet name, the file name. */
export function planWindow(setting: { start: string; end: string } | undefined, title: string | undefined, sheet: string, file: string | undefined): PlanWindow | undefined {
  if (setting) {
    const [ys, ms] = setting.start.split("-").map(Number), [ye, me] = setting.end.split("-").map(Number);
    return { start: monthIndex(ys, ms), end: monthIndex(ye, me), source: "settings" };
  }
  return windowFromText(title, "title") ?? windowFromText(sheet, "sheet name") ?? windowFromText(file, "file name");
}
