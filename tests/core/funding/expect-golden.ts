import type { Report } from "../../../src/core";
import { EXECUTION, FUNDING, SPENT_BY_LINE } from "./funding-golden";

/** The hand-computed figures of the illustrative funding example, checked on any host's report. */
export function expectFundingGolden(r: Report): void {
  expect(r.rollups.funding).toHaveLength(1);
  expect(r.rollups.funding[0]).toMatchObject({ ...FUNDING, currency: "CHF", unconverted: [] });
  expect(r.rollups.execution).toHaveLength(1);
  const e = r.rollups.execution[0];
  expect(e).toMatchObject({ ...EXECUTION, currency: "CHF", unmatched: [], unconverted: [] });
  expect(e.lines.map((l) => [l.label, l.spent])).toEqual(SPENT_BY_LINE);
  expect(r.issues.filter((i) => /illus\./.test(i.sheet) && i.severity !== "info")).toEqual([]);
}
