import { LAUSANNE_ACTION_PLAN, milestonesObject, parseMilestone, SettingsSchema } from "../../core";
import { GROUPINGS, groupingExample, LANG_NAMES, LANGS, langFromEnv, parseLang } from "../../core/i18n";
import type { Grouping, Lang } from "../../core/i18n";
import { parseActionPlan } from "../../core/parse/action-plan";
import type { MilestoneEntry, Settings } from "../../core";
import { READER_CHOICES } from "./read-xlsx";
import type { XlsxReaderChoice } from "./read-xlsx";
import { ENGLISH_CLI } from "./i18n";
import type { CliLocale, CliText } from "./i18n";

type UsageTexts = Omit<CliText["usage"], "or">;
/** A bad command-line value as data: which message (i18n/*.ts, `usage`) and its arguments. */
export type UsageProblem = { [K in keyof UsageTexts]: { readonly key: K; readonly args: Parameters<UsageTexts[K]> } }[keyof UsageTexts];

/** Joins choices so the message can put its language's "or" before the last: "en, fr or es". */
const CHOICE = "\u0000";
const choices = (items: readonly string[]): string => items.join(CHOICE);

/** A problem in the reader's language. */
export function usageText(p: UsageProblem, L: CliLocale = ENGLISH_CLI): string {
  const list = (a: string) => {
    const items = a.split(CHOICE);
    return items.length < 2 ? a : `${items.slice(0, -1).join(", ")} ${L.t.usage.or} ${items[items.length - 1]}`;
  };
  return (L.t.usage[p.key] as (...args: string[]) => string)(...p.args.map(list));
}

/**
 * A bad command-line value; the CLI prints it after "workplan-check: " (in the language of --lang or the
 * environment, program.ts) and exits 2. `message` is the English line.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(message: string, readonly problem?: UsageProblem) {
    super(message);
  }
}

/** Throws the problem as a UsageError (its message in English). */
export function refuse(problem: UsageProblem): never {
  throw new UsageError(usageText(problem), problem);
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
  if (!start || !end || !MONTH.test(start) || !MONTH.test(end)) refuse({ key: "planWindow", args: [text] });
  if (start > end) refuse({ key: "planWindowOrder", args: [text] });
  return { start, end };
}

/** "1-50" → {from: 1, to: 50}. */
export function parseActions(text: string): { from: number; to: number } {
  const m = /^\s*(\d+)\s*[-–:]\s*(\d+)\s*$/.exec(text);
  if (!m || +m[1] > +m[2]) refuse({ key: "actions", args: [text] });
  return { from: +m[1], to: +m[2] };
}

/** ["3RC=2026-09", …] → {"3RC": "2026-09"}, parsed as the panel does (core's parseMilestone). */
export function parseMilestones(items: readonly string[]): Record<string, string> {
  const entries: MilestoneEntry[] = [];
  for (const item of items) {
    const m = parseMilestone(item);
    if (!m.ok) refuse({ key: "milestone", args: [item] });
    entries.push(m.value);
  }
  return milestonesObject(entries);
}

/** ["Vientiane Action Plan (VAP)=1-40"] → the Lausanne Action Plan, then these, for coverage. */
export function parseActionPlans(items: readonly string[]): Settings["actionPlans"] {
  return [LAUSANNE_ACTION_PLAN, ...items.map((item) => {
    const p = parseActionPlan(item);
    if (!p.ok) refuse({ key: "actionPlan", args: [item, p.reason] });
    return p.value;
  })];
}

/** "--max-issues 0" lists every finding; otherwise at most N per rule and table. */
export function parseMaxIssues(text: string): number {
  if (!/^\s*\d+\s*$/.test(text)) refuse({ key: "maxIssues", args: [text] });
  return Number(text);
}

/** ["EUR=0.9412", …] → {EUR: "0.9412"}: decimal text, so the rate stays exact. */
export function parseRates(items: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of items) {
    const m = /^\s*([A-Za-z]{3})\s*=\s*(\d+(?:\.\d{1,12})?)\s*$/.exec(item);
    if (!m || !/[1-9]/.test(m[2])) refuse({ key: "rate", args: [item] });
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
  refuse({ key: "lang", args: [choices(LANGS.map((l) => `${l} (${LANG_NAMES[l]})`)), flag] });
}

/** --grouping: how amounts are grouped, whatever the language (514'753 by default). */
export function parseGrouping(flag: string): Grouping {
  const g = GROUPINGS.find((x) => x === flag.trim().toLowerCase());
  if (g) return g;
  refuse({ key: "grouping", args: [choices(GROUPINGS.map((x) => `${x} (${groupingExample(x)})`)), flag] });
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
  if (flags.asOf !== undefined && !isRealDate(flags.asOf.trim())) refuse({ key: "asOf", args: [flags.asOf] });
  const currency = flags.currency?.trim().toUpperCase();
  if (currency !== undefined && !/^[A-Z]{3}$/.test(currency)) refuse({ key: "currency", args: [flags.currency ?? ""] });
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
  if (!checked.success) refuse({ key: "settings", args: [checked.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")] });
  return checked.data;
}

/** --reader / WORKPLAN_CHECK_READER: which workbook reader to use (see XlsxReaderChoice). */
export function readerChoice(flag: string | undefined, env: string | undefined): XlsxReaderChoice {
  const v = (flag ?? env ?? "auto").trim().toLowerCase();
  const known = READER_CHOICES.find((c) => c === v);
  if (known) return known;
  refuse({ key: "reader", args: [choices(READER_CHOICES), v] });
}

/**
 * The language a command line asks for before commander reads it (for its usage errors and help):
 * "--lang fr" or "--lang=fr", else the environment's; an unknown value leaves the environment's.
 */
export function langFromArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Lang {
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i] === "--lang" ? argv[i + 1] : argv[i].startsWith("--lang=") ? argv[i].slice(7) : undefined;
    const lang = parseLang(v);
    if (lang) return lang;
  }
  return langFromEnv(env);
}
