/**
 * The five seed documents, imported: exactly the activities, leads, timelines and expected outputs of the
 * example workbook (src/seeds/example-workbook.ts), row by row, text verbatim; the ISU budget as CHF 514'753.
 */
import * as fs from "fs";
import * as path from "path";
import { importPlan, parseText, type ImportResult } from "../../../src/core/import";
import { EXAMPLE_SHEETS, ISU_BUDGET } from "../../../src/seeds/example-workbook";

const SEEDS = path.join(__dirname, "..", "..", "..", "examples", "seeds");
export function importSeed(file: string): ImportResult {
  const r = importPlan(parseText(fs.readFileSync(path.join(SEEDS, file), "utf8"), { joinLines: true }));
  if (!r.ok) throw new Error(`${file}: ${r.reason}`);
  return r.value;
}

const workplans = EXAMPLE_SHEETS.filter((s) => s.source !== "illustrative" && s.rows[1]?.[0] === "Activity");

describe("importing the seed documents gives the example workbook", () => {
  it("covers the four work plans", () => expect(workplans.map((s) => s.source).sort()).toHaveLength(4));

  for (const sheet of workplans) {
    describe(sheet.source, () => {
      const imported = importSeed(sheet.source);
      const rows = sheet.rows.slice(2);

      it("activity, lead and timeline, row by row", () => {
        expect(imported.activities.map((a) => [a.activity, a.lead, a.timeline])).toEqual(rows.map((r) => [r[0], r[1], r[4]]));
      });

      it("every expected output of the workbook is a deliverable of the document, verbatim", () => {
        const texts = imported.deliverables.map((d) => d.text);
        const outputs = rows.map((r) => r[5]).filter((v): v is string => typeof v === "string");
        expect(outputs.filter((o) => !texts.includes(o))).toEqual([]);
      });

      it("each row says where it was found", () => {
        for (const a of imported.activities) {
          expect(a.location.paragraph).toBeGreaterThan(0);
          expect(a.location.headingPath.join(" > ")).toMatch(/timeline/i);
        }
      });

      it("reports no skipped part", () => expect(imported.notices).toEqual([]));
    });
  }

  it("the ISU budget: CHF 514'753, the lines of the example budget sheet", () => {
    const r = importSeed(ISU_BUDGET.source);
    expect(r.activities).toEqual([]);
    expect(r.notices.map((n) => n.code)).toEqual(["import.no-timeline"]);
    expect(r.budgets).toHaveLength(1);
    const b = r.budgets[0];
    expect(b).toMatchObject({ title: "2026 Budget of the Implementation Support Unit", currency: "CHF", total: 514753, statedTotal: 514753 });
    expect(b.header).toEqual(ISU_BUDGET.rows[2]);
    const lines = ISU_BUDGET.rows.slice(3, 8).map((row) => [row[0], row[1], row[2]]);
    expect(b.lines.map((l) => [l.label, l.amount, l.notes])).toEqual(lines);
    expect(b.inKind).toEqual([{ label: ISU_BUDGET.rows[9][0], text: ISU_BUDGET.rows[9][1], notes: ISU_BUDGET.rows[9][2] }]);
  });
});
