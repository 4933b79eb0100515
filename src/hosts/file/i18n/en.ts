/**
 * Every string the command line prints, in English. This module defines the shape: the French and Spanish
 * modules are typed with it, so a key missing there does not compile. Amounts, shares and dates reach these
 * functions already formatted (cli-locale.ts), so grouping and month names stay in one place.
 */
const plural = (n: number | string, one: string, many = one + "s"): string => `${n} ${Number(n) === 1 ? one : many}`;

export interface CliText {
  /** Dates in running text: English keeps ISO dates ("2026-01-15"), as its issue messages do. */
  readonly isoDates: boolean;
  /** A month in the Gantt's first column: "2026-01" (English), "janv. 2026" (French). */
  readonly monthRow: (key: string, short: string) => string;
  /** The byLead key of activities with a blank lead (the core's NO_LEAD). */
  readonly noLead: string;
  /** The default action plan's name (LAUSANNE_ACTION_PLAN) in the language's treaty texts. */
  readonly lausanne: string;
  /** A quarter: "2026-Q1", "T1 2026". */
  readonly quarter: (year: string, q: number) => string;

  readonly header: {
    readonly workbook: string;
    readonly asOf: (date: string) => string;
    readonly tablesFound: (n: number) => string;
    readonly rows: (n: number) => string;
    readonly excelTable: string;
    readonly noTables: string;
    readonly note: string;
  };
  readonly issues: {
    readonly none: string;
    /** The group of issues that belong to the sheet, not to one table. */
    readonly sheetLevel: string;
    readonly more: (n: number, code: string, cells: string) => string;
    readonly valid: string;
    readonly notValid: string;
    readonly errors: (n: number) => string;
    readonly warnings: (n: number) => string;
    readonly infos: (n: number) => string;
    /** "✔ valid: 0 errors, 2 warnings, 0 info". */
    readonly summary: (verdict: string, counts: string) => string;
  };
  readonly reading: {
    readonly streaming: string;
    readonly cutCell: (cell: string, length: string) => string;
    readonly cut: (count: string, max: string, named: string) => string;
  };
  readonly budget: {
    readonly title: string;
    readonly staff: string;
    readonly computedTotal: string;
    readonly statedTotal: string;
    readonly none: string;
    readonly noTotalRow: string;
    readonly matches: string;
    readonly differs: (amount: string, statedHigher: boolean) => string;
    readonly staffOther: (staff: string, staffShare: string, other: string, otherShare: string) => string;
    readonly fte: (n: string) => string;
    readonly unknownFte: string;
    readonly inKind: string;
    /** One in-kind line: "Administrative expenses (A10): GICHD, in-kind — …". */
    readonly inKindLine: (label: string, cell: string, note: string) => string;
    readonly staffingTitle: string;
    readonly positions: (n: number, fte: string) => string;
  };
  readonly funding: {
    readonly title: string;
    readonly contributors: (currency: string, n: number) => string;
    readonly noBudget: string;
    readonly budget: string;
    readonly pledged: string;
    readonly received: string;
    readonly outstanding: string;
    readonly outstandingNote: string;
    readonly gap: string;
    readonly gapNote: string;
    readonly fullyFunded: string;
    readonly unpledged: string;
    readonly unpledgedNote: string;
    readonly ofBudget: (share: string) => string;
    readonly leftOut: (parts: string) => string;
    readonly byPledged: string;
    readonly byReceived: string;
  };
  readonly execution: {
    readonly title: string;
    readonly asOf: (currency: string, date: string) => string;
    readonly of: string;
    readonly overspent: string;
    readonly nearlySpent: string;
    readonly notABudgetLine: (cell: string) => string;
    readonly noBudget: string;
    readonly total: string;
    readonly remaining: (amount: string) => string;
    readonly perMonth: (amount: string) => string;
    readonly projected: (amount: string) => string;
    readonly monthsOfCash: (n: string) => string;
  };
  readonly timeline: {
    readonly title: string;
    readonly activities: (n: number) => string;
    readonly window: (from: string, to: string) => string;
    readonly noMonths: string;
    readonly ongoingUnscheduled: (ongoing: number, unscheduled: number) => string;
    readonly milestones: string;
    /** After a milestone: how many activities' timelines name it ("3RC" in "Before 3RC"), not those in its month. */
    readonly namedBy: (n: number) => string;
  };
  readonly deliverables: {
    readonly title: string;
    readonly target: (target: string) => string;
    readonly fromOutreachLog: string;
    readonly notCounted: string;
  };
  readonly consolidated: {
    readonly allPlans: string;
    readonly title: (plans: number, activities: number) => string;
    readonly busiest: string;
    readonly byLead: string;
    readonly coverage: (plan: string, from: number, to: number) => string;
    readonly cited: (n: number, list: string) => string;
    readonly notCited: (n: number, list: string) => string;
    readonly none: string;
  };
  readonly diff: {
    readonly title: (oldFile: string, newFile: string) => string;
    readonly none: string;
    readonly added: string;
    readonly removed: string;
    readonly changed: string;
    readonly budget: (n: number) => string;
    readonly activities: (n: number) => string;
    readonly label: (oldLabel: string, newLabel: string) => string;
    readonly total: (sheet: string, change: string) => string;
    /** A changed budget line: "Travel: 20'000 → 25'000". */
    readonly line: (label: string, what: string) => string;
    /** A changed activity field: "period: May 2026 → June 2026". */
    readonly fieldChange: (field: string, oldValue: string, newValue: string) => string;
    readonly blank: string;
    readonly noActivityText: string;
    /** A changed activity field, named as its column is (the JSON keeps "period", "lead", …). */
    readonly fields: Readonly<Record<"period" | "lead" | "status" | "activity", string>>;
  };
  readonly importing: {
    readonly summary: (file: string, out: string, activities: number, deliverables: number, budgets: number, sheets: string) => string;
    readonly budget: (title: string, lines: number, total: string) => string;
    readonly note: (where: string, message: string) => string;
  };
  /** An activity's period in the diff: "ongoing since Feb 2026". */
  readonly period: {
    readonly ongoing: string;
    readonly unscheduled: string;
    readonly ongoingSince: (month: string) => string;
  };
  readonly progress: {
    readonly reading: string;
    readonly readingRows: (rows: string) => string;
    readonly checking: string;
  };
  /** A bad command-line value (UsageError's problem in options.ts): one line, exit 2. */
  readonly usage: {
    readonly planWindow: (text: string) => string;
    readonly planWindowOrder: (text: string) => string;
    readonly actions: (text: string) => string;
    readonly milestone: (text: string) => string;
    readonly actionPlan: (text: string, reason: string) => string;
    readonly maxIssues: (text: string) => string;
    readonly rate: (text: string) => string;
    readonly asOf: (text: string) => string;
    readonly currency: (text: string) => string;
    readonly settings: (detail: string) => string;
    readonly reader: (choices: string, text: string) => string;
    readonly lang: (choices: string, text: string) => string;
    readonly grouping: (choices: string, text: string) => string;
    /** The word before a list's last choice: "en, fr or es". */
    readonly or: string;
    readonly outXlsx: (text: string) => string;
    readonly shareExt: (flag: string, ext: string, text: string) => string;
    readonly noFolder: (text: string, dir: string) => string;
    readonly isFolder: (text: string) => string;
    readonly exists: (text: string) => string;
    readonly prefillKind: (prefill: string, its: string, asked: string) => string;
    readonly planWindowOnly: () => string;
    readonly cannotWrite: (text: string, detail: string) => string;
  };
  /** Why a file cannot be read (FileProblem in file-read-error.ts), one line naming the file. */
  readonly files: {
    readonly notFound: (file: string) => string;
    readonly folder: (file: string) => string;
    readonly notRegular: (file: string) => string;
    readonly special: (file: string, what: "pipe" | "socket" | "device") => string;
    readonly empty: (file: string) => string;
    readonly odfNotSpreadsheet: (file: string) => string;
    readonly pdf: (file: string) => string;
    readonly binary: (file: string) => string;
    readonly markup: (file: string, what: "html" | "xml") => string;
    readonly encrypted: (file: string) => string;
    readonly permission: (file: string) => string;
    readonly unreadable: (file: string, code: string) => string;
    readonly internal: (file: string, detail: string) => string;
  };
  readonly output: {
    readonly wrote: (file: string) => string;
    /** After `template`: the file, the template's kind and sheet, what filled it, and how to check it. */
    readonly templateWrote: (file: string, kind: string, sheet: string, filledWith: string | undefined, kindName: string) => string;
  };
}

