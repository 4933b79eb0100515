import type { OutreachStage } from "../../../kinds/outreach";

/** The outreach log's words in English; this module defines the shape every language fills. */
export interface OutreachText {
  readonly sheetName: string;
  readonly title: string;
  readonly headers: { readonly state: string; readonly date: string; readonly stage: string; readonly lead: string; readonly notes: string };
  /** The follow-up stages as the dropdown offers them; the core reads each language's (kinds/outreach.ts). */
  readonly stages: Readonly<Record<OutreachStage, string>>;
  readonly dateTitle: string;
  readonly datePrompt: string;
  readonly dateError: string;
  readonly stageTitle: string;
  readonly stagePrompt: string;
  readonly stageError: (choices: string) => string;
}

export const en: OutreachText = {
  sheetName: "Outreach log",
  title: "Outreach follow-up log",
  headers: { state: "State", date: "Date", stage: "Stage", lead: "Lead", notes: "Notes" },
  stages: { Contacted: "Contacted", "Meeting held": "Meeting held", "Next step agreed": "Next step agreed" },
  dateTitle: "Date",
  datePrompt: "Date of the contact or meeting, e.g. 20 Jan 2026 (not in the future).",
  dateError: "Enter a date, e.g. 20 Jan 2026.",
  stageTitle: "Stage",
  stagePrompt: "Contacted, then Meeting held, then Next step agreed.",
  stageError: (choices) => `Pick one of: ${choices}.`,
};
