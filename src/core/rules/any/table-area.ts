import { KINDS } from "../../kinds";
import { quote } from "../../text";
import type { DetectedTable } from "../../table";

/** Field name of a sheet column in a table, if its header names one. */
export function fieldAt(table: DetectedTable, column: number): string | undefined {
  for (const [field, col] of Object.entries(table.columns)) if (col === column) return field;
  return undefined;
}

/** Title of a field for messages ("Lead"), falling back to the header text. */
export function fieldTitle(table: DetectedTable, field: string): string {
  const col = table.columns[field];
  const header = col !== undefined ? table.headers[col] : undefined;
  return header != null ? quote(header, 40) : KINDS[table.kind].fields.find((f) => f.name === field)?.title ?? field;
}

export const ALL_KINDS = ["budget", "activities", "staffing", "outreach", "contributions", "expenditure", "rates"] as const;
