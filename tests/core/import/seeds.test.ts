/**
 * The five seed documents, imported: exactly the activities, leads, timelines and expected outputs of the
 * example workbook (src/seeds/example-workbook.ts), row by row, text verbatim; the ISU budget as CHF 514'753.
 * seed-rows.json is the workbook as it was typed by hand from the documents before it was built by the
 * importer (with two fixes to the text: "(3RC) to" and SDR outcome III in full, as the documents say them).
 */
import * as fs from "fs";
import * as path from "path";
import { importPlan, parseText, type ImportResult } from "../../../src/core/import";
import { importSeeds, seedImportsSource } from "../../../examples/import-seeds";
import { EXAMPLE_SHEETS, ISU_BUDGET } from "../../../src/seeds/example-workbook";
import { SEED_IMPORTS } from "../../../src/seeds/seed-imports";
import HAND_TYPED from "./seed-rows.json";

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

      it("activity, lead and timeline, row by row: as typed by hand, and as in the example workbook", () => {
        const got = imported.activities.map((a) => [a.activity, a.lead, a.timeline]);
        expect(got).toEqual((HAND_TYPED as Record<string, string[][]>)[sheet.source].map((r) => r.slice(0, 3)));
        expect(got).toEqual(rows.map((r) => [r[0], r[1], r[4]]));
      });

      it("the expected outputs the hand-typed workbook linked are the workbook's, verbatim", () => {
        expect(rows.map((r) => r[5] ?? "")).toEqual((HAND_TYPED as Record<string, string[][]>)[sheet.source].map((r) => r[3]));
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

  it("src/seeds/seed-imports.ts is what the importer reads from the seeds now (npm run examples rewrites it)", () => {
    expect(SEED_IMPORTS).toEqual(importSeeds());
    expect(fs.readFileSync(path.join(__dirname, "..", "..", "..", "src", "seeds", "seed-imports.ts"), "utf8")).toBe(seedImportsSource(importSeeds()));
  });

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
