import { activitiesKind, ActivityRecord } from "./activities";
import { budgetKind, BudgetRecord } from "./budget";
import { contributionsKind, ContributionRecord } from "./contributions";
import { expenditureKind, ExpenditureRecord } from "./expenditure";
import type { TableKind } from "./kind";
import type { KindName } from "./kind-name";
import { outreachKind, OutreachRecord } from "./outreach";
import { ratesKind, RateRecord } from "./rates";
import { staffingKind, StaffingRecord } from "./staffing";

/** Records by kind, so rules and rollups get typed rows. */
export interface RecordsByKind {
  budget: BudgetRecord;
  activities: ActivityRecord;
  staffing: StaffingRecord;
  outreach: OutreachRecord;
  contributions: ContributionRecord;
  expenditure: ExpenditureRecord;
  rates: RateRecord;
}

export const KINDS: { readonly [K in KindName]: TableKind<RecordsByKind[K]> } = {
  budget: budgetKind,
  activities: activitiesKind,
  staffing: staffingKind,
  outreach: outreachKind,
  contributions: contributionsKind,
  expenditure: expenditureKind,
  rates: ratesKind,
};

export type { KindName } from "./kind-name";
export { KIND_NAMES } from "./kind-name";
