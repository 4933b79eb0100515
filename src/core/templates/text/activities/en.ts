/** The activities template's words in English; this module defines the shape every language fills. */
export const ACTIVITY_COLUMNS = ["activity", "lead", "partners", "reference", "timeline", "start", "end", "deliverable", "target", "achieved", "status"] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];
/** Status dropdown, in order; "done" and "cancelled" are done for the core (isDoneStatus), so never overdue. */
export const ACTIVITY_STATUS_KEYS = ["planned", "inProgress", "done", "postponed", "cancelled"] as const;
export type ActivityStatusKey = (typeof ACTIVITY_STATUS_KEYS)[number];

export interface ActivitiesText {
  readonly sheetName: string;
  /** The title the core reads the plan window back from: it must hold the years. */
  readonly title: (years: string) => string;
  readonly headers: Readonly<Record<ActivityColumn, string>>;
  readonly statuses: Readonly<Record<ActivityStatusKey, string>>;
  readonly referenceTitle: string;
  readonly referencePrompt: string;
  readonly startTitle: string;
  readonly startPrompt: string;
  readonly endTitle: string;
  readonly endPrompt: string;
  readonly dateError: string;
  readonly statusTitle: string;
  readonly statusPrompt: string;
  readonly statusError: (choices: string) => string;
}

export const en: ActivitiesText = {
  sheetName: "Activities",
  title: (years) => `Work plan ${years}`,
  headers: {
    activity: "Activity", lead: "Lead", partners: "Partners", reference: "Action plan reference", timeline: "Timeline", start: "Start", end: "End",
    deliverable: "Deliverable", target: "Target", achieved: "Achieved", status: "Status",
  },
  statuses: { planned: "Planned", inProgress: "In progress", done: "Done", postponed: "Postponed", cancelled: "Cancelled" },
  referenceTitle: "Action-plan reference",
  referencePrompt: "Pick an action (1–50), or type several: 'Actions 38 to 42'.",
  startTitle: "Start date",
  startPrompt: "First day, e.g. 1 Mar 2026. Its month must match the Timeline.",
  endTitle: "End date",
  endPrompt: "Last day, e.g. 30 Jun 2026. Its month must match the Timeline.",
  dateError: "Enter a date, e.g. 1 Mar 2026.",
  statusTitle: "Status",
  statusPrompt: "Done and Cancelled activities are never reported as overdue.",
  statusError: (choices) => `Pick one of: ${choices}.`,
};
