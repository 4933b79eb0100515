import { groupIssues } from "../../src/panel/issue-groups";
import { issue, report, table } from "./report-fixture";

const ALL = { error: true, warning: true, info: true };

describe("groupIssues", () => {
  const tables = [table("Budget", "A3:C10", "budget"), table("Plan", "A2:G11", "activities")];
  const r = report([
    issue("warning", "Budget", "B4", "Budget!A3:C10"),
    issue("error", "Budget", "B9", "Budget!A3:C10"),
    issue("info", "Plan", "A1"), // outside any table
    issue("error", "Plan", "E3", "Plan!A2:G11"),
    issue("error", "Plan", "E5", "Plan!A2:G11"),
  ], tables);

  test("groups by table, tables with errors first then report order, severities inside in error-warning-info order", () => {
    const g = groupIssues(r, ALL);
    expect(g.map((x) => [x.key, x.sheet, x.range, x.kind])).toEqual([
      ["Budget!A3:C10", "Budget", "A3:C10", "budget"],
      ["Plan!A2:G11", "Plan", "A2:G11", "activities"],
      ["sheet:Plan", "Plan", null, null],
    ]);
    expect(g[0].sections.map((s) => [s.severity, s.issues.map((i) => i.cell)])).toEqual([["error", ["B9"]], ["warning", ["B4"]]]);
    expect(g[0].counts).toEqual({ error: 1, warning: 1, info: 0 });
    expect(g[1].sections[0].issues.map((i) => i.cell)).toEqual(["E3", "E5"]);
  });

  test("a table with only warnings comes after a later table with errors", () => {
    const g = groupIssues(report([issue("warning", "Plan", "G3", "Plan!A2:G11"), issue("error", "Budget", "B9", "Budget!A3:C10")], tables), ALL);
    expect(g.map((x) => x.key)).toEqual(["Budget!A3:C10", "Plan!A2:G11"]);
  });

  test("the filter hides severities and drops groups left empty, counts stay whole", () => {
    const g = groupIssues(r, { error: true, warning: false, info: false });
    expect(g.map((x) => x.key)).toEqual(["Budget!A3:C10", "Plan!A2:G11"]);
    expect(g[0].sections.map((s) => s.severity)).toEqual(["error"]);
    expect(g[0].counts.warning).toBe(1);
  });

  test("an issue naming an unknown table is grouped by its sheet", () => {
    const g = groupIssues(report([issue("error", "X", "A1", "X!A1:B2")]), ALL);
    expect(g.map((x) => x.key)).toEqual(["sheet:X"]);
  });

  test("no issues, no groups", () => {
    expect(groupIssues(report([]), ALL)).toEqual([]);
  });
});
