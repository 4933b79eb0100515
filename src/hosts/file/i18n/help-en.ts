/**
 * The command line's --help, in English: this module defines the shape (French and Spanish are typed with it).
 * Commander's own titles ("Usage:", "Options:") are translated through `titles`.
 */
export interface HelpText {
  readonly titles: Readonly<Record<"Usage:" | "Options:" | "Arguments:" | "Commands:", string>>;
  readonly program: string;
  readonly help: string;
  readonly version: string;
  readonly check: {
    readonly description: string;
    readonly files: string;
    readonly json: string;
    readonly maxIssues: string;
    readonly html: string;
    readonly pdf: string;
    readonly verbose: string;
    readonly noColor: string;
    readonly exitCodes: string;
  };
  readonly consolidate: {
    readonly description: string;
    readonly files: string;
    readonly json: string;
    readonly out: string;
    readonly html: string;
    readonly pdf: string;
    readonly noColor: string;
    readonly exitCodes: string;
  };
  readonly diff: {
    readonly description: string;
    readonly old: string;
    readonly new: string;
    readonly json: string;
    readonly noColor: string;
    readonly exitCodes: string;
  };
  readonly import: {
    readonly description: string;
    readonly file: string;
    readonly out: string;
    readonly json: string;
    readonly force: string;
    readonly noColor: string;
    readonly exitCodes: string;
  };
  readonly template: {
    readonly description: string;
    readonly kind: string;
    readonly out: string;
    readonly prefill: string;
    readonly planWindow: string;
    readonly lang: string;
    readonly force: string;
    readonly seeds: string;
    readonly exitCodes: string;
  };
  readonly settings: {
    readonly lang: (langs: string) => string;
    readonly grouping: (groupings: string) => string;
    readonly asOf: string;
    readonly planWindow: string;
    readonly actions: string;
    readonly actionPlan: string;
    readonly milestone: string;
    readonly currency: string;
    readonly rate: string;
    readonly reader: string;
  };
}

export const helpEn: HelpText = {
  titles: { "Usage:": "Usage:", "Options:": "Options:", "Arguments:": "Arguments:", "Commands:": "Commands:" },
  program: "Validate workplan tables and budget sheets, and compute budget and timeline rollups.",
  help: "display help for command",
  version: "output the version number",
  check: {
    description: "check workplan, budget, staffing and outreach tables in .xlsx, .xls, .ods or .csv files",
    files: ".xlsx, .xlsm, .xlsb, .xls, .ods or .csv files (the type is read from the content, not the name)",
    json: "print one JSON report on stdout (for several files: { \"reports\": [...] })",
    maxIssues: "list at most n issues per rule and table, then one summary (0 lists all; default 200)",
    html: "also write the report to share as one self-contained HTML page (print it to PDF from any browser)",
    pdf: "also print that report to PDF with headless Chromium, Chrome or Edge when one is installed",
    verbose: "in the text report, list every issue instead of the first few of each kind per table",
    noColor: "no colours in the text report (also: NO_COLOR=1)",
    exitCodes: "Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file or an argument cannot be read.",
  },
  consolidate: {
    description: "one calendar across the activities tables of one workbook or several files, with action-plan coverage",
    files: ".xlsx or .csv files",
    json: "print { \"consolidated\": {...} } on stdout",
    out: "also write the consolidated calendar and coverage as an .xlsx",
    html: "also write the report to share as one self-contained HTML page",
    pdf: "also print that report to PDF with headless Chromium, Chrome or Edge when one is installed",
    noColor: "no colours in the text output",
    exitCodes: "Exit codes: 0 every file read, 2 a file or an argument cannot be read (or an output cannot be written).",
  },
  diff: {
    description: "what changed between two versions of a workbook: budget lines and activities, matched by their text",
    old: "the earlier version (.xlsx or .csv)",
    new: "the revised version",
    json: "print the changes as JSON",
    noColor: "no colours in the text output",
    exitCodes: "Exit codes: 0 nothing differs, 1 something does, 2 a file or an argument cannot be read.",
  },
  import: {
    description: "read a work plan written as a document (.docx, .md, .txt) into an activities table (and its budget table), then check it",
    file: "the work plan document: .docx, .md or .txt",
    out: "the .xlsx file to write",
    json: "print what was found (with each row's place in the document) and the check's report as one JSON object",
    force: "replace the --out file if it exists",
    noColor: "no colours in the text report (also: NO_COLOR=1)",
    exitCodes: "Exit codes: 0 written and no errors, 1 written and the check found errors (e.g. a timeline it cannot read), 2 the document cannot be imported or the file cannot be written.",
  },
  template: {
    description: "write a ready-made table (activities, budget, staffing, outreach, contributions, expenditure, rates) as an .xlsx to fill in",
    kind: "the kind of table",
    out: "the .xlsx file to write",
    prefill: "fill it with a published work plan or budget",
    planWindow: "activities: the Gantt's months, YYYY-MM:YYYY-MM (default: this year and the next)",
    lang: "the template's language: en, fr or es (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)",
    force: "replace FILE if it exists",
    seeds: "Seeds:",
    exitCodes: "Exit codes: 0 written, 2 a bad argument or the file cannot be written.",
  },
  settings: {
    lang: (langs) => `language of the report and messages: ${langs} (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, else en)`,
    grouping: (groupings) => `how amounts are grouped: ${groupings} (default: apostrophe, 514'753)`,
    asOf: "today's date for overdue and future checks, YYYY-MM-DD (default: today)",
    planWindow: "the plan period, YYYY-MM:YYYY-MM (default: read from titles and names)",
    actions: "valid action-plan numbers, e.g. 1-50 (default: 1-50)",
    actionPlan: "another action plan for coverage, e.g. \"Vientiane Action Plan (VAP)=1-40\" (repeatable)",
    milestone: "a named milestone, e.g. 3RC=2026-09 (repeatable)",
    currency: "currency when a sheet does not say (default: CHF)",
    rate: "an exchange rate to the budget's currency, e.g. EUR=0.9412 (repeatable; wins over a rate table)",
    reader: "workbook reader: auto (this tool's own, SheetJS for .xls/.xlsb/.ods), or whole, stream (ExcelJS), sheetjs",
  },
};
