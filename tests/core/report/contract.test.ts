import { resolveSettings, toReport, validateWorkbook } from "../../../src/core";
import { ReportSchema } from "../../../src/core/report/report";
import { exampleSnapshot } from "../../../examples/example-workbook";

/**
 * The --json report is a public contract: fields may be added, never renamed or dropped. These are
 * the fields users' scripts were promised; removing one from the report must fail here.
 */
const PROMISED = [
  "tables[].sheet", "tables[].kind", "tables[].range",
  "issues[].severity", "issues[].code", "issues[].sheet", "issues[].cell", "issues[].message",
  "rollups.budget[].sheet", "rollups.budget[].currency", "rollups.budget[].total", "rollups.budget[].statedTotal",
  "rollups.budget[].lines[].label", "rollups.budget[].lines[].amount", "rollups.budget[].inKind",
  "rollups.timeline[].sheet", "rollups.timeline[].byMonth", "rollups.timeline[].byQuarter",
  "rollups.timeline[].ongoing", "rollups.timeline[].unscheduled",
];

function has(value: unknown, path: string[]): boolean {
  if (path.length === 0) return value !== undefined;
  const [head, ...rest] = path;
  if (head.endsWith("[]")) {
    const arr = (value as Record<string, unknown>)[head.slice(0, -2)];
    return Array.isArray(arr) && arr.length > 0 && arr.every((x) => has(x, rest));
  }
  return value !== null && typeof value === "object" && head in (value as object) && has((value as Record<string, unknown>)[head], rest);
}

describe("the JSON report contract", () => {
  const report = JSON.parse(JSON.stringify(toReport(validateWorkbook(exampleSnapshot(), resolveSettings({}, "2026-01-15")), "x.xlsx")));

  it.each(PROMISED)("has %s", (path) => {
    expect(has(report, path.split("."))).toBe(true);
  });

  it("validates against the zod schema", () => {
    expect(ReportSchema.parse(report)).toBeTruthy();
  });

  it("amounts are currency units as numbers", () => {
    expect(report.rollups.budget[0].total).toBe(514753);
  });
});
