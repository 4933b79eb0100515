/**
 * The panel's words in English. This module defines the catalogue's shape (PanelText): fr.ts and es.ts are
 * typed with it, so a missing key does not compile. Text with parameters is a function; money and dates come
 * in already formatted (a Format, with the user's grouping), counts as numbers so each language makes its plural.
 * Kind and severity names are not here: they come from the shared TERMS (src/core/i18n/terms.ts).
 */

/** "1 table", "2 tables"; English uses the singular for 1 only. */
const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** " The sheet “Budget” is protected against formatting cells: left as it is. …" after a highlight or clear. */
function protectedNote(sheets: readonly string[]): string {
  if (sheets.length === 0) return "";
  const names = sheets.map((s) => `“${s}”`).join(", ");
  const which = sheets.length === 1 ? `The sheet ${names} is` : `The sheets ${names} are`;
  return ` ${which} protected against formatting cells: left as ${sheets.length === 1 ? "it is" : "they are"}. Unprotect (Review › Unprotect Sheet) or allow “Format cells”, then try again.`;
}

export const en = {
  /** "1 error", "2 warnings", "0 info": a count of one severity. */
  severityCount: (count: number, severity: "error" | "warning" | "info"): string =>
    severity === "info" ? `${count} info` : n(count, severity, severity + "s"),
  /** Joins the three counts of the summary line. */
  listJoin: ", ",

  header: { sheetActions: "Sheet actions" },
  actions: { validate: "Validate", highlight: "Highlight issues", clear: "Clear highlights", rollups: "Write rollups" },
  sections: { issues: "Issues", timeline: "Timeline and deliverables", funding: "Funding and execution", allPlans: "All plans", coverage: "Action-plan coverage", compare: "Compare two sheets", share: "Report to share" },

  busy: { validate: "Validating…", highlight: "Highlighting issues…", clear: "Clearing highlights…", rollups: "Writing rollups…", save: "Saving settings…", insert: "Inserting the template…" },
  /** The host's progress steps (the labels bridges report), in words. */
  steps: { readWorkbook: "Reading the workbook", readSpreadsheet: "Reading the spreadsheet…", readSheet: (sheet: string) => `Reading “${sheet}”`, check: "Checking the tables", done: "Done" },
  progressOf: (label: string, done: number, total: number): string => `${label} (${done} of ${total})`,
  dismissError: "Dismiss error",

  operation: { validate: "Validation", highlight: "Highlighting issues", clear: "Clearing highlights", rollups: "Writing rollups", save: "Saving settings", insert: "Inserting the template", load: "Loading settings", select: "Selecting the cell", language: "Saving the language" },
  failed: (operation: string, detail: string): string => `${operation} failed: ${detail}`,
  notStarted: (operation: string): string => `${operation} did not start: fix the settings first.`,
  unreadableReport: (path: string): string => `the host returned a report the panel cannot read (${path}).`,
  noDetails: "Something went wrong (no details were given).",

  status: {
    validated: (tables: number, counts: string): string => `Checked ${n(tables, "table", "tables")}: ${counts}.`,
    highlighted: (cells: number, protectedSheets: readonly string[]): string => `Highlighted ${n(cells, "cell", "cells")}.${protectedNote(protectedSheets)}`,
    cleared: (cells: number, protectedSheets: readonly string[]): string =>
      (cells === 0 ? "No highlights to clear." : `Cleared highlights from ${n(cells, "cell", "cells")}.`) + protectedNote(protectedSheets),
    rollups: (sheet: string): string => `Rollups written to the sheet “${sheet}”.`,
    saved: "Settings saved.",
    inserted: (sheet: string): string => `Template inserted on the new sheet “${sheet}”. Fill it in, then Validate.`,
    imported: (sheet: string, rows: number): string => `${n(rows, "activity", "activities")} imported on the new sheet “${sheet}”. Validate to check them.`,
    language: (name: string): string => `Panel language: ${name}.`,
  },

  summary: {
    chips: "Show issues by severity",
    notChecked: "Not checked yet",
    pressValidate: "Press Validate to check the workplan and budget tables in this workbook.",
    noIssues: "No issues found",
    checked: (tables: number, asOf: string, unlisted: number): string =>
      `${n(tables, "table", "tables")} checked, as of ${asOf}${unlisted > 0 ? `. ${unlisted} more not listed` : ""}`,
  },

  issues: {
    /** Spoken before the cell: "Error in B7". */
    inCell: (severity: string): string => `${severity} in `,
    goTo: (where: string): string => `Go to ${where}`,
    showMore: (count: number): string => `Show ${count} more`,
    outsideTable: "outside any table",
    sectionTitle: (title: string, count: number): string => `${title} (${count})`,
    noTables: "No workplan, budget, staffing or outreach tables were recognised.",
    allPassed: "Every table passed the checks.",
    allFiltered: "All severities are filtered out. Use the chips above to show them.",
  },

  budget: {
    spokenTitle: "Budget: ",
    noTotalRow: "No Total row to compare with.",
    matches: (total: string): string => `Matches the stated total ${total}`,
    differs: (stated: string, diff: string, more: boolean): string => `Stated total ${stated} differs by ${diff} (lines add up to ${more ? "more" : "less"})`,
    staffTag: "staff",
    staff: "Staff",
    other: "Other",
    staffing: "Staffing",
    /** The FTE figure comes written with the decimal mark of the user's grouping. */
    fte: (fte: string): string => `${fte} FTE`,
    inKind: "In kind (not in the total)",
    role: { budget: "budget", actuals: "actuals", difference: "variance", percentage: "percentage" },
    figuresFrom: "Figures from the column ",
    sections: "Sections",
    sectionsList: "Budget sections",
    lines: "Lines",
    linesList: "Budget lines",
    otherColumns: "Other columns",
    otherColumnsList: "Other amount columns",
  },

  funding: {
    spokenTitle: "Funding: ",
    received: (amount: string): string => `Received ${amount}`,
    outstanding: (amount: string): string => `Pledged, not received ${amount}`,
    unpledged: (amount: string): string => `Unpledged ${amount}`,
    noBudget: "No budget table in this workbook: pledged and received are shown without a gap.",
    receivedOf: (budget: string, share: string): string => ` received of ${budget} (${share})`,
    gap: (gap: string): string => `Funding gap ${gap}: budget not yet received`,
    fullyReceived: "Budget fully received",
    pledgedFact: "Pledged",
    receivedFact: "Received",
    contributors: "Contributors",
    contributorLine: (pledged: string): string => `received of ${pledged} pledged`,
  },

  execution: {
    spokenTitle: "Ledger: ",
    overspent: "overspent",
    near: "90%+",
    over: (budget: string, over: string): string => `of ${budget} budget · ${over} over`,
    left: (budget: string, left: string): string => `of ${budget} budget · ${left} left`,
    remaining: "Remaining",
    perMonth: "Spent per month",
    projected: (year: string | null): string => `Projected at 31 Dec${year ? " " + year : ""}`,
    monthsOfCash: "Months of cash",
    sub: (range: string, asOf: string): string => `· ${range} · as of ${asOf}`,
    spentOf: (budget: string, share: string | null): string => ` spent of ${budget}${share !== null ? ` (${share})` : ""}`,
    noBudget: "No budget table in this workbook: spending is not compared with a budget.",
    byLine: "Spending by budget line",
    unmatched: (list: string): string => `Not on a budget line: ${list}`,
  },

  /** Shared by the funding and execution cards. */
  unconverted: (list: string): string => `Left out, no exchange rate: ${list}`,

  timeline: {
    spokenTitle: "Timeline: ",
    title: "Timeline",
    activities: (count: number): string => (count === 1 ? "activity" : "activities"),
    ongoing: "ongoing",
    unscheduled: "unscheduled",
    perQuarter: "Activities per quarter",
    /** "2026-Q1" → "2026 Q1". */
    quarter: (year: string, q: string): string => `${year} Q${q}`,
    corner: "Activity",
    milestone: (names: string): string => `${names} milestone`,
    noActivityText: "(no activity text)",
    milestones: "Milestones",
    milestoneActivities: (count: number): string => ` · named by ${n(count, "activity", "activities")}`, // timelines that name it
    deliverables: "Deliverables: target vs achieved",
    fromOutreachLog: "Counted from the outreach log",
    moreDeliverables: (count: number): string => `And ${n(count, "more deliverable", "more deliverables")}: Write rollups lists them all.`,
    noDates: "no dated activities",
    nothingToChart: "No activity has a readable period to chart.",
    caption: (sheet: string, span: string): string => `Activities of ${sheet} by month, ${span}`,
    scrolls: (sheet: string): string => `Gantt chart of ${sheet}, scrolls sideways`,
    notSent: (count: number): string => `And ${n(count, "more activity", "more activities")} not sent to the panel: Write rollups charts every one.`,
    showRows: (count: number, all: boolean): string => (all ? `Show all ${count} rows` : `Show ${count} rows`),
    firstRows: (shown: number, total: number): string => `First ${shown} of ${total} activities. `,
    /** One letter per month for the narrow Gantt header. */
    initials: "JFMAMJJASOND",
    ongoingSince: (month: string): string => `ongoing since ${month}`,
    upTo: (max: number): string => `up to ${max}`,
    notTracked: (target: string): string => `Target ${target} (not tracked)`,
  },

  allPlans: {
    none: "No activities table to put on a calendar.",
    gantt: "Gantt chart of all plans",
    perMonth: "Activities per month across all plans",
    byLeadChart: "Activities by lead",
    calendar: (from: string, to: string): string => `Calendar ${from} – ${to}`,
    calendarEmpty: "Calendar",
    sub: (plans: number, activities: number, ongoing: number, unscheduled: number): string =>
      `${n(plans, "plan", "plans")} · ${n(activities, "activity", "activities")} · ${ongoing} ongoing · ${unscheduled} unscheduled`,
    busiest: (list: string): string => `Busiest: ${list}`,
    perMonthScroll: "Activities per month, scrolls sideways",
    plans: "Plans",
    ganttScroll: "Gantt chart of all plans, scrolls sideways",
    firstRows: (shown: number, total: number, unsent: boolean): string =>
      `First ${shown} of ${total} activities; ${unsent ? "the rollup sheet has" : "the rollup sheet and the exported report have"} them all.`,
    byLead: "By lead",
    noLead: "(no lead)",
  },

  coverage: {
    chart: (plan: string): string => `Coverage of the ${plan}`,
    action: (action: number): string => `Action ${action}`,
    cited: (count: number, sheets: string): string => `${n(count, "activity", "activities")} · ${sheets}`,
    sub: (cited: number, total: number, notCited: number): string => `${cited} of ${total} actions cited · ${notCited} not cited`,
    notCited: (list: string): string => `Not cited: ${list}`,
    allCited: "Every action is cited.",
    perAction: "Activities per action",
    /** The default plan (LAUSANNE_ACTION_PLAN), named in the language. */
    lausanne: "Lausanne Action Plan",
  },

  compare: {
    change: { added: "Added", removed: "Removed", changed: "Changed" },
    field: { period: "timeline", lead: "lead", status: "status", activity: "activity" },
    total: (old: string, now: string, diff: string): string => `Total: ${old} → ${now} (${diff})`,
    blank: "(blank)",
    noActivityText: "(no activity text)",
    none: "No differences in budget lines or activities.",
    earlierSheet: "Earlier sheet",
    revisedSheet: "Revised sheet",
    compare: "Compare",
    pickTwo: "Pick two different sheets.",
    intro: "Budget lines and activities matched by their text, not their row.",
    earlier: "Earlier",
    revised: "Revised",
    needsTwo: "Needs two sheets with a budget or an activities table.",
  },

  share: {
    download: "Export report",
    window: "Open in a new window",
    intro: "One HTML page to circulate or print to PDF: summary, issues, budget, timelines, all plans and coverage.",
    reportTitle: (file: string | null): string => `Workplan Check report${file ? ` — ${file}` : ""}`,
    generator: (host: string): string => `Workplan Check for ${host}`,
    fileName: (asOf: string): string => `Workplan Check report ${asOf}.html`,
  },

  insert: {
    summary: "Insert template…",
    table: "Table",
    fillWith: "Fill with",
    none: "None (empty table)",
    newSheetOnly: "Added on a new sheet; no existing sheet is changed.",
    insert: "Insert",
  },

  importText: {
    summary: "Import from text…",
    hint: "Periods on their own lines (“February 2026”, “First quarter of 2026”) with the activities below, or lines that start with a period.",
    label: "Timeline of a work plan",
    preview: "Preview",
    insert: "Insert as new sheet",
    columns: { timeline: "Timeline", activity: "Activity", lead: "Lead" },
    moreRows: (count: number): string => `… and ${count} more rows.`,
    toInsert: (count: number): string => `${n(count, "row", "rows")} to insert on a new activities sheet:`,
    changed: "The text changed: preview it again.",
    note: "Added on a new sheet; no existing sheet is changed. Periods the checks cannot read are kept as written and reported.",
  },

  settings: {
    summary: "Settings",
    language: "Language",
    automatic: (name: string): string => `Automatic (${name})`,
    languageHint: "Yours only: each user of the workbook picks their own. Issue messages follow it from the next Validate.",
    grouping: "Number grouping",
    groupingHint: "How amounts are written in the panel, the messages and the rollups of this workbook.",
    asOf: "As-of date",
    asOfHint: "“Today” for overdue and future-date checks. Empty: today.",
    datePlaceholder: "YYYY-MM-DD",
    monthPlaceholder: "YYYY-MM",
    window: "Plan window",
    start: "Start",
    end: "End",
    windowHint: "Empty: read from the table title or sheet name (“2025-2026”).",
    actions: "Action plan references",
    fromAction: "From action",
    toAction: "To action",
    milestones: "Milestones",
    milestonesPlaceholder: "NAME=YYYY-MM",
    milestonesHint: (builtIn: string): string => `One per line, NAME=YYYY-MM. Built in: ${builtIn}.`,
    plans: "Further action plans (coverage)",
    plansPlaceholder: "Vientiane Action Plan (VAP)=1-40",
    plansHint: "One per line, NAME (ABBREVIATION)=FROM-TO. The Lausanne Action Plan (LAP, 1–50) is always shown; references naming another plan count for it.",
    rates: "Exchange rates",
    ratesHint: "One per line, CODE=RATE: the value of one unit in the budget's currency (EUR=0.9412). Wins over a rate table.",
    save: "Save settings",
  },

  /** The settings form's errors (settings-form.ts). */
  form: {
    asOf: (text: string): string => `As-of date “${text}” is not a date (YYYY-MM-DD).`,
    windowBoth: "Plan window needs both a start and an end month (or neither).",
    windowFormat: "Plan window months must be written YYYY-MM.",
    windowOrder: (start: string, end: string): string => `Plan window starts (${start}) after it ends (${end}).`,
    rangeBoth: "Action range needs both a first and a last action number (or neither).",
    rangeWhole: "Action range must be whole numbers.",
    rangeOrder: (from: number, to: number): string => `Action range starts (${from}) after it ends (${to}).`,
    milestone: (name: string, reason: string): string => `Milestone ${name}: ${reason}.`,
    milestoneLine: (line: number, text: string, reason: string): string => `Milestone line ${line} “${text}”: ${reason}.`,
    milestoneTwice: (name: string): string => `Milestone ${name} is listed twice.`,
    lineNumber: (line: number): string => `line ${line}`,
    plan: (line: number, text: string, reason: string): string => `Action plan line ${line} “${text}”: ${reason}.`,
    rateLine: (line: number, text: string): string => `Rate line ${line} “${text}”: write CODE=RATE, e.g. EUR=0.9412.`,
    rateValue: (code: string, text: string): string => `Rate ${code}: “${text}” is not a positive decimal (e.g. 0.9412).`,
    rateTwice: (code: string): string => `Rate ${code} is listed twice.`,
  },

  /** Host failures explained (Excel's office-errors.ts, the Sheets bridge and server, the task pane's entry). */
  host: {
    what: { read: "read the workbook", highlight: "colour the issue cells", clear: "put the cells' fills back", rollups: "write the rollup sheet", template: "add the template's sheet", select: "select the cell" },
    cellEdit: (what: string): string => `Excel is waiting for you to finish editing a cell, so Workplan Check could not ${what}. Press Enter (or Esc) to leave the cell, then try again.`,
    structureProtected: (what: string): string => `Excel refused to ${what}: the workbook's structure is protected (Review › Protect Workbook) or it is read-only. Unprotect it or save a copy you can edit, then try again.`,
    sheetProtected: (what: string): string => `Excel refused to ${what}: a sheet is protected (Review › Unprotect Sheet) or the workbook is read-only.`,
    tooLarge: (what: string): string => `Excel refused a request over its 5 MB limit while Workplan Check tried to ${what}. Please report this with the workbook's size (sheets, rows, columns).`,
    notExcel: "Workplan Check runs in Excel. Open this add-in from Excel's Home tab.",
    missingFunction: (name: string): string => `The Apps Script project has no function ${name}; push the latest build (npm run push).`,
    settingsRefused: (detail: string): string => `Settings not saved: ${detail}`,
    /** Write rollups found a user's sheet where its own goes (Sheets: same name; Excel: same name but for case). */
    rollupSheetTaken: (sheet: string): string => `A sheet named "${sheet}" exists but was not created by Workplan Check. Rename it, then write the rollups again.`,
    rollupSheetTakenCase: (existing: string, sheet: string): string =>
      `A sheet named "${existing}" already exists and was not written by Workplan Check (Excel's sheet names ignore case, so it stands in the place of "${sheet}"). Rename or delete it, then write the rollups again.`,
  },

  /** The Sheets menu (menu.ts) and its toasts (menu-actions.ts). */
  sheetsMenu: {
    open: "Open panel",
    insertTemplate: "Insert template…",
    counts: (counts: string, tables: number): string => `${counts} in ${n(tables, "table", "tables")}.`,
    budget: (sheet: string, total: string): string => ` Budget ${sheet}: ${total}.`,
    highlighted: (cells: number): string => `Highlighted ${n(cells, "cell", "cells")}.`,
    restored: (cells: number): string => `Restored the fill of ${n(cells, "cell", "cells")}.`,
    rollups: (sheet: string): string => `Rollups written to "${sheet}".`,
  },
};

/** The catalogue's shape: every language module is typed with it. */
export type PanelText = typeof en;
