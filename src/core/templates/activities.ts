import { a1, a1Range, columnLetters } from "../a1";
import { monthShort } from "../i18n/months";
import { LANGS, type Lang } from "../i18n/lang";
import { normaliseLabel } from "../text";
import { parsePeriod } from "../parse/period";
import { DEFAULT_MILESTONES } from "../settings";
import { DATE_FORMAT, GANTT_FILL, MONTH_FORMAT, TEXT_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import { firstDay, lastDay, windowMonths, windowYears } from "./months";
import type { MonthWindow, TemplateCell, TemplateColumn, TemplateSheet } from "./template";
import { ACTIVITIES_TEXT, ACTIVITY_COLUMNS, ACTIVITY_STATUS_KEYS } from "./text";
import type { ActivityColumn, ActivityStatusKey } from "./text";

/** The header in a language, in order; the core knows each of these names in every language (kinds/activities.ts). */
export const activityHeaders = (lang: Lang = "en"): string[] => ACTIVITY_COLUMNS.map((c) => ACTIVITIES_TEXT[lang].headers[c]);
/** The status dropdown in a language; "done" and "cancelled" are done for the core (isDoneStatus), so never overdue. */
export const activityStatuses = (lang: Lang = "en"): string[] => ACTIVITY_STATUS_KEYS.map((k) => ACTIVITIES_TEXT[lang].statuses[k]);
/** The English header and statuses, as they always were. */
export const ACTIVITY_HEADERS = activityHeaders("en");
export const ACTIVITY_STATUSES = activityStatuses("en");

/** A status written in any language's dropdown words, in `lang`'s; other text as written. */
export function statusIn(lang: Lang, status: string): string {
  const n = normaliseLabel(status);
  for (const l of LANGS) {
    const key = ACTIVITY_STATUS_KEYS.find((k: ActivityStatusKey) => normaliseLabel(ACTIVITIES_TEXT[l].statuses[k]) === n);
    if (key) return ACTIVITIES_TEXT[lang].statuses[key];
  }
  return status;
}
/** Action-plan numbers offered in the dropdown (the Lausanne Action Plan has Actions 1–50). */
export const ACTION_NUMBERS = Array.from({ length: 50 }, (_, i) => String(i + 1));
export const BLANK_ACTIVITY_ROWS = 20;

const COL = Object.fromEntries(ACTIVITY_COLUMNS.map((h, i) => [h, i + 1])) as Record<ActivityColumn, number>;
const WIDTHS: readonly TemplateColumn[] = [
  { width: 48, wrap: true }, { width: 26, wrap: true }, { width: 26, wrap: true }, { width: 16, wrap: true }, { width: 20, wrap: true },
  { width: 12 }, { width: 12 }, { width: 40, wrap: true }, { width: 10 }, { width: 10 }, { width: 12 },
];
const MONTH_WIDTH = 6.5;
const TITLE_ROW = 1;
/** The Gantt's month dates sit above the header: a header row must hold only text for the core to find it. */
const MONTH_ROW = 2;
const HEADER_ROW = 3;
const GANTT_FIRST_COLUMN = ACTIVITY_COLUMNS.length + 1;

/** One activity as written in a work plan; Start/End are derived from the timeline text. */
export interface ActivityInput {
  readonly activity: string;
  readonly lead: string;
  readonly partners?: string;
  readonly reference?: string;
  readonly timeline: string;
  readonly deliverable?: string;
  /** The deliverable's target as written ("at least 10 documented meetings"). */
  readonly target?: string;
  readonly status?: string;
}

export interface ActivitiesSpec {
  readonly sheetName: string;
  /** Defaults to "Work plan YYYY-YYYY" from the window, so the core reads the window back. */
  readonly title?: string;
  readonly window: MonthWindow;
  readonly activities: readonly ActivityInput[];
  /** Empty rows after the activities, ready to fill. */
  readonly blankRows: number;
  readonly prefill?: string;
  /** The language of the headers, dropdowns, prompts and month names (default English). */
  readonly lang?: Lang;
}

/**
 * A Gantt month's number format. English keeps Excel's own `mmm yy`; other languages spell the month
 * as quoted text ("janv. 26"), because Excel and Sheets name months in the spreadsheet's locale, not the
 * template's. The cell stays a date either way, so the shading formula compares dates.
 */
export function monthFormatOf(lang: Lang, monthKeyText: string): string {
  if (lang === "en") return MONTH_FORMAT;
  const label = `${monthShort(lang, Number(monthKeyText.slice(5, 7)))} ${monthKeyText.slice(2, 4)}`;
  return `"${label.replace(/"/g, "")}"`;
}

/** As the core reads timelines by default; one object, so parsePeriod's memo is reused. */
const PERIOD_OPTIONS = { milestones: { ...DEFAULT_MILESTONES } };

/**
 * Start and End dates for a timeline, as the core reads it (parsePeriod with the default milestones), so
 * they never disagree (period.dates-disagree). Open-ended "ongoing" sides take the plan window's bounds.
 */
export function startEndOf(timeline: string, window: MonthWindow): { start?: string; end?: string } {
  const p = parsePeriod(timeline, PERIOD_OPTIONS);
  if (!p.ok) return {};
  const { startDate, endDate, ongoing } = p.value;
  return {
    start: startDate ?? (ongoing ? firstDay(window.start) : undefined),
    end: endDate ?? (ongoing ? lastDay(window.end) : undefined),
  };
}

const maybe = (s: string | undefined): TemplateCell | null => (s ? { value: s } : null);
const dateCell = (iso: string | undefined): TemplateCell => (iso ? { value: { date: iso }, numberFormat: DATE_FORMAT } : { numberFormat: DATE_FORMAT });

export function activitiesTemplate(spec: ActivitiesSpec): TemplateSheet {
  const lang = spec.lang ?? "en";
  const tx = ACTIVITIES_TEXT[lang];
  const months = windowMonths(spec.window);
  const title = spec.title ?? tx.title(windowYears(spec.window));
  const lastColumn = ACTIVITY_COLUMNS.length;
  const ganttLast = GANTT_FIRST_COLUMN + months.length - 1;
  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + Math.max(1, spec.activities.length + spec.blankRows);
  const g = new Grid();

  g.set(TITLE_ROW, 1, text(title, true));
  months.forEach((m, i) => g.set(MONTH_ROW, GANTT_FIRST_COLUMN + i, { value: { date: firstDay(m) }, numberFormat: monthFormatOf(lang, m), bold: true }));
  ACTIVITY_COLUMNS.forEach((h, i) => g.set(HEADER_ROW, i + 1, text(tx.headers[h], true)));
  for (let r = firstData; r <= lastData; r++) {
    const a = spec.activities[r - firstData];
    const { start, end } = a ? startEndOf(a.timeline, spec.window) : {};
    g.set(r, COL.activity, maybe(a?.activity));
    g.set(r, COL.lead, maybe(a?.lead));
    g.set(r, COL.partners, maybe(a?.partners));
    g.set(r, COL.reference, maybe(a?.reference));
    // Text format: Excel and Sheets would turn a typed "March 2026" into a date (one day, not a month).
    g.set(r, COL.timeline, { ...maybe(a?.timeline), numberFormat: TEXT_FORMAT });
    g.set(r, COL.start, dateCell(start));
    g.set(r, COL.end, dateCell(end));
    g.set(r, COL.deliverable, maybe(a?.deliverable));
    g.set(r, COL.target, maybe(a?.target));
    g.set(r, COL.status, maybe(a?.status === undefined ? undefined : statusIn(lang, a.status)));
  }

  const column = (h: ActivityColumn) => a1Range(firstData, COL[h], lastData, COL[h]);
  const gantt = columnLetters(GANTT_FIRST_COLUMN);
  const start = `$${columnLetters(COL.start)}${firstData}`, end = `$${columnLetters(COL.end)}${firstData}`;
  const month = `${gantt}$${MONTH_ROW}`;
  const statuses = activityStatuses(lang);
  return {
    kind: "activities",
    prefill: spec.prefill,
    sheetName: spec.sheetName,
    title,
    rows: g.rows(),
    columns: [...WIDTHS, ...months.map(() => ({ width: MONTH_WIDTH }))],
    table: tableArea("Activities", HEADER_ROW, lastData, 1, lastColumn),
    validations: [
      { range: column("reference"), rule: { type: "list", values: ACTION_NUMBERS }, strict: false, promptTitle: tx.referenceTitle, prompt: tx.referencePrompt, error: "" },
      { range: column("start"), rule: { type: "date" }, strict: true, promptTitle: tx.startTitle, prompt: tx.startPrompt, error: tx.dateError },
      { range: column("end"), rule: { type: "date" }, strict: true, promptTitle: tx.endTitle, prompt: tx.endPrompt, error: tx.dateError },
      { range: column("status"), rule: { type: "list", values: statuses }, strict: true, promptTitle: tx.statusTitle, prompt: tx.statusPrompt, error: tx.statusError(statuses.join(", ")) },
    ],
    conditionalFormats: [
      {
        range: a1Range(firstData, GANTT_FIRST_COLUMN, lastData, ganttLast),
        // The month is shaded when it overlaps Start..End: its first day is on or before End and on or after Start's month.
        formula: `=AND(${month}>=DATE(YEAR(${start}),MONTH(${start}),1),${month}<=${end})`,
        fill: GANTT_FILL,
      },
    ],
    namedRanges: [],
    freezeRows: HEADER_ROW,
    freezeColumns: 1,
    planWindow: spec.window,
  };
}

/** The first Gantt cell of a data row, for tests and hosts that want to point at the Gantt. */
export const ganttCell = (row: number, monthIndex: number): string => a1(row, GANTT_FIRST_COLUMN + monthIndex);
