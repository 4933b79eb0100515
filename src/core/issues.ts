/** Issues are data: a stable code, where, and the values the message needs. Text is made apart (messages/). */

export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type Params = Readonly<Record<string, string | number>>;

/** What a check finds: a code, a cell, and parameters. */
export interface Finding {
  readonly code: string;
  readonly sheet: string;
  /** 1-based sheet row and column. */
  readonly row: number;
  readonly column: number;
  /** The field (column) concerned, when there is one: tests compare (row, field, code). */
  readonly field?: string;
  readonly params: Params;
}

/** A finding with its severity, A1 cell, table and message: what reports and panels show. */
export interface Issue extends Finding {
  readonly severity: Severity;
  readonly cell: string;
  readonly table?: string;
  readonly message: string;
}
