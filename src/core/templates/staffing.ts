import { a1Range } from "../a1";
import type { Lang } from "../i18n/lang";
import { FTE_TOTAL_FORMAT, MONEY_FORMAT, SHARE_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import type { TemplateSheet } from "./template";
import { STAFFING_TEXT } from "./text";

/** "Annual cost (CHF)" is read by the core as the staffing cost column (in every language); the Total row is skipped as a post. */
export const staffingHeaders = (lang: Lang = "en"): string[] => {
  const h = STAFFING_TEXT[lang].headers;
  return [h.position, h.fte, h.cost, h.notes];
};
export const STAFFING_HEADERS = staffingHeaders("en");
/** The FTE total's format: "2.5 FTE", "2.5 ETP", "2.5 EJC" (the decimal mark is the spreadsheet's). */
export const fteTotalFormat = (lang: Lang): string => (lang === "en" ? FTE_TOTAL_FORMAT : `0.0# "${STAFFING_TEXT[lang].fteUnit}"`);
export const BLANK_STAFFING_ROWS = 6;
const TITLE_ROW = 1;
const HEADER_ROW = 2;

export interface PositionInput {
  readonly position: string;
  /** Share of full time: 1 = 100%. */
  readonly fte?: number;
  readonly cost?: number;
  readonly notes?: string;
}

export interface StaffingSpec {
  readonly sheetName: string;
  readonly title: string;
  readonly positions: readonly PositionInput[];
  readonly blankRows: number;
  readonly prefill?: string;
  readonly lang?: Lang;
}

export function staffingTemplate(spec: StaffingSpec): TemplateSheet {
  const lang = spec.lang ?? "en";
  const tx = STAFFING_TEXT[lang];
  const headers = staffingHeaders(lang);
  const g = new Grid();
  g.set(TITLE_ROW, 1, text(spec.title, true));
  headers.forEach((h, i) => g.set(HEADER_ROW, i + 1, text(h, true)));
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(1, spec.positions.length + spec.blankRows);
  for (let r = first; r <= last; r++) {
    const p = spec.positions[r - first];
    if (p) g.set(r, 1, text(p.position));
    g.set(r, 2, p?.fte !== undefined ? { value: p.fte, numberFormat: SHARE_FORMAT } : { numberFormat: SHARE_FORMAT });
    g.set(r, 3, p?.cost !== undefined ? { value: p.cost, numberFormat: MONEY_FORMAT } : { numberFormat: MONEY_FORMAT });
    if (p?.notes) g.set(r, 4, text(p.notes));
  }
  const total = last + 1;
  g.set(total, 1, text(tx.total, true));
  g.set(total, 2, { formula: `=SUM(B${first}:B${last})`, result: g.sumColumn(2, first, last), numberFormat: fteTotalFormat(lang), bold: true });

  return {
    kind: "staffing",
    prefill: spec.prefill,
    sheetName: spec.sheetName,
    title: spec.title,
    rows: g.rows(),
    columns: [{ width: 36, wrap: true }, { width: 10 }, { width: 18 }, { width: 70, wrap: true }],
    table: tableArea("Staffing", HEADER_ROW, total, 1, headers.length, false),
    validations: [
      { range: a1Range(first, 2, last, 2), rule: { type: "decimal", min: 0, max: 1 }, strict: true, promptTitle: tx.fteTitle, prompt: tx.ftePrompt, error: tx.fteError },
      { range: a1Range(first, 3, last, 3), rule: { type: "decimal", min: 0, max: 10_000_000 }, strict: true, promptTitle: tx.costTitle, prompt: tx.costPrompt, error: tx.costError },
    ],
    conditionalFormats: [],
    namedRanges: [],
    freezeRows: HEADER_ROW,
    freezeColumns: 0,
  };
}
