/** The table kinds the core understands; adding a kind means one file in kinds/ and its name here. */
export const KIND_NAMES = ["budget", "activities", "staffing", "outreach", "contributions", "expenditure", "rates"] as const;
export type KindName = (typeof KIND_NAMES)[number];
