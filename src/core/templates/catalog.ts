import type { Lang } from "../i18n/lang";
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
import { ACTIVITIES_TEXT } from "./text";
import type { MonthWindow, TemplateKind, TemplateSheet } from "./template";
import { BUDGET_TEXT, CATALOG_TEXT, DEFAULT_BUDGET_LINE_KEYS, LEDGERS_TEXT, OUTREACH_TEXT, STAFFING_TEXT } from "./text";
import type { PrefillKey } from "./text";

export interface TemplateKindInfo {
  readonly kind: TemplateKind;
  readonly title: string;
  readonly description: string;
}

/** The kinds a user can insert, with what a menu shows in `lang`, in the menu's order. */
const MENU_ORDER: readonly TemplateKind[] = ["activities", "budget", "staffing", "outreach", "contributions", "expenditure", "rates"];
export const templateKinds = (lang: Lang = "en"): TemplateKindInfo[] =>
  MENU_ORDER.map((kind) => ({ kind, title: CATALOG_TEXT[lang].kinds[kind].title, description: CATALOG_TEXT[lang].kinds[kind].description }));
/** The kinds in English (the menu's order). */
export const TEMPLATE_KINDS: readonly TemplateKindInfo[] = templateKinds("en");

/** The default budget template's lines in `lang`: what a blank ledger offers in its Budget line dropdown. */
const defaultBudgetLines = (lang: Lang): string[] => DEFAULT_BUDGET_LINE_KEYS.map((k) => BUDGET_TEXT[lang].lines[k]);

/** Seed data a template can be filled with. The seeds are English documents: a prefill's content stays as published. */
export const PREFILLS = {
  "isu-budget-2026": { kind: "budget", title: CATALOG_TEXT.en.prefills["isu-budget-2026"], seed: ISU_BUDGET },
  "isu-staffing-2026": { kind: "staffing", title: CATALOG_TEXT.en.prefills["isu-staffing-2026"], seed: ISU_BUDGET },
  "art6-2025-2026": { kind: "activities", title: CATALOG_TEXT.en.prefills["art6-2025-2026"], seed: ART6_WORKPLAN },
  "sdr-2025-2026": { kind: "activities", title: CATALOG_TEXT.en.prefills["sdr-2025-2026"], seed: SDR_WORKPLAN },
  "univ-2024-2025": { kind: "activities", title: CATALOG_TEXT.en.prefills["univ-2024-2025"], seed: UNIV24_WORKPLAN },
  "univ-2025-2026": { kind: "activities", title: CATALOG_TEXT.en.prefills["univ-2025-2026"], seed: UNIV25_WORKPLAN },
  "outreach-illustrative": { kind: "outreach", title: CATALOG_TEXT.en.prefills["outreach-illustrative"], seed: OUTREACH_LOG },
  "contributions-illustrative": { kind: "contributions", title: CATALOG_TEXT.en.prefills["contributions-illustrative"], seed: CONTRIBUTIONS_2026 },
  "expenditure-illustrative": { kind: "expenditure", title: CATALOG_TEXT.en.prefills["expenditure-illustrative"], seed: EXPENDITURE_2026 },
  "rates-illustrative": { kind: "rates", title: CATALOG_TEXT.en.prefills["rates-illustrative"], seed: CONTRIBUTIONS_2026 },
} as const satisfies Record<PrefillKey, { kind: TemplateKind; title: string; seed: ExampleSheet }>;

/** A prefill's title as the insert list shows it in `lang`. */
export const prefillTitle = (name: PrefillName, lang: Lang = "en"): string => CATALOG_TEXT[lang].prefills[name];

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
  /** The language of the headers, labels, dropdowns and prompts (default English). A prefill's content stays as its seed writes it. */
  readonly lang?: Lang;
}

