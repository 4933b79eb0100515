import { a1Range } from "../a1";
import type { Lang } from "../i18n/lang";
import { OUTREACH_STAGES, outreachStage } from "../kinds/outreach";
import type { DateCell } from "../snapshot";
import { DATE_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import type { TemplateSheet } from "./template";
import { OUTREACH_TEXT } from "./text";

export const outreachHeaders = (lang: Lang = "en"): string[] => {
  const h = OUTREACH_TEXT[lang].headers;
  return [h.state, h.date, h.stage, h.lead, h.notes];
};
export const OUTREACH_HEADERS = outreachHeaders("en");
/** The stage dropdown in a language, in order; the core reads every language's stage names. */
export const outreachStages = (lang: Lang = "en"): string[] => OUTREACH_STAGES.map((s) => OUTREACH_TEXT[lang].stages[s]);
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
  readonly lang?: Lang;
}

export function outreachTemplate(spec: OutreachSpec): TemplateSheet {
  const lang = spec.lang ?? "en";
  const tx = OUTREACH_TEXT[lang];
  const headers = outreachHeaders(lang);
  const stages = outreachStages(lang);
  // A stage written in any language is offered in the template's.
  const stageIn = (s: string) => {
    const known = outreachStage(s);
    return known ? tx.stages[known] : s;
  };
  const g = new Grid();
  g.set(TITLE_ROW, 1, text(spec.title, true));
  headers.forEach((h, i) => g.set(HEADER_ROW, i + 1, text(h, true)));
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(1, spec.contacts.length + spec.blankRows);
  for (let r = first; r <= last; r++) {
    const c = spec.contacts[r - first];
    if (c) g.set(r, 1, text(c.state));
    g.set(r, 2, c?.date ? { value: c.date, numberFormat: DATE_FORMAT } : { numberFormat: DATE_FORMAT });
    if (c?.stage) g.set(r, 3, text(stageIn(c.stage)));
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
    table: tableArea("OutreachLog", HEADER_ROW, last, 1, headers.length),
    validations: [
      { range: column(2), rule: { type: "date" }, strict: true, promptTitle: tx.dateTitle, prompt: tx.datePrompt, error: tx.dateError },
      { range: column(3), rule: { type: "list", values: stages }, strict: true, promptTitle: tx.stageTitle, prompt: tx.stagePrompt, error: tx.stageError(stages.join(", ")) },
    ],
    conditionalFormats: [],
    namedRanges: [],
    freezeRows: HEADER_ROW,
    freezeColumns: 0,
  };
}
