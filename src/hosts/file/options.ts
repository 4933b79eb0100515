import { LAUSANNE_ACTION_PLAN, milestonesObject, parseMilestone, SettingsSchema } from "../../core";
import { GROUPINGS, groupingExample, LANG_NAMES, LANGS, langFromEnv, parseLang } from "../../core/i18n";
import type { Grouping, Lang } from "../../core/i18n";
import { parseActionPlan } from "../../core/parse/action-plan";
import type { MilestoneEntry, Settings } from "../../core";
import { READER_CHOICES } from "./read-xlsx";
import type { XlsxReaderChoice } from "./read-xlsx";

/** A bad command-line value; the CLI prints its message after "workplan-check: " and exits 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** --lang and --grouping, which every command takes (language-options in settings-options.ts). */
export interface LanguageFlags {
  readonly lang?: string;
  readonly grouping?: string;
}

/** The check command's options as commander hands them over (strings, before validation). */
export interface CheckFlags extends LanguageFlags {
  readonly json?: boolean;
  readonly asOf?: string;
  readonly planWindow?: string;
  readonly actions?: string;
  readonly milestone?: readonly string[];
  readonly currency?: string;
  readonly color?: boolean;
  readonly reader?: string;
  readonly maxIssues?: string;
  readonly verbose?: boolean;
  /** Further action plans for coverage, "Vientiane Action Plan (VAP)=1-40" (repeatable). */
  readonly actionPlan?: readonly string[];
  /** The report to share (share-output.ts). */
  readonly html?: string;
  readonly pdf?: string;
  readonly rate?: readonly string[];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A real calendar date (2026-02-30 is refused). */
function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** "2025-01:2026-12", or whole years "2025:2026" / "2025-2026". */
export function parsePlanWindow(text: string): { start: string; end: string } {
  const t = text.trim();
  const years = /^(\d{4})\s*[:\-–]\s*(\d{4})$/.exec(t);
  const [start, end] = years ? [`${years[1]}-01`, `${years[2]}-12`] : t.split(":").map((s) => s.trim());
  if (!start || !end || !MONTH.test(start) || !MONTH.test(end)) throw new UsageError(`--plan-window expects YYYY-MM:YYYY-MM (e.g. 2025-01:2026-12), not '${text}'`);
  if (start > end) throw new UsageError(`--plan-window starts after it ends ('${text}')`);
  return { start, end };
}

/** "1-50" → {from: 1, to: 50}. */
export function parseActions(text: string): { from: number; to: number } {
  const m = /^\s*(\d+)\s*[-–:]\s*(\d+)\s*$/.exec(text);
  if (!m || +m[1] > +m[2]) throw new UsageError(`--actions expects a range like 1-50, not '${text}'`);
  return { from: +m[1], to: +m[2] };
}

/** ["3RC=2026-09", …] → {"3RC": "2026-09"}, parsed as the panel does (core's parseMilestone). */
export function parseMilestones(items: readonly string[]): Record<string, string> {
  const entries: MilestoneEntry[] = [];
  for (const item of items) {
    const m = parseMilestone(item);
    if (!m.ok) throw new UsageError(`--milestone expects NAME=YYYY-MM (e.g. 3RC=2026-09), not '${item}'`);
    entries.push(m.value);
  }
  return milestonesObject(entries);
}

/** ["Vientiane Action Plan (VAP)=1-40"] → the Lausanne Action Plan, then these, for coverage. */
export function parseActionPlans(items: readonly string[]): Settings["actionPlans"] {
  return [LAUSANNE_ACTION_PLAN, ...items.map((item) => {
    const p = parseActionPlan(item);
    if (!p.ok) throw new UsageError(`--action-plan '${item}': ${p.reason}`);
    return p.value;
  })];
}

/** "--max-issues 0" lists every finding; otherwise at most N per rule and table. */
export function parseMaxIssues(text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) throw new UsageError(`--max-issues expects a whole number (0 lists all), not '${text}'`);
  return Number(text);
}

