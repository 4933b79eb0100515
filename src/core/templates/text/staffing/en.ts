/** The staffing template's words in English; this module defines the shape every language fills. */
export interface StaffingText {
  readonly sheetName: string;
  readonly title: string;
  readonly headers: { readonly position: string; readonly fte: string; readonly cost: string; readonly notes: string };
  readonly total: string;
  /** The unit after the FTE total ("2.5 FTE"), written in the total's number format. */
  readonly fteUnit: string;
  readonly fteTitle: string;
  readonly ftePrompt: string;
  readonly fteError: string;
  readonly costTitle: string;
  readonly costPrompt: string;
  readonly costError: string;
}

export const en: StaffingText = {
  sheetName: "Staffing",
  title: "Staffing structure",
  headers: { position: "Position", fte: "FTE", cost: "Annual cost (CHF)", notes: "Notes" },
  total: "Total",
  fteUnit: "FTE",
  fteTitle: "FTE",
  ftePrompt: "Share of full time: 100% (or 1) full time, 50% (or 0.5) half time.",
  fteError: "Enter a share from 0% to 100%, e.g. 50%.",
  costTitle: "Annual cost",
  costPrompt: "A number in CHF, e.g. 150000.",
  costError: "Enter the annual cost as a number of francs, e.g. 150000.",
};
