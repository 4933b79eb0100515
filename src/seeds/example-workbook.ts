/**
 * The seed documents as tables (examples/seeds/*.md): the bundled example workbook and template prefills.
 * One source for the .xlsx/.csv files written by build-examples.ts and for the host tests' fakes.
 * Text is copied verbatim from the seeds so a test can check each cell against its document.
 */
import { moneyNumberFormat } from "../core/format/number-formats";
import type { RawCell, WorkbookSnapshot } from "../core/snapshot";

export interface ExampleSheet {
  readonly name: string;
  /** Seed file the sheet is transcribed from, or "illustrative". */
  readonly source: string;
  /** Rows from A1; null is a blank cell. */
  readonly rows: readonly (readonly RawCell[])[];
  /** Excel number formats by column letter, applied to the data rows when written. */
  readonly numberFormats?: Readonly<Record<string, string>>;
  readonly widths?: readonly number[];
}

const H = null; // a blank cell, for readability

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

const ART6_LEAD = "Coordinators: the Kingdom of the Netherlands and Switzerland";
const ART6_PARTNERS = "CCM ISU; Chair of MASG; Coordinators on the Enhancement of International Cooperation and Assistance of the APMBC Committee";
const ART6_REF = "LAP Actions #38 to #42";
export const ART6_WORKPLAN: ExampleSheet = {
  name: "Art6 Workplan 2025-2026",
  source: ART6,
  widths: [60, 30, 30, 20, 22, 50, 12],
  rows: [
    ["CCM Working Group Art. 6 – International Cooperation and Assistance — WORK PLAN 2025-2026"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ["Meeting with CCM ISU to discuss workplan priorities and planned activities.", ART6_LEAD, "CCM ISU", ART6_REF, "First quarter of 2026", H, H],
    ["Meeting with the Chair of MASG.", ART6_LEAD, "Chair of MASG", ART6_REF, "First quarter of 2026", "Exchange with the Chair of MASG and potential arrangements for further meetings.", H],
    ["Follow-up on the potential establishment of a Country Coalition with States Parties.", ART6_LEAD, ART6_PARTNERS, ART6_REF, "First quarter of 2026", "Creation of a hand-out or a guideline on how to start establishing a Country Coalition that can be distributed to States Parties and eventually presented at the Third Review Conference in Vientiane.", H],
    ["Preparation of the International Cooperation and Assistance section of the Vientiane Action Plan of the Third Review Conference in Vientiane in September 2026.", ART6_LEAD, "CCM ISU", ART6_REF, "First quarter of 2026", H, H],
    ["Meeting with APMBC International Cooperation and Assistance Committee.", ART6_LEAD, "Coordinators on the Enhancement of International Cooperation and Assistance of the APMBC Committee", ART6_REF, "Second quarter of 2026", "Increased exchange of experiences and best practices between APMBC and CCM International Cooperation and Assistance Committees to enhance synergies between the two Committees.", H],
    ["Follow-up on the potential establishment of a Country Coalition with States Parties.", ART6_LEAD, "States Parties", ART6_REF, "Second quarter of 2026", H, H],
    ["Preparation of the International Cooperation and Assistance section of the Vientiane Action Plan of the third Review Conference in Vientiane in September 2026.", ART6_LEAD, "CCM ISU", ART6_REF, "Second quarter of 2026", H, H],
    ["Preparation of the International Cooperation and Assistance section of the Vientiane Action Plan of the Third Review Conference in Vientiane in September 2026.", ART6_LEAD, "CCM ISU", ART6_REF, "Third quarter of 2026", H, H],
    ["Report on activities undertaken during the year at the Third Review Conference.", ART6_LEAD, "CCM ISU", ART6_REF, "Third quarter of 2026", H, H],
  ],
};

const SDR_LEAD = "Coordinators on stockpile destruction and retention (Peru and Burkina Faso)";
const SDR_REF = "Actions 12 to 17";
export const SDR_WORKPLAN: ExampleSheet = {
  name: "SDR Workplan 2025-2026",
  source: SDR,
  widths: [70, 34, 30, 18, 18, 50, 12],
  rows: [
    ["Thematic Working Group on Stockpile Destruction and Retention — Workplan 2025-2026"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ["participation to the Coordination Committee Retreat, coordinating thematic breakout group on stockpile destruction.", SDR_LEAD, "CCM Implementation Support Unit (ISU)", SDR_REF, "January 2026", H, H],
    ["the event on stockpile destruction expertise is organised.", SDR_LEAD, "States Parties and Signatories that have fulfilled obligations under Article 3.", SDR_REF, "April 2026", "A community of practice including interested States Parties and relevant stakeholders, including civil society, is established and maintained throughout the period of reference of this workplan and is set to remain active beyond it.", H],
    ["Drafting of the report from the April 2026 meeting.", SDR_LEAD, "CCM Implementation Support Unit (ISU)", SDR_REF, "May 2026", H, H],
    ["contributing to the drafting of the plan of action with ad hoc contributions regarding stockpile destruction.", SDR_LEAD, "CCM Implementation Support Unit (ISU)", SDR_REF, "May – June 2026", "The new action plan will contain an adequate number of actions that reflect the needs and views on the matters of today's CCM community.", H],
    ["organisation of a side event during the Third Review Conference (3RC) to", SDR_LEAD, "ICRC; ICBL-CMC", SDR_REF, "September 2026", H, H],
  ],
};

const UNIV24_LEAD = "Peru and Norway Coordinators on Universalization";
const UNIV24_REF = "Actions 10 and 11";
const OVERARCHING = "December 2024 – September 2025";
export const UNIV24_WORKPLAN: ExampleSheet = {
  name: "Univ Workplan 2024-2025",
  source: UNIV24,
  widths: [70, 34, 30, 18, 30, 40, 12],
  rows: [
    ["WORK PLAN ON THE UNIVERSALIZATION OF THE CONVENTION ON CLUSTER MUNITIONS (CCM) 2024 -2025"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ["First meeting in the Informal Working Group on Universalization", UNIV24_LEAD, "The Informal Working Group on Universalization", UNIV24_REF, "December 2024", H, H],
    ["Outreach during the BWC Meeting of States Parties", UNIV24_LEAD, H, UNIV24_REF, "December 2024", H, H],
    ["Meet with ISU and 13MSP Presidency to plan the work ahead for CCM universalization activities.", UNIV24_LEAD, "The Implementation Support Unit", UNIV24_REF, "January 2025:", H, H],
    ["Second meeting in the Informal Working Group on Universalization", UNIV24_LEAD, "The Informal Working Group on Universalization", UNIV24_REF, "February 2025:", H, H],
    ["Meeting with the Secretary of IPU", UNIV24_LEAD, H, UNIV24_REF, "February 2025:", H, H],
    ["Meetings with target states", UNIV24_LEAD, H, UNIV24_REF, "March 2025", H, H],
    ["Third Meeting in the Informal Working Group on Universalization", UNIV24_LEAD, "The Informal Working Group on Universalization", UNIV24_REF, "April 2025", H, H],
    ["Meetings with target states", UNIV24_LEAD, "ICRC", UNIV24_REF, "April 2025", H, H],
    ["Fourth Meeting in the Informal Working Group on Universalization", UNIV24_LEAD, "The Informal Working Group on Universalization", UNIV24_REF, "June 2025", H, H],
    ["Preparation of the universalization segment of the 13MSP Progress Report, based on the implementation of the workplan.", UNIV24_LEAD, "The Implementation Support Unit", UNIV24_REF, "June 2025", H, H],
    ["Outreach and focus on target States.", UNIV24_LEAD, H, UNIV24_REF, OVERARCHING, "At least one new State Party by the 13 MSP.", H],
    ["Assist in facilitation of regional workshops to promote ratification/accession to the CCM.", UNIV24_LEAD, "Current CCM presidency (Philippines)", UNIV24_REF, OVERARCHING, H, H],
    ["Preparation of the 13MSP Progress Report.", UNIV24_LEAD, "The Implementation Support Unit", UNIV24_REF, OVERARCHING, H, H],
    ["Bilateral exchanges with the Permanent Missions in Geneva of the States that have not yet ratified or acceded to the CCM.", UNIV24_LEAD, H, UNIV24_REF, OVERARCHING, "No other withdrawal announcement prior to or during the 13 MSP", H],
    ["Meeting with IPU.", UNIV24_LEAD, H, UNIV24_REF, OVERARCHING, H, H],
    ["Facilitate side events or speaking slots at Geneva disarmament meetings", UNIV24_LEAD, H, UNIV24_REF, OVERARCHING, "Awareness raising of the Convention among the broader public.", H],
    ["Collaborate with the ICRC on the promotion of its CCM Ratification Toolkit.", UNIV24_LEAD, "ICRC", UNIV24_REF, OVERARCHING, H, H],
    ["Work with the Thematic Coordinator on National Implementation Measures on the provision of model legislation.", UNIV24_LEAD, "Thematic Coordinator on National Implementation Measures, Irak.", UNIV24_REF, OVERARCHING, H, H],
    ["Collaborate with CMC and the ICRC in their universalization efforts.", UNIV24_LEAD, "ICRC; CMC.", UNIV24_REF, OVERARCHING, "Fact based understanding and analysis of the reasons why some States do not ratify the Convention", H],
  ],
};

const UNIV25_LEAD = "Universalization coordinators (Norway and Costa Rica)";
export const UNIV25_WORKPLAN: ExampleSheet = {
  name: "Univ Workplan 2025-2026",
  source: UNIV25,
  widths: [70, 34, 30, 18, 20, 50, 12],
  rows: [
    ["WORK PLAN ON THE UNIVERSALIZATION OF THE CONVENTION ON CLUSTER MUNITIONS (CCM) 2025 -2026"],
    ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Expected output", "Status"],
    ["Bilateral and joint outreach to prioritised states.", UNIV25_LEAD, "ISU", H, "Ongoing activities", "At least 10 documented universalization engagement with target states;", H],
    ["Support for the President’s ongoing universalisation efforts.", UNIV25_LEAD, "Third Review Conference Presidency and Troika", H, "Ongoing activities", H, H],
    ["Assist in facilitation of regional workshops to promote ratification/accession to the CCM.", UNIV25_LEAD, "ISU", H, "Ongoing activities", "1-2 regional engagements linked to real accession pathways.", H],
    ["Provide input to the universalisation sections of Review conference documents.", UNIV25_LEAD, "ISU", H, "Ongoing activities", "Universalization language included in PM outcomes and the Third Review Conference messaging.", H],
    ["Bilateral exchanges with the Permanent Missions in Geneva of the States that have not yet ratified or acceded to the CCM.", UNIV25_LEAD, H, H, "Ongoing activities", "at least 10 documented bilateral outreach meetings during the Third Review Conference cycle (Geneva and/or Capital level)", H],
    ["Collaborate with CMC and the ICRC in their universalization efforts", UNIV25_LEAD, "ICRC; CMC", H, "Ongoing activities", H, H],
    ["First meeting in the Informal Working Group on Universalisation.", UNIV25_LEAD, "Informal Group on Universalization", H, "February 2026", H, H],
    ["Second meeting in the Informal Working Group on Universalisation", UNIV25_LEAD, "Informal Group on Universalization", H, "March 2026", H, H],
    ["Finalise support package for universalisation.", UNIV25_LEAD, "ICRC", H, "March 2026", "a short universalization support package endorsed for use during the Third Review cycle.", H],
    ["Finalise a top-15 list of prioritised countries.", UNIV25_LEAD, "ISU", H, "March 2026", H, H],
    ["Third and fourth meeting in the Informal Working Group on Universalisation.", UNIV25_LEAD, "Informal Group on Universalization", H, "April-June 2026", H, H],
    ["Working paper on barriers submitted in June or July", UNIV25_LEAD, "ISU", H, "June-August 2026", "An updated working paper on the barriers and a 1-page internal barrier map+ recommended engagement messages per barriers.", H],
    ["Follow-up during the Review Conference", UNIV25_LEAD, "ISU", H, "September 2026", H, H],
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

export const EXAMPLE_SHEETS: readonly ExampleSheet[] = [ISU_BUDGET, ART6_WORKPLAN, SDR_WORKPLAN, UNIV24_WORKPLAN, UNIV25_WORKPLAN, OUTREACH_LOG];
export const EXAMPLE_WORKBOOK_FILE = "examples/workplan-check-examples.xlsx";

/** The example workbook as the core's snapshot (what a host would read). */
export function exampleSnapshot(sheets: readonly ExampleSheet[] = EXAMPLE_SHEETS, name = "workplan-check-examples.xlsx"): WorkbookSnapshot {
  return { name, sheets: sheets.map((s) => ({ name: s.name, originRow: 1, originColumn: 1, values: s.rows })) };
}
