import { a1 } from "../a1";
import type { ActivityRecord } from "../kinds/activities";
import type { OutreachRecord } from "../kinds/outreach";
import type { DetectedTable } from "../table";
import { normaliseLabel } from "../text";

export interface DeliverableRollup {
  readonly sheet: string;
  readonly cell: string;
  readonly activity: string;
  readonly deliverable: string;
  readonly target: { readonly min: number | null; readonly max: number | null; readonly unit: string };
  /** What has been achieved, when the table or an outreach log says; null otherwise. */
  readonly achieved: number | null;
  readonly source: "achieved-column" | "outreach-log" | null;
}

/** Targets counted by the follow-up log: documented / bilateral / outreach meetings or engagements with States. */
const LOGGED = /\b(documented|documentees?|documentadas?|bilateral|bilaterales?|outreach)\b/;
const MEETINGS = /\b(meetings?|engagements?|reunions?|reuniones|rencontres?)\b/;
const countedByLog = (unit: string) => { const u = normaliseLabel(unit); return LOGGED.test(u) && MEETINGS.test(u); };

/**
 * Targets vs achieved. An outreach log counts a meeting once its stage is "Meeting held" or later,
 * dated on or before the as-of date: that is what "documented meetings" means in the work plans.
 */
export function deliverablesRollup(table: DetectedTable, records: readonly ActivityRecord[], outreach: readonly OutreachRecord[] | undefined, asOf: string): DeliverableRollup[] {
  const logCount = outreach
    ? outreach.filter((o) => (o.stage === "Meeting held" || o.stage === "Next step agreed") && !(o.date.kind === "date" && o.date.iso > asOf)).length
    : undefined;
  const col = table.columns.deliverable ?? table.columns.target ?? table.columns.activity;
  const out: DeliverableRollup[] = [];
  for (const r of records) {
    if (!r.target) continue;
    const byLog = logCount !== undefined && countedByLog(r.target.unit);
    const achieved = r.achieved !== undefined ? r.achieved : byLog ? logCount! : null;
    out.push({
      sheet: table.sheet,
      cell: a1(r.row, col),
      activity: r.activity,
      deliverable: r.deliverable,
      target: { min: r.target.min ?? null, max: r.target.max ?? null, unit: r.target.unit },
      achieved,
      source: r.achieved !== undefined ? "achieved-column" : byLog ? "outreach-log" : null,
    });
  }
  return out;
}
