/**
 * The seed documents as tables (examples/seeds/*.md): the bundled example workbook and template prefills.
 * One source for the .xlsx/.csv files written by build-examples.ts and for the host tests' fakes.
 * Text is copied verbatim from the seeds so a test can check each cell against its document.
 */
import { moneyNumberFormat } from "../core/format/number-formats";
import type { RawCell, WorkbookSnapshot } from "../core/snapshot";
import { SEED_IMPORTS } from "./seed-imports";

export interface ExampleSheet {
  readonly name: string;
  /** Seed file the sheet is transcribed from, or "illustrative". */
  readonly source: string;
  /** Rows from A1; null is a blank cell. */
  readonly rows: readonly (readonly RawCell[])[];
  /** Excel number formats by column letter, applied to the data rows when written. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly widths?: readonly number[];
  /** Formulas by A1 cell ("B9": "=SUM(B4:B8)"); the cell's value in `rows` is the formula's result. */
  readonly formulas?: Readonly<Record<string, string>>;
}

/** The example's formulas as rows of the sheet (null where a cell holds none), as a workbook reader gives them. */
export function formulaRows(sheet: ExampleSheet): (string | null)[][] {
  const rows: (string | null)[][] = sheet.rows.map(() => []);
  for (const [cell, f] of Object.entries(sheet.formulas ?? {})) {
    const m = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!m) continue;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row = Number(m[2]);
    const r = (rows[row - 1] ??= []);
    while (r.length < col) r.push(null);
    r[col - 1] = f;
  }
  return rows;
}

const H = null; // a blank cell, for readability

/** Partners and the expected output (the start of one of the document's own outputs) of one imported row. */
type RowNote = readonly [partners: string | null, output: string | null];

/** An imported output of `source`, by how it starts: the text itself comes from the document. */
function outputOf(source: string, start: string): string {
  const found = (SEED_IMPORTS[source]?.outputs ?? []).filter((o) => o.startsWith(start));
  if (found.length !== 1) throw new Error(`example workbook: ${found.length} outputs of ${source} start with '${start}' (run npm run examples)`);
  return found[0];
}

/**
 * The rows of a work-plan sheet: activity, lead and timeline as the importer reads them from the seed
 * (src/seeds/seed-imports.ts, written by npm run examples), with the partners, action-plan reference and
 * expected output a coordinator adds by hand.
 */
function importedRows(source: string, reference: string | null, notes: readonly RowNote[]): RawCell[][] {
  const rows = SEED_IMPORTS[source]?.rows ?? [];
  if (rows.length !== notes.length) throw new Error(`example workbook: ${source} imports ${rows.length} rows but ${notes.length} are annotated (run npm run examples)`);
  return rows.map((r, i) => [r.activity, r.lead, notes[i][0], reference, r.timeline, notes[i][1] === null ? null : outputOf(source, notes[i][1]), null]);
}

const ISU = "isu-2026-workplan-and-budget.md";
const ART6 = "article6-cooperation-assistance-workplan-2025-2026.md";
const SDR = "stockpile-destruction-retention-workplan-2025-2026.md";
const UNIV24 = "universalization-workplan-2024-2025.md";
const UNIV25 = "universalization-workplan-2025-2026.md";

export const ISU_BUDGET: ExampleSheet = {
  name: "ISU Budget 2026",
  source: ISU,
  widths: [36, 16, 90],
  numberFormats: { B: moneyNumberFormat("") },
  // The published Total, as a finance officer keeps it: a SUM of the lines.
  formulas: { B9: "=SUM(B4:B8)" },
  rows: [
    ["2026 Budget of the Implementation Support Unit"],
    [],
    ["COST", "Amount in CHF", "NOTES"],
    ["Salaries", 378961, "The Director (100%) Implementation Support Specialist (100%) Implementation Support Assistant (50%)."],
    ["Social charges", 75792, "Estimated at 20% of salary, dependent on staff age, status and prevailing provider fee rates charged. Charges include mandatory accidents and travel insurance."],
    ["Communication", 20000, "Web site maintenance, publications, promotional material, multimedia content, and consultancies, (e.g. strategic communications advisor)"],
    ["Travel", 20000, "Staff travel for participation in meetings and in-country support missions as required."],
    ["Other implementation support costs", 20000, "Thematic workshops, room rentals, catering, external expertise, and operational expenses etc."],
    ["Total", 514753, H],
    ["Administrative expenses", "GICHD, in-kind", "Office space, internal control system, administration of sponsorship programme, HR management, IT, and logistical support etc."],
    [],
    [],
    ["ISU Staffing structure"],
    ["Position", "FTE", "NOTES"],
    ["Director", "100%", "The budget assumes the continuity of the current ISU Staffing structure as a minimum"],
    ["Implementation Support Specialist", "100%", H],
    ["Implementation Support Assistant", "50%", H],
  ],
};

