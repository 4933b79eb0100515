/** A large, realistic activities table, made in memory from a fixed seed (same data every run). */
import type { RawCell, WorkbookSnapshot } from "../src/core";

export const BENCH_HEADER = ["Activity", "Lead", "Partners", "Action plan reference", "Timeline", "Deliverable", "Status", "Budget", "Notes", "Start date"] as const;

/** Free-text periods as coordinators write them, readable or not (~40 forms). */
export const PERIODS = [
  "January 2026", "February 2026", "March 2026", "April 2026", "May 2026", "June 2026", "September 2026", "December 2025",
  "May – June 2026", "April-June 2026", "June-August 2026", "January – March 2026", "December 2024 – September 2025",
  "October 2025 – March 2026", "First quarter of 2026", "Second quarter of 2026", "Third quarter of 2026",
  "Fourth quarter of 2025", "Q1 2026", "Q2 2026", "Q3 2026", "Q4 2025", "Ongoing", "Ongoing activities", "Continuous",
  "2026", "2025-2026", "Throughout 2026", "By the Third Review Conference", "Before 3RC", "At the 13MSP", "March 2026:",
  "February 2025:", "Mid-2026", "Early 2026", "Late 2025", "01.03.2026", "2026-04", "Spring 2026", "TBD", "",
] as const;

const ACTIVITIES = ["Meeting with the Chair of MASG", "Regional workshop on universalization", "Bilateral outreach to prioritised states",
  "Drafting of the report from the April 2026 meeting", "Side event during the Third Review Conference", "Country visit and national dialogue",
  "Preparation of the Vientiane Action Plan section", "Webinar on stockpile destruction", "Finalise a top-15 list of prioritised countries"];
const LEADS = ["Coordinators: the Kingdom of the Netherlands and Switzerland", "Peru and Norway Coordinators on Universalization",
  "Universalization coordinators (Norway and Costa Rica)", "CCM ISU", "Coordinators on stockpile destruction and retention (Peru and Burkina Faso)", "", "Presidency"];
const PARTNERS = ["CCM ISU", "ICRC; CMC", "States Parties", "Informal Group on Universalization", "", "UNDP; GICHD", "Chair of MASG"];
const REFS = ["LAP Actions #38 to #42", "Actions 12 to 17", "Actions 10 and 11", "Action 5", "#23", "", "Action 61", "n/a"];
const DELIVERABLES = ["At least 10 documented meetings", "1-2 regional engagements linked to real accession pathways", "Report published",
  "", "3 workshops held", "A community of practice is established", "at least 5 bilateral outreach meetings"];
const STATUS = ["", "Done", "Ongoing", "Planned", "Completed", "Delayed", "In progress"];
const BUDGETS = ["12'500", "8'000", "CHF 20'000", "", "1'250.50", "in-kind", "75'792", "20 000", "3,500"];
const NOTES = ["", "Funded by the sponsorship programme", "To be confirmed with the Presidency", "See concept note", "Postponed from 2025"];

/** mulberry32: a tiny seeded PRNG, so every run measures the same table. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Rows of the activities table (header first), each 10 cells. */
export function benchRows(rows: number, seed = 20260115): RawCell[][] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const blankIfEmpty = (s: string): RawCell => (s === "" ? null : s);
  const out: RawCell[][] = [[...BENCH_HEADER]];
  for (let i = 0; i < rows; i++) {
    const day = 1 + Math.floor(rnd() * 28), month = 1 + Math.floor(rnd() * 12), year = rnd() < 0.5 ? 2025 : 2026;
    out.push([
      `${pick(ACTIVITIES)} (${i + 1})`, blankIfEmpty(pick(LEADS)), blankIfEmpty(pick(PARTNERS)), blankIfEmpty(pick(REFS)),
      blankIfEmpty(pick(PERIODS)), blankIfEmpty(pick(DELIVERABLES)), blankIfEmpty(pick(STATUS)), blankIfEmpty(pick(BUDGETS)),
      blankIfEmpty(pick(NOTES)), rnd() < 0.9 ? { date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}` } : null,
    ]);
  }
  return out;
}

/** The table as a workbook snapshot: one sheet, header in row 1. */
export function benchSnapshot(rows: number): WorkbookSnapshot {
  return { name: "bench-workplan-2025-2026.xlsx", sheets: [{ name: "Workplan 2025-2026", originRow: 1, originColumn: 1, values: benchRows(rows) }] };
}
