import { a1, a1Range, columnLetters } from "../a1";
import { parsePeriod } from "../parse/period";
import { DEFAULT_MILESTONES } from "../settings";
import { DATE_FORMAT, GANTT_FILL, MONTH_FORMAT, TEXT_FORMAT } from "./formats";
import { Grid, tableArea, text } from "./grid";
import { firstDay, lastDay, windowMonths, windowYears } from "./months";
import type { MonthWindow, TemplateCell, TemplateColumn, TemplateSheet } from "./template";

/** The header, in order; the core knows each of these names (kinds/activities.ts). */
export const ACTIVITY_HEADERS = ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Start", "End", "Deliverable", "Target", "Achieved", "Status"] as const;
/** Status dropdown; "Done" and "Cancelled" are done for the core (isDoneStatus), so never overdue. */
export const ACTIVITY_STATUSES = ["Planned", "In progress", "Done", "Postponed", "Cancelled"] as const;
/** Action-plan numbers offered in the dropdown (the Lausanne Action Plan has Actions 1–50). */
export const ACTION_NUMBERS = Array.from({ length: 50 }, (_, i) => String(i + 1));
export const BLANK_ACTIVITY_ROWS = 20;

const COL = Object.fromEntries(ACTIVITY_HEADERS.map((h, i) => [h, i + 1])) as Record<(typeof ACTIVITY_HEADERS)[number], number>;
const WIDTHS: readonly TemplateColumn[] = [
  { width: 48, wrap: true }, { width: 26, wrap: true }, { width: 26, wrap: true }, { width: 16, wrap: true }, { width: 20, wrap: true },
  { width: 12 }, { width: 12 }, { width: 40, wrap: true }, { width: 10 }, { width: 10 }, { width: 12 },
];
const MONTH_WIDTH = 6.5;
const DATE_ERROR = "Enter a date, e.g. 1 Mar 2026.";
const TITLE_ROW = 1;
/** The Gantt's month dates sit above the header: a header row must hold only text for the core to find it. */
const MONTH_ROW = 2;
const HEADER_ROW = 3;
const GANTT_FIRST_COLUMN = ACTIVITY_HEADERS.length + 1;

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
  const months = windowMonths(spec.window);
  const title = spec.title ?? `Work plan ${windowYears(spec.window)}`;
  const lastColumn = ACTIVITY_HEADERS.length;
  const ganttLast = GANTT_FIRST_COLUMN + months.length - 1;
  const firstData = HEADER_ROW + 1;
  const lastData = HEADER_ROW + Math.max(1, spec.activities.length + spec.blankRows);
  const g = new Grid();

  g.set(TITLE_ROW, 1, text(title, true));
  months.forEach((m, i) => g.set(MONTH_ROW, GANTT_FIRST_COLUMN + i, { value: { date: firstDay(m) }, numberFormat: MONTH_FORMAT, bold: true }));
  ACTIVITY_HEADERS.forEach((h, i) => g.set(HEADER_ROW, i + 1, text(h, true)));
  for (let r = firstData; r <= lastData; r++) {
    const a = spec.activities[r - firstData];
    const { start, end } = a ? startEndOf(a.timeline, spec.window) : {};
    g.set(r, COL.Activity, maybe(a?.activity));
    g.set(r, COL.Lead, maybe(a?.lead));
    g.set(r, COL.Partners, maybe(a?.partners));
    g.set(r, COL["Action plan reference"], maybe(a?.reference));
    // Text format: Excel and Sheets would turn a typed "March 2026" into a date (one day, not a month).
    g.set(r, COL.Timeline, { ...maybe(a?.timeline), numberFormat: TEXT_FORMAT });
    g.set(r, COL.Start, dateCell(start));
    g.set(r, COL.End, dateCell(end));
    g.set(r, COL.Deliverable, maybe(a?.deliverable));
    g.set(r, COL.Target, maybe(a?.target));
    g.set(r, COL.Status, maybe(a?.status));
  }

  const column = (h: (typeof ACTIVITY_HEADERS)[number]) => a1Range(firstData, COL[h], lastData, COL[h]);
  const gantt = columnLetters(GANTT_FIRST_COLUMN);
  const start = `$${columnLetters(COL.Start)}${firstData}`, end = `$${columnLetters(COL.End)}${firstData}`;
  const month = `${gantt}$${MONTH_ROW}`;
  return {
    kind: "activities",
    prefill: spec.prefill,
    sheetName: spec.sheetName,
    title,
    rows: g.rows(),
    columns: [...WIDTHS, ...months.map(() => ({ width: MONTH_WIDTH }))],
    table: tableArea("Activities", HEADER_ROW, lastData, 1, lastColumn),
    validations: [
      {
        range: column("Action plan reference"), rule: { type: "list", values: ACTION_NUMBERS }, strict: false,
        promptTitle: "Action-plan reference", prompt: "Pick an action (1–50), or type several: 'Actions 38 to 42'.", error: "",
      },
      { range: column("Start"), rule: { type: "date" }, strict: true, promptTitle: "Start date", prompt: "First day, e.g. 1 Mar 2026. Its month must match the Timeline.", error: DATE_ERROR },
      { range: column("End"), rule: { type: "date" }, strict: true, promptTitle: "End date", prompt: "Last day, e.g. 30 Jun 2026. Its month must match the Timeline.", error: DATE_ERROR },
      { range: column("Status"), rule: { type: "list", values: ACTIVITY_STATUSES }, strict: true, promptTitle: "Status", prompt: "Done and Cancelled activities are never reported as overdue.", error: `Pick one of: ${ACTIVITY_STATUSES.join(", ")}.` },
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