/** ["EUR=0.9412", …] → {EUR: "0.9412"}: decimal text, so the rate stays exact. */
export function parseRates(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const m = /^\s*([A-Za-z]{3})\s*=\s*(\d+(?:\.\d{1,12})?)\s*$/.exec(item);
    if (!m || !/[1-9]/.test(m[2])) throw new UsageError(`--rate expects CODE=RATE with a positive decimal rate (e.g. EUR=0.9412, the value of one unit in the budget's currency), not '${item}'`);
    out[m[1].toUpperCase()] = m[2];
  }
  return out;
}

/** Today's date on this machine's clock and time zone, as the user sees it. */
export function localToday(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * --lang: "fr", "FR", "fr-CH" or "fr_CH.UTF-8" name French; without the flag, the environment decides
 * (LANGUAGE, LC_ALL, LC_MESSAGES, LANG, as gettext reads them), English when it names none of ours.
 */
export function parseLangFlag(flag: string | undefined, env: Readonly<Record<string, string | undefined>> = {}): Lang {
  if (flag === undefined) return langFromEnv(env);
  const lang = parseLang(flag);
  if (lang) return lang;
  const known = LANGS.map((l) => `${l} (${LANG_NAMES[l]})`);
  throw new UsageError(`--lang expects ${known.slice(0, -1).join(", ")} or ${known[known.length - 1]}, not '${flag}'`);
}

/** --grouping: how amounts are grouped, whatever the language (514'753 by default). */
export function parseGrouping(flag: string): Grouping {
  const g = GROUPINGS.find((x) => x === flag.trim().toLowerCase());
  if (g) return g;
  throw new UsageError(`--grouping expects ${GROUPINGS.map((x) => `${x} (${groupingExample(x)})`).join(", ")}, not '${flag}'`);
}

/** The language and grouping of a command's output, from its flags and the environment. Throws UsageError. */
export function languageOf(flags: LanguageFlags, env: Readonly<Record<string, string | undefined>> = {}): { lang: Lang; grouping?: Grouping } {
  const lang = parseLangFlag(flags.lang, env);
  return flags.grouping === undefined ? { lang } : { lang, grouping: parseGrouping(flags.grouping) };
}

/**
 * Command-line flags → the core's Settings, validated by its SettingsSchema. `env` gives the default
 * language (LANG, LC_ALL…); the settings always name one, so the core writes its messages in it. Throws UsageError.
 */
export function toSettings(flags: CheckFlags, env: Readonly<Record<string, string | undefined>> = {}): Settings {
  const language = languageOf(flags, env);
  if (flags.asOf !== undefined && !isRealDate(flags.asOf.trim())) throw new UsageError(`--as-of expects a date YYYY-MM-DD, not '${flags.asOf}'`);
  const currency = flags.currency?.trim().toUpperCase();
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) throw new UsageError(`--currency expects a three-letter code like CHF, not '${flags.currency}'`);
  const settings: Settings = {
    ...language,
    ...(flags.asOf !== undefined ? { asOf: flags.asOf.trim() } : {}),
    ...(flags.planWindow !== undefined ? { planWindow: parsePlanWindow(flags.planWindow) } : {}),
    ...(flags.actions !== undefined ? { actionRange: parseActions(flags.actions) } : {}),
    ...(flags.milestone?.length ? { milestones: parseMilestones(flags.milestone) } : {}),
    ...(currency !== undefined ? { currency } : {}),
    ...(flags.actionPlan?.length ? { actionPlans: parseActionPlans(flags.actionPlan) } : {}),
    ...(flags.maxIssues !== undefined ? { maxIssuesPerRule: parseMaxIssues(flags.maxIssues) } : {}),
    ...(flags.rate?.length ? { rates: parseRates(flags.rate) } : {}),
  };
  const checked = SettingsSchema.safeParse(settings);
  if (!checked.success) throw new UsageError(`invalid settings: ${checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return checked.data;
}

/** --reader / WORKPLAN_CHECK_READER: which workbook reader to use (see XlsxReaderChoice). */
export function readerChoice(flag: string | undefined, env: string | undefined): XlsxReaderChoice {
  const v = (flag ?? env ?? "auto").trim().toLowerCase();
  const known = READER_CHOICES.find((c) => c === v);
  if (known) return known;
  throw new UsageError(`--reader expects ${READER_CHOICES.join(", ")}, not '${v}'`);
}