function blank(kind: TemplateKind, options: TemplateOptions, lang: Lang): TemplateSheet {
  switch (kind) {
    case "activities": {
      const window = options.planWindow ?? (options.today ? defaultWindow(options.today) : undefined);
      if (!window) throw new TemplateError("a blank activities template needs a plan window or today's date");
      return activitiesTemplate({ sheetName: ACTIVITIES_TEXT[lang].sheetName, window, activities: [], blankRows: BLANK_ACTIVITY_ROWS, lang });
    }
    case "budget": {
      const tx = BUDGET_TEXT[lang], l = tx.lines;
      return budgetTemplate({
        sheetName: tx.sheetName,
        title: tx.title,
        lines: [
          { label: l.salaries },
          { label: l.socialCharges, rateOf: l.salaries, notes: tx.socialChargesNote },
          { label: l.communication },
          { label: l.travel },
          { label: l.other },
        ],
        inKind: [{ label: tx.inKind, notes: tx.inKindNote }],
        lang,
      });
    }
    case "staffing":
      return staffingTemplate({ sheetName: STAFFING_TEXT[lang].sheetName, title: STAFFING_TEXT[lang].title, positions: [], blankRows: BLANK_STAFFING_ROWS, lang });
    case "outreach":
      return outreachTemplate({ sheetName: OUTREACH_TEXT[lang].sheetName, title: OUTREACH_TEXT[lang].title, contacts: [], blankRows: BLANK_OUTREACH_ROWS, lang });
    case "contributions": {
      const tx = LEDGERS_TEXT[lang].contributions;
      return contributionsTemplate({ sheetName: tx.sheetName, title: tx.title, rows: [], blankRows: BLANK_CONTRIBUTION_ROWS, lang });
    }
    case "expenditure": {
      const tx = LEDGERS_TEXT[lang].expenditure;
      return expenditureTemplate({ sheetName: tx.sheetName, title: tx.title, budgetLines: defaultBudgetLines(lang), rows: [], blankRows: BLANK_EXPENDITURE_ROWS, lang });
    }
    case "rates": {
      const tx = LEDGERS_TEXT[lang].rates;
      return ratesTemplate({ sheetName: tx.sheetName, title: tx.title, rows: [], blankRows: 8, lang });
    }
  }
}

function prefilled(name: PrefillName, options: TemplateOptions, lang: Lang): TemplateSheet {
  const { kind, seed } = PREFILLS[name];
  switch (kind) {
    case "activities":
      return activitiesTemplate({ sheetName: seed.name, title: seedTitle(seed), window: options.planWindow ?? seedWindow(seed), activities: seedActivities(seed), blankRows: 0, prefill: name, lang });
    case "budget": {
      const { lines, inKind } = seedBudget(seed);
      return budgetTemplate({ sheetName: seed.name, title: seedTitle(seed), lines, inKind, prefill: name, lang });
    }
    case "staffing": {
      const { title, positions } = seedPositions(seed);
      return staffingTemplate({ sheetName: "ISU Staffing 2026", title, positions, blankRows: 0, prefill: name, lang });
    }
    case "outreach":
      return outreachTemplate({ sheetName: seed.name, title: seedTitle(seed), contacts: seedContacts(seed), blankRows: 0, prefill: name, lang });
    case "contributions": {
      const { title, rows } = seedRowsBelow(seed, "Contributor");
      return contributionsTemplate({ sheetName: seed.name, title, rows, blankRows: 0, prefill: name, lang });
    }
    case "expenditure": {
      const { title, rows } = seedRowsBelow(seed, "Date");
      return expenditureTemplate({ sheetName: seed.name, title, budgetLines: seedBudget(ISU_BUDGET).lines.map((l) => l.label), rows, blankRows: 0, prefill: name, lang });
    }
    case "rates": {
      const { title, rows } = seedRowsBelow(seed, "Currency");
      return ratesTemplate({ sheetName: "Rates 2026 (illus.)", title, rows, blankRows: 0, prefill: name, lang });
    }
  }
}

/**
 * The template of `kind`, blank or filled with a seed. Throws TemplateError for an unknown kind or
 * prefill, a prefill of another kind, or a malformed plan window.
 */
export function buildTemplate(kind: TemplateKind, prefill?: PrefillName, options: TemplateOptions = {}): TemplateSheet {
  if (!isTemplateKind(kind)) throw new TemplateError(`unknown template kind '${String(kind)}' (expected ${KIND_NAMES.join(", ")})`);
  const lang = options.lang ?? "en";
  if (prefill === undefined) return blank(kind, options, lang);
  if (!isPrefillName(prefill)) throw new TemplateError(`unknown prefill '${String(prefill)}' (expected one of ${PREFILL_NAMES.join(", ")})`);
  if (PREFILLS[prefill].kind !== kind) throw new TemplateError(`prefill '${prefill}' is a ${PREFILLS[prefill].kind} template, not ${kind}`);
  return prefilled(prefill, options, lang);
}
