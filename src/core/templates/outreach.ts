import { a1Range } from "../a1";
import { OUTREACH_STAGES } from "../kinds/outreach";
import type { DateCell } from "../snapshot";
import { DATE_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import type { TemplateSheet } from "./template";

export const OUTREACH_HEADERS = ["State", "Date", "Stage", "Lead", "Notes"] as const;
export const BLANK_OUTREACH_ROWS = 20;
const TITLE_ROW = 1;
const HEADER_ROW = 2;

export interface ContactInput {
  readonly state: string;
  readonly date?: DateCell;
  readonly stage?: string;
  readonly lead?: string;
  readonly notes?: string;
}

export interface OutreachSpec {
  readonly sheetName: string;
  readonly title: string;
  readonly contacts: readonly ContactInput[];
  readonly blankRows: number;
  readonly prefill?: string;
}

export function outreachTemplate(spec: OutreachSpec): TemplateSheet {
  const g = new Grid();
  g.set(TITLE_ROW, 1, text(spec.title, true));
  OUTREACH_HEADERS.forEach((h, i) => g.set(HEADER_ROW, i + 1, text(h, true)));
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(1, spec.contacts.length + spec.blankRows);
  for (let r = first; r <= last; r++) {
    const c = spec.contacts[r - first];
    if (c) g.set(r, 1, text(c.state));
    g.set(r, 2, c?.date ? { value: c.date, numberFormat: DATE_FORMAT } : { numberFormat: DATE_FORMAT });
    if (c?.stage) g.set(r, 3, text(c.stage));
    if (c?.lead) g.set(r, 4, text(c.lead));
    if (c?.notes) g.set(r, 5, text(c.notes));
  }
  const column = (c: number) => a1Range(first, c, last, c);
  return {
    kind: "outreach",
    prefill: spec.prefill,
    sheetName: spec.sheetName,
    title: spec.title,
    rows: g.rows(),
    columns: [{ width: 20 }, { width: 13 }, { width: 18 }, { width: 20 }, { width: 60, wrap: true }],
    table: tableArea("OutreachLog", HEADER_ROW, last, 1, OUTREACH_HEADERS.length),
    validations: [
      { range: column(2), rule: { type: "date" }, strict: true, promptTitle: "Date", prompt: "Date of the contact or meeting, e.g. 20 Jan 2026 (not in the future).", error: "Enter a date, e.g. 20 Jan 2026." },
      { range: column(3), rule: { type: "list", values: OUTREACH_STAGES }, strict: true, promptTitle: "Stage", prompt: "Contacted, then Meeting held, then Next step agreed.", error: `Pick one of: ${OUTREACH_STAGES.join(", ")}.` },
    ],
    conditionalFormats: [],
    namedRanges: [],
    freezeRows: HEADER_ROW,
    freezeColumns: 0,
  };
}
