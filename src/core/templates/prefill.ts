/**
 * The seed work plans and the ISU budget (src/seeds/example-workbook.ts) read into template specs, by
 * header name, so the prefilled templates carry exactly the published text.
 */
import { parseShare } from "../parse/percent";
import { monthKey } from "../parse/period";
import { windowFromText } from "../plan-window";
import { isDateCell, RawCell } from "../snapshot";
import type { ExampleSheet } from "../../seeds/example-workbook";
import type { ActivityInput } from "./activities";
import type { BudgetLineInput, InKindInput } from "./budget";
import type { ContactInput } from "./outreach";
import type { PositionInput } from "./staffing";
import { TemplateError } from "./template";
import type { MonthWindow } from "./template";

const str = (v: RawCell | undefined): string | undefined => (typeof v === "string" && v.trim() !== "" ? v : typeof v === "number" ? String(v) : undefined);

/** The seed's rows below the header row that starts with `first`, as objects keyed by header text. */
function records(sheet: ExampleSheet, first: string, until: (row: readonly RawCell[]) => boolean = () => false): { header: number; rows: Record<string, RawCell>[] } {
  const header = sheet.rows.findIndex((r) => r[0] === first);
  if (header < 0) throw new TemplateError(`seed ${sheet.name} has no '${first}' header`);
  const names = sheet.rows[header];
  const rows: Record<string, RawCell>[] = [];
  for (const row of sheet.rows.slice(header + 1)) {
    if (row.every((v) => v === null || v === undefined) || until(row)) break;
    rows.push(Object.fromEntries(names.map((n, i) => [String(n), row[i] ?? null])));
  }
  return { header, rows };
}

/** The seed's rows below the header row that starts with `first`, as written, up to the first blank row; and the title above that header. */
export function seedRowsBelow(sheet: ExampleSheet, first: string): { title: string; rows: RawCell[][] } {
  const { header, rows } = records(sheet, first);
  const names = sheet.rows[header];
  return { title: String(sheet.rows[header - 1]?.[0] ?? sheet.name), rows: rows.map((r) => names.map((n) => r[String(n)])) };
}

/** The seed's title (its first cell). */
export const seedTitle = (sheet: ExampleSheet): string => String(sheet.rows[0]?.[0] ?? sheet.name);

/** The plan window written in the seed's title ("WORK PLAN 2025-2026" → 2025-01 to 2026-12). */
export function seedWindow(sheet: ExampleSheet): MonthWindow {
  const w = windowFromText(seedTitle(sheet), "title") ?? windowFromText(sheet.name, "sheet name");
  if (!w) throw new TemplateError(`seed ${sheet.name} names no plan years`);
  return { start: monthKey(w.start), end: monthKey(w.end) };
}

export function seedActivities(sheet: ExampleSheet): ActivityInput[] {
  return records(sheet, "Activity").rows.map((r) => ({
    activity: str(r["Activity"]) ?? "",
    lead: str(r["Lead"]) ?? "",
    partners: str(r["Partners"]),
    reference: str(r["Action plan reference"]),
    timeline: str(r["Timeline"]) ?? "",
    deliverable: str(r["Expected output"]),
    status: str(r["Status"]),
  }));
}

const SOCIAL_CHARGES = /^social charges$/i;
const SALARIES = /^salar/i;

/** Cost lines above "Total" (social charges become a share of salaries) and the in-kind lines below it. */
export function seedBudget(sheet: ExampleSheet): { lines: BudgetLineInput[]; inKind: InKindInput[] } {
  const isTotal = (row: readonly RawCell[]) => typeof row[0] === "string" && /^total$/i.test(row[0].trim());
  const { header, rows } = records(sheet, "COST", isTotal);
  const salaries = rows.map((r) => str(r["COST"]) ?? "").find((l) => SALARIES.test(l));
  const lines = rows.map((r): BudgetLineInput => {
    const label = str(r["COST"]) ?? "";
    const amount = r["Amount in CHF"];
    const notes = str(r["NOTES"]);
    return SOCIAL_CHARGES.test(label) && salaries ? { label, notes, rateOf: salaries } : { label, notes, amount: typeof amount === "number" ? amount : undefined };
  });
  const inKind: InKindInput[] = [];
  for (const row of sheet.rows.slice(header + 1 + rows.length + 1)) {
    if (row.every((v) => v === null || v === undefined)) break;
    inKind.push({ label: str(row[0]) ?? "", text: str(row[1]) ?? "", notes: str(row[2]) });
  }
  return { lines, inKind };
}

/** Staffing rows below the "Position" header; "100%" becomes 1. */
export function seedPositions(sheet: ExampleSheet): { title: string; positions: PositionInput[] } {
  const { header, rows } = records(sheet, "Position");
  const title = str(sheet.rows[header - 1]?.[0]) ?? "Staffing structure";
  const positions = rows.map((r): PositionInput => {
    const share = r["FTE"] === null || isDateCell(r["FTE"]) || typeof r["FTE"] === "boolean" ? undefined : parseShare(r["FTE"]);
    return { position: str(r["Position"]) ?? "", fte: share?.ok ? share.value : undefined, notes: str(r["NOTES"]) };
  });
  return { title, positions };
}

export function seedContacts(sheet: ExampleSheet): ContactInput[] {
  return records(sheet, "State").rows.map((r) => ({
    state: str(r["State"]) ?? "",
    date: isDateCell(r["Date"]) ? r["Date"] : undefined,
    stage: str(r["Stage"]),
    lead: str(r["Lead"]),
    notes: str(r["Notes"]),
  }));
}