/**
 * The ISU budget laid out as a finance office would: sections, subtotals, 2025 and 2026 side by side and
 * a variance, all as formulas. The 2026 column is exactly the published budget (the lines of ISU_BUDGET);
 * the layout, the 2025 column and the variance are ILLUSTRATIVE (the seeds publish 2026 only).
 */
const SECTION_ROWS = ISU_BUDGET.rows.slice(3, 8);
const published = (label: string) => SECTION_ROWS.find((r) => r[0] === label)![1] as number;
const note = (label: string) => SECTION_ROWS.find((r) => r[0] === label)![2];
const Y2025: Readonly<Record<string, number>> = { Salaries: 370000, "Social charges": 74000, Communication: 20000, Travel: 18000, "Other implementation support costs": 20000 };
const line = (label: string): RawCell[] => [label, Y2025[label], published(label), published(label) - Y2025[label], note(label)];
const sum = (labels: string[], pick: (l: string) => number) => labels.reduce((n, l) => n + pick(l), 0);
const STAFF = ["Salaries", "Social charges"], OPS = ["Communication", "Travel", "Other implementation support costs"];
const subtotal = (label: string, labels: string[]): RawCell[] =>
  [label, sum(labels, (l) => Y2025[l]), sum(labels, published), sum(labels, (l) => published(l) - Y2025[l]), H];
const all = [...STAFF, ...OPS];
export const ISU_BUDGET_SECTIONS: ExampleSheet = {
  name: "ISU Budget 2026 by section",
  source: "illustrative",
  widths: [36, 14, 14, 12, 70],
  numberFormats: { B: moneyNumberFormat(""), C: moneyNumberFormat(""), D: moneyNumberFormat("") },
  formulas: {
    ...Object.fromEntries([5, 6, 9, 10, 11, 7, 12, 13].map((r) => [`D${r}`, `=C${r}-B${r}`])),
    B7: "=SUM(B5:B6)", C7: "=SUM(C5:C6)", B12: "=SUM(B9:B11)", C12: "=SUM(C9:C11)", B13: "=B7+B12", C13: "=C7+C12",
  },
  rows: [
    ["ILLUSTRATIVE LAYOUT of the ISU budget by section, 2026 against 2025: the 2026 column is the published 2026 budget (CHF 514'753); the 2025 column and the variance are illustrative figures, not from the seeds."],
    [],
    ["COST", "Budget 2025", "Budget 2026", "Variance", "NOTES"],
    ["Staff costs"],
    line("Salaries"),
    line("Social charges"),
    subtotal("Total staff costs", STAFF),
    ["Operational costs"],
    line("Communication"),
    line("Travel"),
    line("Other implementation support costs"),
    subtotal("Total operational costs", OPS),
    subtotal("Total", all),
    ["Administrative expenses", "GICHD, in-kind", "GICHD, in-kind", H, ISU_BUDGET.rows[9][2]],
  ],
};

