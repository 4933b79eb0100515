import * as fs from "fs";
import * as path from "path";
import { EXAMPLE_SHEETS } from "../../examples/example-workbook";

/** Every text cell of the example must be found, word for word, in the document it comes from. */
const SEEDS = path.join(__dirname, "..", "..", "examples", "seeds");
const norm = (s: string) => s.replace(/[*_]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
// Labels added to make a table (headers, lead/partner cells combining a document's list) are exempt.
const STRUCTURAL = /^(activity|lead|partners|action plan reference|timeline|expected output|status|cost|amount in chf|notes|position|fte)$/i;

describe("examples are transcribed verbatim from the seeds", () => {
  for (const sheet of EXAMPLE_SHEETS.filter((s) => s.source !== "illustrative")) {
    it(sheet.name, () => {
      const doc = norm(fs.readFileSync(path.join(SEEDS, sheet.source), "utf8"));
      const activityColumn = sheet.rows.slice(2).map((r) => r[0]).filter((v): v is string => typeof v === "string");
      const missing = activityColumn.filter((t) => !STRUCTURAL.test(t) && !doc.includes(norm(t).replace(/:$/, "")));
      expect(missing).toEqual([]);
      const timelines = sheet.rows.map((r) => r[4]).filter((v): v is string => typeof v === "string" && !STRUCTURAL.test(v));
      expect(timelines.filter((t) => !doc.includes(norm(t)))).toEqual([]);
    });
  }

  it("the ISU budget amounts are the published ones", () => {
    const doc = fs.readFileSync(path.join(SEEDS, "isu-2026-workplan-and-budget.md"), "utf8");
    for (const [label, amount] of [["Salaries", "378'961"], ["Social charges", "75'792"], ["Communication", "20'000"], ["Travel", "20'000"], ["Other implementation support costs", "20'000"], ["Total", "514'753"]])
      expect(doc).toContain(`${label}\t${amount}`);
  });
});
