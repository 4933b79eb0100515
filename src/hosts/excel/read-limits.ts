/**
 * How much of a workbook the Excel reader takes in. A used range can reach A1:XFD1048576 (17 billion cells) after a
 * stray format or value at the far corner; read in blocks that would be 174,763 requests and the task pane would run
 * out of memory long before. The caps are far above any real work plan (a 100,000-row × 20-column sheet is 2 million
 * cells) and are checked from the used ranges' sizes before a single value is read.
 */
export const MAX_SHEET_CELLS = 3_000_000;
export const MAX_WORKBOOK_CELLS = 6_000_000;

export interface UsedExtent {
  readonly sheet: string;
  readonly address: string;
  readonly rows: number;
  readonly columns: number;
}

const n = (x: number): string => x.toLocaleString("en-US");

/** The message for the first cap the used ranges pass, or undefined when they fit. */
export function capMessage(extents: readonly UsedExtent[], sheetCap = MAX_SHEET_CELLS, workbookCap = MAX_WORKBOOK_CELLS): string | undefined {
  let total = 0;
  for (const e of extents) {
    const cells = e.rows * e.columns;
    if (cells > sheetCap) {
      return `The sheet "${e.sheet}" uses ${e.address.slice(e.address.lastIndexOf("!") + 1)} (${n(cells)} cells), more than Workplan Check reads from one sheet (${n(sheetCap)} cells). ` +
        "Excel counts every cell that was ever formatted or filled: delete the unused rows and columns below and to the right of your tables (or move the tables to a new sheet), save, then validate again.";
    }
    total += cells;
  }
  if (total > workbookCap) {
    const largest = [...extents].sort((a, b) => b.rows * b.columns - a.rows * a.columns).slice(0, 3).map((e) => `"${e.sheet}" ${n(e.rows * e.columns)}`).join(", ");
    return `The sheets of this workbook use ${n(total)} cells in all, more than Workplan Check reads from one workbook (${n(workbookCap)} cells); the largest: ${largest}. ` +
      "Delete unused rows and columns on those sheets, or check the tables in a smaller workbook.";
  }
  return undefined;
}

/** Thrown when a cap is passed: the panel shows its message. */
export class ReadLimitError extends Error {
  readonly code = "WorkplanCheckReadLimit";
}
