import { z } from "zod";
import { DEFAULT_GROUPING, GROUPINGS, type Grouping } from "./i18n/number-style";
import { LANGS, type Lang } from "./i18n/lang";

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected YYYY-MM");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/**
 * name → YYYY-MM. Not z.record: it builds its result by assignment, which silently drops a milestone
 * named "__proto__"; this keeps every own key (Object.fromEntries defines, never assigns).
 */
const milestoneMap = z
  .custom<Record<string, string>>(
    (v) => typeof v === "object" && v !== null && !Array.isArray(v) && Object.values(v).every((m) => typeof m === "string" && yearMonth.safeParse(m).success),
    "expected { name: YYYY-MM }",
  )
  .transform((v) => Object.fromEntries(Object.entries(v)));

/** What a user can set (CLI flags, the panel's settings, document properties). Every field is optional. */
export const SettingsSchema = z.object({
  /** Today's date for "overdue" and "in the future"; hosts default it to the current date. */
  asOf: isoDate.optional(),
  /** The plan window; when absent it is read from the table title, sheet or file name ("2025-2026"). */
  planWindow: z.object({ start: yearMonth, end: yearMonth }).optional(),
  /** Action-plan references must fall in this range (the Lausanne Action Plan has Actions 1–50). */
  actionRange: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
  /**
   * Action plans whose coverage is shown (which actions the activities cite). The first is the default for
   * references that name no plan; a reference naming a plan's abbreviation or name ("VAP Action 3") counts for it.
   */
  actionPlans: z.array(z.object({ name: z.string().min(1).max(100), abbreviation: z.string().max(20).optional(), from: z.number().int().positive(), to: z.number().int().positive() })).min(1).max(10).optional(),
  /** Named milestones usable in timelines: name → YYYY-MM. */
  milestones: milestoneMap.optional(),
  /** Currency when a sheet does not say. */
  currency: z.string().min(3).max(3).optional(),
  /** Allowed difference, in currency units, for a line stated as a percentage of another. */
  roundingTolerance: z.number().nonnegative().optional(),
  /** Issues listed per rule and table before the rest are summarised (0 lists all). */
  maxIssuesPerRule: z.number().int().nonnegative().optional(),
  /**
   * Exchange rates to the budget's currency: code → value of one unit ("EUR": "0.9412"). Decimal text
   * keeps the rate exact; a number is read from its shortest decimal form. Wins over a rate table.
   */
  /** The language of messages, panel, reports and rollup sheets; hosts default it to the user's (Office, Sheets, LANG). */
  lang: z.enum(LANGS).optional(),
  /** How amounts are grouped in every message and report, whatever the language: 514'753 by default. */
  grouping: z.enum(GROUPINGS).optional(),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/, "a three-letter currency code"), z.union([
    z.number().positive().finite(),
    z.string().regex(/^\d+(\.\d{1,12})?$/, "a decimal rate such as 0.9412").refine((t) => /[1-9]/.test(t), "a rate above zero"),
  ])).optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export interface ResolvedSettings {
  readonly asOf: string;
  readonly planWindow?: { start: string; end: string };
  readonly actionRange: { from: number; to: number };
  readonly milestones: Readonly<Record<string, string>>;
  readonly actionPlans: readonly ActionPlan[];
  readonly currency: string;
  readonly roundingTolerance: number;
  readonly maxIssuesPerRule: number;
  readonly rates: Readonly<Record<string, number | string>>;
  readonly lang: Lang;
  readonly grouping: Grouping;
}

export interface ActionPlan {
  readonly name: string;
  readonly abbreviation?: string;
  readonly from: number;
  readonly to: number;
}

/** The Lausanne Action Plan (2021–2026): Actions 1 to 50. */
export const LAUSANNE_ACTION_PLAN: ActionPlan = { name: "Lausanne Action Plan", abbreviation: "LAP", from: 1, to: 50 };

export const DEFAULT_MILESTONES: Readonly<Record<string, string>> = {
  "13MSP": "2025-09", // Thirteenth Meeting of States Parties, Geneva, 16-19 September 2025
  "3RC": "2026-09", // Third Review Conference, Vientiane, September 2026
};

/** Fills defaults. `today` is passed in so the core never reads the clock. */
export function resolveSettings(settings: Settings, today: string): ResolvedSettings {
  return {
    asOf: settings.asOf ?? today,
    planWindow: settings.planWindow,
    actionRange: settings.actionRange ?? { from: 1, to: 50 },
    // Spread defines own keys: a milestone named "__proto__" stays a milestone.
    milestones: { ...DEFAULT_MILESTONES, ...settings.milestones },
    actionPlans: settings.actionPlans ?? [LAUSANNE_ACTION_PLAN],
    currency: settings.currency ?? "CHF",
    roundingTolerance: settings.roundingTolerance ?? 1,
    maxIssuesPerRule: settings.maxIssuesPerRule ?? 200,
    rates: settings.rates ?? {},
    lang: settings.lang ?? "en",
    grouping: settings.grouping ?? DEFAULT_GROUPING,
  };
}
