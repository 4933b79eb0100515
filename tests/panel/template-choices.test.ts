import { PREFILL_NAMES, PREFILLS } from "../../src/core/templates";
import { templateChoices } from "../../src/panel/template-choices";

describe("templateChoices", () => {
  test("the four kinds with human titles, each with only its own seeds", () => {
    const choices = templateChoices("en");
    expect(choices.map((c) => [c.kind, c.title])).toEqual([["activities", "Activities"], ["budget", "Budget"], ["staffing", "Staffing"], ["outreach", "Outreach log"], ["contributions", "Contributions"], ["expenditure", "Expenditure ledger"], ["rates", "Currency rates"]]);
    const budget = choices.find((c) => c.kind === "budget")!;
    expect(budget.prefills).toEqual([{ name: "isu-budget-2026", title: "ISU budget 2026 (CHF 514'753)" }]);
    expect(choices.find((c) => c.kind === "activities")!.prefills.map((p) => p.name)).toEqual(["art6-2025-2026", "sdr-2025-2026", "univ-2024-2025", "univ-2025-2026"]);
    // Every seed is offered exactly once, under its own kind.
    const offered = choices.flatMap((c) => c.prefills.map((p) => [p.name, c.kind]));
    expect(offered.sort()).toEqual(PREFILL_NAMES.map((p) => [p, PREFILLS[p].kind]).sort());
    expect(choices.every((c) => c.description.length > 0)).toBe(true);
  });

  test("in French: the templates' own French titles, descriptions and seed titles", () => {
    const fr = templateChoices("fr");
    expect(fr.find((c) => c.kind === "activities")!.title).toBe("Activités");
    expect(fr.find((c) => c.kind === "activities")!.description).not.toBe(templateChoices("en")[0].description);
    expect(fr.find((c) => c.kind === "budget")!.prefills.map((p) => p.name)).toEqual(["isu-budget-2026"]);
    expect(fr.find((c) => c.kind === "budget")!.prefills[0].title).not.toBe(templateChoices("en").find((c) => c.kind === "budget")!.prefills[0].title);
  });
});