export const en: CliText = {
  isoDates: true,
  monthRow: (key) => key,
  noLead: "(no lead)",
  lausanne: "Lausanne Action Plan",
  quarter: (year, q) => `${year}-Q${q}`,

  header: {
    workbook: "(workbook)",
    asOf: (date) => `as of ${date}`,
    tablesFound: (n) => `${plural(n, "table")} found`,
    rows: (n) => plural(n, "row"),
    excelTable: "(Excel table)",
    noTables: "no workplan, budget, staffing or outreach table recognised",
    note: "note: ",
  },
  issues: {
    none: "No issues found.",
    sheetLevel: "sheet",
    more: (n, code, cells) => `… and ${n} more ${code} in this table (${cells}); --verbose lists them`,
    valid: "✔ valid",
    notValid: "✘ not valid",
    errors: (n) => plural(n, "error"),
    warnings: (n) => plural(n, "warning"),
    summary: (verdict, parts) => `${verdict}: ${parts}`,
    infos: (n) => `${n} info`,
  },
  reading: {
    streaming: "read with ExcelJS's streaming reader (--reader stream): Excel tables, merged cells and some formula errors are not seen; the default reader reads them.",
    cutCell: (cell, length) => `${cell} (${length} characters)`,
    cut: (count, max, named) => `${count} cell(s) hold more text than Excel allows and were read cut to ${max} characters: ${named}`,
  },
  budget: {
    title: "Budget",
    staff: "staff",
    computedTotal: "Computed total",
    statedTotal: "Stated total",
    none: "none",
    noTotalRow: "no Total row",
    matches: "matches",
    differs: (amount, higher) => `differs by ${amount} (${higher ? "stated is higher" : "stated is lower"})`,
    staffOther: (staff, staffShare, other, otherShare) => `Staff costs ${staff} (${staffShare}) · other costs ${other} (${otherShare})`,
    fte: (n) => `${n} FTE`,
    unknownFte: "FTE ?",
    inKind: "In kind (not in the total):",
    inKindLine: (label, cell, note) => `${label} (${cell}): ${note}`,
    staffingTitle: "Staffing",
    positions: (n, fte) => `${plural(n, "position")}, ${fte} FTE`,
  },
  funding: {
    title: "Funding",
    contributors: (c, n) => `${c}, ${plural(n, "contributor")}`,
    noBudget: "No budget table in this workbook: the gap cannot be computed.",
    budget: "Budget",
    pledged: "Pledged",
    received: "Received",
    outstanding: "Outstanding",
    outstandingNote: "pledged, not yet received",
    gap: "Gap",
    gapNote: "budget not yet received",
    fullyFunded: "fully funded",
    unpledged: "Unpledged",
    unpledgedNote: "budget not yet pledged",
    ofBudget: (share) => `${share} of the budget`,
    leftOut: (parts) => `Left out (no rate): ${parts}`,
    byPledged: "pledged",
    byReceived: "received",
  },
  execution: {
    title: "Execution",
    asOf: (c, date) => `${c}, as of ${date}`,
    of: "of",
    overspent: "overspent",
    nearlySpent: "90%+",
    notABudgetLine: (cell) => `not a budget line (${cell})`,
    noBudget: "No budget table in this workbook: spending is not compared with a budget.",
    total: "Total",
    remaining: (a) => `remaining ${a}`,
    perMonth: (a) => `${a} a month`,
    projected: (a) => `projected year-end ${a}`,
    monthsOfCash: (n) => `${n} months of cash`,
  },
  timeline: {
    title: "Timeline",
    activities: (n) => plural(n, "activity", "activities"),
    window: (from, to) => `window ${from} – ${to}`,
    noMonths: "no scheduled months",
    ongoingUnscheduled: (o, u) => `Ongoing: ${o} · Unscheduled: ${u}`,
    milestones: "Milestones: ",
    namedBy: (n) => `named by ${plural(n, "activity", "activities")}`,
  },
  deliverables: {
    title: "Deliverables · target vs achieved",
    target: (t) => `target ${t}`,
    fromOutreachLog: " (outreach log)",
    notCounted: " (not counted)",
  },
  consolidated: {
    allPlans: "All plans",
    title: (plans, activities) => `All plans · ${plural(plans, "plan")} · ${plural(activities, "activity", "activities")}`,
    busiest: "Busiest months: ",
    byLead: "By lead",
    coverage: (plan, from, to) => `Coverage · ${plan} (actions ${from}–${to})`,
    cited: (n, list) => `Cited (${n}): ${list}`,
    notCited: (n, list) => `Not cited (${n}): ${list}`,
    none: "none",
  },
  diff: {
    title: (a, b) => `Changes from ${a} to ${b}`,
    none: "No differences in budget lines or activities.",
    added: "+ added",
    removed: "- removed",
    changed: "~ changed",
    budget: (n) => `Budget · ${plural(n, "change")}`,
    activities: (n) => `Activities · ${plural(n, "change")}`,
    label: (a, b) => `label "${a}" → "${b}"`,
    total: (sheet, change) => `Total ${sheet}: ${change}`,
    line: (label, what) => `${label}: ${what}`,
    fieldChange: (field, a, b) => `${field}: ${a} → ${b}`,
    blank: "(blank)",
    noActivityText: "(no activity text)",
    fields: { period: "period", lead: "lead", status: "status", activity: "activity" },
  },
  importing: {
    summary: (file, out, a, d, b, sheets) =>
      `imported ${file} → ${out}: ${plural(a, "activity", "activities")}, ${d} deliverables and expected outputs, ${plural(b, "budget table")}; sheets: ${sheets}`,
    budget: (title, lines, total) => `budget '${title}': ${lines} lines, total ${total}`,
    note: (where, message) => `note ${where}: ${message}`,
  },
  period: {
    ongoing: "ongoing",
    unscheduled: "unscheduled",
    ongoingSince: (m) => `ongoing since ${m}`,
  },
  progress: {
    reading: "reading",
    readingRows: (rows) => `reading · ${rows} rows`,
    checking: "checking",
  },
  usage: {
    planWindow: (t) => `--plan-window expects YYYY-MM:YYYY-MM (e.g. 2025-01:2026-12), not '${t}'`,
    planWindowOrder: (t) => `--plan-window starts after it ends ('${t}')`,
    actions: (t) => `--actions expects a range like 1-50, not '${t}'`,
    milestone: (t) => `--milestone expects NAME=YYYY-MM (e.g. 3RC=2026-09), not '${t}'`,
    actionPlan: (t, reason) => `--action-plan '${t}': ${reason}`,
    maxIssues: (t) => `--max-issues expects a whole number (0 lists all), not '${t}'`,
    rate: (t) => `--rate expects CODE=RATE with a positive decimal rate (e.g. EUR=0.9412, the value of one unit in the budget's currency), not '${t}'`,
    asOf: (t) => `--as-of expects a date YYYY-MM-DD, not '${t}'`,
    currency: (t) => `--currency expects a three-letter code like CHF, not '${t}'`,
    settings: (detail) => `invalid settings: ${detail}`,
    reader: (choices, t) => `--reader expects ${choices}, not '${t}'`,
    lang: (choices, t) => `--lang expects ${choices}, not '${t}'`,
    grouping: (choices, t) => `--grouping expects ${choices}, not '${t}'`,
    or: "or",
    outXlsx: (t) => `--out must name an .xlsx file, not '${t}'`,
    shareExt: (flag, ext, t) => `${flag} must name a ${ext} file, not '${t}'`,
    noFolder: (t, dir) => `cannot write ${t}: folder ${dir} does not exist`,
    isFolder: (t) => `cannot write ${t}: it is a folder`,
    exists: (t) => `${t} already exists; add --force to replace it`,
    prefillKind: (p, its, asked) => `--prefill ${p} fills a ${its} template, not ${asked}`,
    planWindowOnly: () => "--plan-window applies to the activities template only",
    cannotWrite: (t, detail) => `cannot write ${t}: ${detail}`,
  },
  files: {
    notFound: (f) => `cannot find ${f}`,
    folder: (f) => `${f} is a folder, not a file`,
    notRegular: (f) => `${f} is not a regular file`,
    special: (f, what) => `${f} is ${what === "pipe" ? "a named pipe (FIFO)" : what === "socket" ? "a socket" : "a device"}, not a file`,
    empty: (f) => `${f} is empty (0 bytes)`,
    odfNotSpreadsheet: (f) => `${f} is an OpenDocument file but not a spreadsheet`,
    pdf: (f) => `${f} is a PDF, not a spreadsheet`,
    binary: (f) => `${f} is not a spreadsheet (neither .xlsx nor CSV)`,
    markup: (f, what) => `${f} is ${what === "html" ? "an HTML page" : "an XML file"}, not a spreadsheet; open it in Excel and save it as .xlsx`,
    encrypted: (f) => `${f} is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save it again`,
    permission: (f) => `cannot read ${f} (permission denied)`,
    unreadable: (f, code) => `cannot read ${f} (${code})`,
    internal: (f, detail) => `internal error while reading ${f}: ${detail} (please report it)`,
  },
  output: {
    wrote: (file) => `wrote ${file}`,
    // English names the kind as it is typed after `template`.
    templateWrote: (file, kind, sheet, filled) => `wrote ${file}: ${kind} template '${sheet}'${filled ? `, filled with ${filled}` : ""}. Check it after editing with: workplan-check ${file}`,
  },
};
