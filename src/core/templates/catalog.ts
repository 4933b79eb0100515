import { KIND_NAMES } from "../kinds/kind-name";
import { ART6_WORKPLAN, CONTRIBUTIONS_2026, ExampleSheet, EXPENDITURE_2026, ISU_BUDGET, OUTREACH_LOG, SDR_WORKPLAN, UNIV24_WORKPLAN, UNIV25_WORKPLAN } from "../../seeds/example-workbook";
import { activitiesTemplate, BLANK_ACTIVITY_ROWS } from "./activities";
import { budgetTemplate } from "./budget";
import { BLANK_CONTRIBUTION_ROWS, contributionsTemplate } from "./contributions";
import { BLANK_EXPENDITURE_ROWS, expenditureTemplate } from "./expenditure";
import { ratesTemplate } from "./rates";
import { defaultWindow } from "./months";
import { BLANK_OUTREACH_ROWS, outreachTemplate } from "./outreach";
import { seedActivities, seedBudget, seedContacts, seedPositions, seedRowsBelow, seedTitle, seedWindow } from "./prefill";
import { BLANK_STAFFING_ROWS, staffingTemplate } from "./staffing";
import { TemplateError } from "./template";
import type { MonthWindow, TemplateKind, TemplateSheet } from "./template";

/** The kinds a user can insert, with what a menu shows. */
export const TEMPLATE_KINDS: readonly { readonly kind: TemplateKind; readonly title: string; readonly description: string }[] = [
  { kind: "activities", title: "Activities", description: "Work plan: activity, lead, timeline, Start/End dates, status, and a month-by-month Gantt." },
  { kind: "budget", title: "Budget", description: "Cost lines in CHF, a Total that adds them up, social charges computed from a rate cell." },
  { kind: "staffing", title: "Staffing", description: "Positions with their share of full time (FTE) and a total." },
  { kind: "outreach", title: "Outreach log", description: "States contacted, when, and the follow-up stage reached." },
  { kind: "contributions", title: "Contributions", description: "Pledges and payments by contributor, with currency, date received and what is outstanding." },
  { kind: "expenditure", title: "Expenditure ledger", description: "Payments by date, charged to a budget line (a dropdown of the budget's lines), in any currency." },
  { kind: "rates", title: "Currency rates", description: "The value of one unit of each currency in CHF, to convert contributions and payments." },
];

/** The default budget template's lines: what a blank ledger offers in its Budget line dropdown. */
const DEFAULT_BUDGET_LINES = ["Salaries", "Social charges", "Communication", "Travel", "Other implementation support costs"];

/** Seed data a template can be filled with. */
export const PREFILLS = {
  "isu-budget-2026": { kind: "budget", title: "ISU budget 2026 (CHF 514'753)", seed: ISU_BUDGET },
  "isu-staffing-2026": { kind: "staffing", title: "ISU staffing structure 2026 (2.5 FTE)", seed: ISU_BUDGET },
  "art6-2025-2026": { kind: "activities", title: "Article 6 cooperation and assistance work plan 2025-2026", seed: ART6_WORKPLAN },
  "sdr-2025-2026": { kind: "activities", title: "Stockpile destruction and retention work plan 2025-2026", seed: SDR_WORKPLAN },
  "univ-2024-2025": { kind: "activities", title: "Universalization work plan 2024-2025", seed: UNIV24_WORKPLAN },
  "univ-2025-2026": { kind: "activities", title: "Universalization work plan 2025-2026", seed: UNIV25_WORKPLAN },
  "outreach-illustrative": { kind: "outreach", title: "Outreach follow-up log (illustrative, not real data)", seed: OUTREACH_LOG },
  "contributions-illustrative": { kind: "contributions", title: "Contributions to the 2026 budget (illustrative, not real data)", seed: CONTRIBUTIONS_2026 },
  "expenditure-illustrative": { kind: "expenditure", title: "Expenditure ledger 2026 (illustrative, not real data)", seed: EXPENDITURE_2026 },
  "rates-illustrative": { kind: "rates", title: "Currency rates to CHF (illustrative, not real data)", seed: CONTRIBUTIONS_2026 },
} as const satisfies Record<string, { kind: TemplateKind; title: string; seed: ExampleSheet }>;

export type PrefillName = keyof typeof PREFILLS;
export const PREFILL_NAMES = Object.keys(PREFILLS) as PrefillName[];

export const isTemplateKind = (s: string): s is TemplateKind => (KIND_NAMES as readonly string[]).includes(s);
export const isPrefillName = (s: string): s is PrefillName => Object.prototype.hasOwnProperty.call(PREFILLS, s);

/** The prefills of one kind, for a menu. */
export const prefillsOf = (kind: TemplateKind): PrefillName[] => PREFILL_NAMES.filter((p) => PREFILLS[p].kind === kind);

