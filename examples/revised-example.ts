/**
 * The example workbook as a coordinator would send it back revised: one budget line's amount changed,
 * one activity re-timed, one added, one removed, and one plan's rows re-ordered. Exactly these five.
 */
import { EXAMPLE_SHEETS, ExampleSheet } from "./example-workbook";

export const EDITS = {
  amount: { sheet: "ISU Budget 2026", label: "Travel", old: 20000, new: 25000 },
  retimed: { sheet: "SDR Workplan 2025-2026", activity: "Drafting of the report from the April 2026 meeting.", old: "2026-05", new: "2026-06" },
  added: { sheet: "Univ Workplan 2025-2026", activity: "Briefing of the Coordination Committee on universalisation priorities." },
  removed: { sheet: "Art6 Workplan 2025-2026", activity: "Report on activities undertaken during the year at the Third Review Conference." },
  reordered: "Univ Workplan 2024-2025",
} as const;

export function editedSheets(): ExampleSheet[] {
  return EXAMPLE_SHEETS.map((s): ExampleSheet => {
    const rows = s.rows.map((r) => [...r]);
    if (s.name === EDITS.amount.sheet) rows.find((r) => r[0] === EDITS.amount.label)![1] = EDITS.amount.new;
    if (s.name === EDITS.retimed.sheet) rows.find((r) => r[0] === EDITS.retimed.activity)![4] = "June 2026";
    if (s.name === EDITS.added.sheet) rows.push([EDITS.added.activity, rows[2][1], "ISU", null, "May 2026", null, null]);
    if (s.name === EDITS.removed.sheet) rows.splice(rows.findIndex((r) => r[0] === EDITS.removed.activity), 1);
    if (s.name === EDITS.reordered) {
      const [title, header, ...data] = rows;
      return { ...s, rows: [title, header, ...data.reverse()] };
    }
    return { ...s, rows };
  });
}
