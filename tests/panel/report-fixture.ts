import { resolveSettings, toReport, validateWorkbook } from "../../src/core";
import type { Report } from "../../src/core";

type Issue = Report["issues"][number];

/** A tiny hand-made report: only the fields a test cares about vary. */
export function issue(severity: Issue["severity"], sheet: string, cell: string, table?: string, code = "any.test"): Issue {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  return { severity, code, sheet, cell, message: `${code} at ${cell}`, row: Number(m[2]), column: m[1].charCodeAt(0) - 64, table, params: {} };
}

/** An empty workbook's report from the real core (so new report fields appear here too), with these issues. */
export function report(issues: Issue[], tables: Report["tables"] = []): Report {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  const empty = toReport(validateWorkbook({ sheets: [] }, resolveSettings({}, "2026-01-15")));
  return { ...empty, valid: counts.error === 0, counts, tables, issues };
}

export const table = (sheet: string, range: string, kind: string): Report["tables"][number] =>
  ({ sheet, kind, range, id: `${sheet}!${range}`, rows: 3, source: "detected" });
