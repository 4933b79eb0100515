/**
 * The templates' words in each language: one module per language and template concept, the English
 * one defining the type (a missing key in French or Spanish does not compile).
 */
import type { Lang } from "../../i18n/lang";
import { en as activitiesEn, type ActivitiesText } from "./activities/en";
import { fr as activitiesFr } from "./activities/fr";
import { es as activitiesEs } from "./activities/es";
import { en as budgetEn, type BudgetText } from "./budget/en";
import { fr as budgetFr } from "./budget/fr";
import { es as budgetEs } from "./budget/es";
import { en as catalogEn, type CatalogText } from "./catalog/en";
import { fr as catalogFr } from "./catalog/fr";
import { es as catalogEs } from "./catalog/es";
import { en as ledgersEn, type LedgersText } from "./ledgers/en";
import { fr as ledgersFr } from "./ledgers/fr";
import { es as ledgersEs } from "./ledgers/es";
import { en as outreachEn, type OutreachText } from "./outreach/en";
import { fr as outreachFr } from "./outreach/fr";
import { es as outreachEs } from "./outreach/es";
import { en as staffingEn, type StaffingText } from "./staffing/en";
import { fr as staffingFr } from "./staffing/fr";
import { es as staffingEs } from "./staffing/es";

export type { ActivitiesText, ActivityColumn, ActivityStatusKey } from "./activities/en";
export { ACTIVITY_COLUMNS, ACTIVITY_STATUS_KEYS } from "./activities/en";
export type { BudgetText, BudgetLineKey } from "./budget/en";
export { DEFAULT_BUDGET_LINE_KEYS } from "./budget/en";
export type { CatalogText, PrefillKey } from "./catalog/en";
export { PREFILL_KEYS } from "./catalog/en";
export type { LedgersText } from "./ledgers/en";
export type { OutreachText } from "./outreach/en";
export type { StaffingText } from "./staffing/en";

export const ACTIVITIES_TEXT: Readonly<Record<Lang, ActivitiesText>> = { en: activitiesEn, fr: activitiesFr, es: activitiesEs };
export const BUDGET_TEXT: Readonly<Record<Lang, BudgetText>> = { en: budgetEn, fr: budgetFr, es: budgetEs };
export const CATALOG_TEXT: Readonly<Record<Lang, CatalogText>> = { en: catalogEn, fr: catalogFr, es: catalogEs };
export const LEDGERS_TEXT: Readonly<Record<Lang, LedgersText>> = { en: ledgersEn, fr: ledgersFr, es: ledgersEs };
export const OUTREACH_TEXT: Readonly<Record<Lang, OutreachText>> = { en: outreachEn, fr: outreachFr, es: outreachEs };
export const STAFFING_TEXT: Readonly<Record<Lang, StaffingText>> = { en: staffingEn, fr: staffingFr, es: staffingEs };
