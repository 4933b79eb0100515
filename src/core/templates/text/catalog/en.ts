import type { KindName } from "../../../kinds/kind-name";

/** The names of the prefills a template can be filled with (catalog.ts lists them). */
export const PREFILL_KEYS = [
  "isu-budget-2026", "isu-staffing-2026", "art6-2025-2026", "sdr-2025-2026", "univ-2024-2025", "univ-2025-2026",
  "outreach-illustrative", "contributions-illustrative", "expenditure-illustrative", "rates-illustrative",
] as const;
export type PrefillKey = (typeof PREFILL_KEYS)[number];

/** What the "Insert template…" list shows, in English; this module defines the shape every language fills. */
export interface CatalogText {
  readonly kinds: Readonly<Record<KindName, { readonly title: string; readonly description: string }>>;
  readonly prefills: Readonly<Record<PrefillKey, string>>;
}

export const en: CatalogText = {
  kinds: {
    activities: { title: "Activities", description: "Work plan: activity, lead, timeline, Start/End dates, status, and a month-by-month Gantt." },
    budget: { title: "Budget", description: "Cost lines in CHF, a Total that adds them up, social charges computed from a rate cell." },
    staffing: { title: "Staffing", description: "Positions with their share of full time (FTE) and a total." },
    outreach: { title: "Outreach log", description: "States contacted, when, and the follow-up stage reached." },
    contributions: { title: "Contributions", description: "Pledges and payments by contributor, with currency, date received and what is outstanding." },
    expenditure: { title: "Expenditure ledger", description: "Payments by date, charged to a budget line (a dropdown of the budget's lines), in any currency." },
    rates: { title: "Currency rates", description: "The value of one unit of each currency in CHF, to convert contributions and payments." },
  },
  prefills: {
    "isu-budget-2026": "ISU budget 2026 (CHF 514'753)",
    "isu-staffing-2026": "ISU staffing structure 2026 (2.5 FTE)",
    "art6-2025-2026": "Article 6 cooperation and assistance work plan 2025-2026",
    "sdr-2025-2026": "Stockpile destruction and retention work plan 2025-2026",
    "univ-2024-2025": "Universalization work plan 2024-2025",
    "univ-2025-2026": "Universalization work plan 2025-2026",
    "outreach-illustrative": "Outreach follow-up log (illustrative, not real data)",
    "contributions-illustrative": "Contributions to the 2026 budget (illustrative, not real data)",
    "expenditure-illustrative": "Expenditure ledger 2026 (illustrative, not real data)",
    "rates-illustrative": "Currency rates to CHF (illustrative, not real data)",
  },
};