export interface TemplateOptions {
  /** The Gantt's months; default: the prefill's plan years, or for a blank plan this year and the next. */
  readonly planWindow?: MonthWindow;
  /** Today's date (YYYY-MM-DD): the core never reads the clock, so a blank plan's default window needs it. */
  readonly today?: string;
}

function blank(kind: TemplateKind, options: TemplateOptions): TemplateSheet {
  switch (kind) {
    case "activities": {
      const window = options.planWindow ?? (options.today ? defaultWindow(options.today) : undefined);
      if (!window) throw new TemplateError("a blank activities template needs a plan window or today's date");
      return activitiesTemplate({ sheetName: "Activities", window, activities: [], blankRows: BLANK_ACTIVITY_ROWS });
    }
    case "budget":
      return budgetTemplate({
        sheetName: "Budget",
        title: "Budget (CHF)",
        lines: [
          { label: "Salaries" },
          { label: "Social charges", rateOf: "Salaries", notes: "Estimated at 20% of salary" },
          { label: "Communication" },
          { label: "Travel" },
          { label: "Other implementation support costs" },
        ],
        inKind: [],
      });
    case "staffing":
      return staffingTemplate({ sheetName: "Staffing", title: "Staffing structure", positions: [], blankRows: BLANK_STAFFING_ROWS });
    case "outreach":
      return outreachTemplate({ sheetName: "Outreach log", title: "Outreach follow-up log", contacts: [], blankRows: BLANK_OUTREACH_ROWS });
    case "contributions":
      return contributionsTemplate({ sheetName: "Contributions", title: "Contributions", rows: [], blankRows: BLANK_CONTRIBUTION_ROWS });
    case "expenditure":
      return expenditureTemplate({ sheetName: "Expenditure", title: "Expenditure ledger", budgetLines: DEFAULT_BUDGET_LINES, rows: [], blankRows: BLANK_EXPENDITURE_ROWS });
    case "rates":
      return ratesTemplate({ sheetName: "Rates", title: "Currency rates (value of one unit in CHF)", rows: [], blankRows: 8 });
  }
}

function prefilled(name: PrefillName, options: TemplateOptions): TemplateSheet {
  const { kind, seed } = PREFILLS[name];
  switch (kind) {
    case "activities":
      return activitiesTemplate({ sheetName: seed.name, title: seedTitle(seed), window: options.planWindow ?? seedWindow(seed), activities: seedActivities(seed), blankRows: 0, prefill: name });
    case "budget": {
      const { lines, inKind } = seedBudget(seed);
      return budgetTemplate({ sheetName: seed.name, title: seedTitle(seed), lines, inKind, prefill: name });
    }
    case "staffing": {
      const { title, positions } = seedPositions(seed);
      return staffingTemplate({ sheetName: "ISU Staffing 2026", title, positions, blankRows: 0, prefill: name });
    }
    case "outreach":
      return outreachTemplate({ sheetName: seed.name, title: seedTitle(seed), contacts: seedContacts(seed), blankRows: 0, prefill: name });
    case "contributions": {
      const { title, rows } = seedRowsBelow(seed, "Contributor");
      return contributionsTemplate({ sheetName: seed.name, title, rows, blankRows: 0, prefill: name });
    }
    case "expenditure": {
      const { title, rows } = seedRowsBelow(seed, "Date");
      return expenditureTemplate({ sheetName: seed.name, title, budgetLines: seedBudget(ISU_BUDGET).lines.map((l) => l.label), rows, blankRows: 0, prefill: name });
    }
    case "rates": {
      const { title, rows } = seedRowsBelow(seed, "Currency");
      return ratesTemplate({ sheetName: "Rates 2026 (illus.)", title, rows, blankRows: 0, prefill: name });
    }
  }
}

/**
 * The template of `kind`, blank or filled with a seed. Throws TemplateError for an unknown kind or
 * prefill, a prefill of another kind, or a malformed plan window.
 */
export function buildTemplate(kind: TemplateKind, prefill?: PrefillName, options: TemplateOptions = {}): TemplateSheet {
  if (!isTemplateKind(kind)) throw new TemplateError(`unknown template kind '${String(kind)}' (expected ${KIND_NAMES.join(", ")})`);
  if (prefill === undefined) return blank(kind, options);
  if (!isPrefillName(prefill)) throw new TemplateError(`unknown prefill '${String(prefill)}' (expected one of ${PREFILL_NAMES.join(", ")})`);
  if (PREFILLS[prefill].kind !== kind) throw new TemplateError(`prefill '${prefill}' is a ${PREFILLS[prefill].kind} template, not ${kind}`);
  return prefilled(prefill, options);
}
