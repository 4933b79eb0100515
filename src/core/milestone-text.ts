import type { Parsed } from "./parse/parsed";

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface MilestoneEntry {
  readonly name: string;
  readonly month: string;
}

/**
 * "3RC=2026-09" → { name: "3RC", month: "2026-09" }: the one parser of a milestone setting, used by
 * the CLI's --milestone and the panel's settings alike. It splits at the last "=": a month never
 * holds one, a name may ("Phase=2=2026-03" is the milestone "Phase=2").
 */
export function parseMilestone(text: string): Parsed<MilestoneEntry> {
  const at = text.lastIndexOf("=");
  const name = text.slice(0, Math.max(0, at)).trim(), month = text.slice(at + 1).trim();
  if (at < 0 || name === "") return { ok: false, reason: "write NAME=YYYY-MM" };
  if (!YEAR_MONTH.test(month)) return { ok: false, reason: `“${month}” is not a month (YYYY-MM)` };
  return { ok: true, value: { name, month } };
}

/**
 * Milestones as the settings object: built with Object.fromEntries, so a name such as "__proto__"
 * or "constructor" is an own key like any other, never the object's prototype.
 */
export const milestonesObject = (entries: readonly MilestoneEntry[]): Record<string, string> =>
  Object.fromEntries(entries.map((e) => [e.name, e.month]));