const ART6_PARTNERS = "CCM ISU; Chair of MASG; Coordinators on the Enhancement of International Cooperation and Assistance of the APMBC Committee";
const ART6_REF = "LAP Actions #38 to #42";
export const ART6_WORKPLAN: ExampleSheet = {
  name: "Art6 Workplan 2025-2026",
  source: ART6,
  widths: [60, 30, 30, 20, 22, 50, 12],
  rows: [
    ["CCM Working Group Art. 6 – International Cooperation and Assistance — WORK PLAN 2025-2026"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ...importedRows(ART6, ART6_REF, [
      ["CCM ISU", null],
      ["Chair of MASG", "Exchange with the Chair of MASG and pote"],
      [ART6_PARTNERS, "Creation of a hand-out or a guideline on"],
      ["CCM ISU", null],
      ["Coordinators on the Enhancement of International Cooperation and Assistance of the APMBC Committee", "Increased exchange of experiences and be"],
      ["States Parties", null],
      ["CCM ISU", null],
      ["CCM ISU", null],
      ["CCM ISU", null],
    ]),
  ],
};

const SDR_REF = "Actions 12 to 17";
export const SDR_WORKPLAN: ExampleSheet = {
  name: "SDR Workplan 2025-2026",
  source: SDR,
  widths: [70, 34, 30, 18, 18, 50, 12],
  rows: [
    ["Thematic Working Group on Stockpile Destruction and Retention — Workplan 2025-2026"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ...importedRows(SDR, SDR_REF, [
      ["CCM Implementation Support Unit (ISU)", null],
      ["States Parties and Signatories that have fulfilled obligations under Article 3.", "A community of practice including intere"],
      ["CCM Implementation Support Unit (ISU)", null],
      ["CCM Implementation Support Unit (ISU)", "The new action plan will contain an adeq"],
      ["ICRC; ICBL-CMC", null],
    ]),
  ],
};

const UNIV24_REF = "Actions 10 and 11";
export const UNIV24_WORKPLAN: ExampleSheet = {
  name: "Univ Workplan 2024-2025",
  source: UNIV24,
  widths: [70, 34, 30, 18, 30, 40, 12],
  rows: [
    ["WORK PLAN ON THE UNIVERSALIZATION OF THE CONVENTION ON CLUSTER MUNITIONS (CCM) 2024 -2025"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ...importedRows(UNIV24, UNIV24_REF, [
      ["The Informal Working Group on Universalization", null],
      [null, null],
      ["The Implementation Support Unit", null],
      ["The Informal Working Group on Universalization", null],
      [null, null],
      [null, null],
      ["The Informal Working Group on Universalization", null],
      ["ICRC", null],
      ["The Informal Working Group on Universalization", null],
      ["The Implementation Support Unit", null],
      [null, "At least one new State Party by the 13 M"],
      ["Current CCM presidency (Philippines)", null],
      ["The Implementation Support Unit", null],
      [null, "No other withdrawal announcement prior t"],
      [null, null],
      [null, "Awareness raising of the Convention amon"],
      ["ICRC", null],
      ["Thematic Coordinator on National Implementation Measures, Irak.", null],
      ["ICRC; CMC.", "Fact based understanding and analysis of"],
    ]),
  ],
};

export const UNIV25_WORKPLAN: ExampleSheet = {
  name: "Univ Workplan 2025-2026",
  source: UNIV25,
  widths: [70, 34, 30, 18, 20, 50, 12],
  rows: [
    ["WORK PLAN ON THE UNIVERSALIZATION OF THE CONVENTION ON CLUSTER MUNITIONS (CCM) 2025 -2026"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ...importedRows(UNIV25, null, [
      ["ISU", "At least 10 documented universalization"],
      ["Third Review Conference Presidency and Troika", null],
      ["ISU", "1-2 regional engagements linked to real"],
      ["ISU", "Universalization language included in PM"],
      [null, "at least 10 documented bilateral outreac"],
      ["ICRC; CMC", null],
      ["Informal Group on Universalization", null],
      ["Informal Group on Universalization", null],
      ["ICRC", "a short universalization support package"],
      ["ISU", null],
      ["Informal Group on Universalization", null],
      ["ISU", "An updated working paper on the barriers"],
      ["ISU", null],
    ]),
  ],
};

/** Illustrative only: the seeds name the log's stages but publish no log. States are placeholders. */
export const OUTREACH_LOG: ExampleSheet = {
  name: "Outreach log (illustrative)",
  source: "illustrative",
  widths: [16, 14, 20, 30],
  rows: [
    ["ILLUSTRATIVE follow-up log (not real data): stages from the Universalization work plan 2025-2026 — Contacted; Meeting held; Next Step Agreed."],
    ["State", "Date", "Stage", "Lead"],
    ["State A", { date: "2026-01-20" }, "Meeting held", "Norway"],
    ["State B", { date: "2026-02-03" }, "Contacted", "Costa Rica"],
    ["State C", { date: "2026-02-17" }, "Next step agreed", "Norway"],
    ["State D", { date: "2026-03-10" }, "Meeting held", "Costa Rica"],
    ["State E", { date: "2026-03-24" }, "Meeting held", "Norway"],
    ["State F", { date: "2026-04-14" }, "Contacted", "Costa Rica"],
    ["State G", { date: "2026-05-05" }, "Meeting held", "Norway"],
    ["State H", { date: "2026-06-16" }, "Next step agreed", "Costa Rica"],
    ["State I", { date: "2026-07-07" }, "Contacted", "Norway"],
    ["State J", { date: "2026-09-15" }, "Meeting held", "Costa Rica"],
  ],
};

/** Invented exchange rates to CHF for the illustrative sheets (value of one unit), as decimal text. */
export const ILLUSTRATIVE_RATES = { EUR: "0.9412", USD: "0.7968", GBP: "1.0693", NOK: "0.0784" } as const;
const RATE_SOURCE = "Illustrative, 2026-01-31";

/**
 * Illustrative only: the seeds publish the 2026 budget but no contributions or ledger. Contributors are
 * placeholders ("State Party A"), figures and rates invented; the sheet says so in its first row.
 */
export const CONTRIBUTIONS_2026: ExampleSheet = {
  name: "Contributions 2026 (illus.)",
  source: "illustrative",
  widths: [18, 14, 14, 16, 10, 16, 8, 44],
  numberFormats: { B: moneyNumberFormat(""), C: moneyNumberFormat("") },
  rows: [
    ["ILLUSTRATIVE contributions to the 2026 ISU budget: invented figures and placeholder contributors, not real data."],
    ["Contributor", "Pledged", "Received", "Date received", "Currency", "Earmarked for", "Year", "Notes"],
    ["State Party A", 150000, 150000, { date: "2026-02-16" }, "CHF", H, 2026, H],
    ["State Party B", 100000, 100000, { date: "2026-03-09" }, "EUR", H, 2026, H],
    ["State Party C", 80000, 80000, { date: "2026-04-20" }, "USD", "Travel", 2026, "Earmarked for in-country support missions."],
    ["State Party D", 500000, H, H, "NOK", H, 2026, "Pledge announced; payment expected in the fourth quarter."],
    ["State Party E", 60000, 60000, { date: "2026-06-30" }, "CHF", H, 2026, H],
    ["State Party F", 25000, 12345.67, { date: "2026-05-12" }, "GBP", H, 2026, "Part payment; the balance follows."],
    [],
    [],
    ["ILLUSTRATIVE exchange rates (invented): value of one unit in CHF."],
    ["Currency", "Rate to CHF", "Date or source"],
    ...Object.entries(ILLUSTRATIVE_RATES).map(([currency, rate]) => [currency, Number(rate), RATE_SOURCE]),
  ],
};

/** Illustrative only: an invented ledger against the 2026 budget's lines (see CONTRIBUTIONS_2026). */
export const EXPENDITURE_2026: ExampleSheet = {
  name: "Ledger 2026 (illus.)",
  source: "illustrative",
  widths: [14, 34, 14, 10, 40, 12],
  numberFormats: { C: moneyNumberFormat("") },
  rows: [
    ["ILLUSTRATIVE expenditure ledger for the 2026 ISU budget: invented figures, not real data."],
    ["Date", "Budget line", "Amount", "Currency", "Description", "Reference"],
    [{ date: "2026-02-10" }, "Communication", 4500, "CHF", "Web site maintenance", "2026-001"],
    [{ date: "2026-03-18" }, "Travel", 3250.4, "CHF", "In-country support mission", "2026-002"],
    [{ date: "2026-03-31" }, "Salaries", 94740, "CHF", "Salaries, first quarter", "2026-003"],
    [{ date: "2026-03-31" }, "Social charges", 18948, "CHF", "Social charges, first quarter", "2026-004"],
    [{ date: "2026-04-22" }, "Other implementation support costs", 5600, "CHF", "Thematic workshop: room rental", "2026-005"],
    [{ date: "2026-05-20" }, "Communication", 3000, "EUR", "Printing of publications", "2026-006"],
    [{ date: "2026-06-02" }, "travel costs", 2400, "USD", "Flights, intersessional meetings", "2026-007"],
    [{ date: "2026-06-30" }, "Salaries", 94740, "CHF", "Salaries, second quarter", "2026-008"],
    [{ date: "2026-06-30" }, "Social charges", 18948, "CHF", "Social charges, second quarter", "2026-009"],
    [{ date: "2026-07-14" }, "Other implementation support cost", 2100, "CHF", "External expertise", "2026-010"],
    [{ date: "2026-09-15" }, "Travel", 8900, "CHF", "Third Review Conference, Vientiane", "2026-011"],
    [{ date: "2026-09-30" }, "Salaries", 94740, "CHF", "Salaries, third quarter", "2026-012"],
    [{ date: "2026-09-30" }, "Social charges", 18948, "CHF", "Social charges, third quarter", "2026-013"],
  ],
};

export const EXAMPLE_SHEETS: readonly ExampleSheet[] = [ISU_BUDGET, ISU_BUDGET_SECTIONS, ART6_WORKPLAN, SDR_WORKPLAN, UNIV24_WORKPLAN, UNIV25_WORKPLAN, OUTREACH_LOG, CONTRIBUTIONS_2026, EXPENDITURE_2026];
export const EXAMPLE_WORKBOOK_FILE = "examples/workplan-check-examples.xlsx";

/** The example workbook as the core's snapshot (what a host would read). */
export function exampleSnapshot(sheets: readonly ExampleSheet[] = EXAMPLE_SHEETS, name = "workplan-check-examples.xlsx"): WorkbookSnapshot {
  return { name, sheets: sheets.map((s) => ({ name: s.name, originRow: 1, originColumn: 1, values: s.rows, formulas: formulaRows(s) })) };
}
