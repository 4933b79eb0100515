import { actionPlanText, parseActionPlan } from "../../../src/core/parse/action-plan";
import { formToSettings, settingsToForm } from "../../../src/panel/settings-form";
import { parseActionPlans } from "../../../src/hosts/file/options";

describe("action plans for coverage", () => {
  it("reads NAME (ABBR)=FROM-TO and writes it back", () => {
    const p = parseActionPlan("Vientiane Action Plan (VAP)=1-40");
    expect(p).toEqual({ ok: true, value: { name: "Vientiane Action Plan", abbreviation: "VAP", from: 1, to: 40 } });
    if (p.ok) expect(actionPlanText(p.value)).toBe("Vientiane Action Plan (VAP)=1-40");
    expect(parseActionPlan("Oslo Action Plan=1–30")).toEqual({ ok: true, value: { name: "Oslo Action Plan", from: 1, to: 30 } });
  });

  it("refuses what it cannot read, with a reason", () => {
    for (const bad of ["VAP", "=1-40", "VAP=40-1", "VAP=0-3", "VAP=one-two"]) expect(parseActionPlan(bad).ok).toBe(false);
  });

  it("the panel's form and the CLI add plans after the Lausanne one", () => {
    const r = formToSettings({ asOf: "", windowStart: "", windowEnd: "", actionFrom: "", actionTo: "", milestones: "", actionPlans: "Vientiane Action Plan (VAP)=1-40\n" });
    expect(r.ok && r.value.actionPlans?.map((p) => p.name)).toEqual(["Lausanne Action Plan", "Vientiane Action Plan"]);
    if (r.ok) expect(settingsToForm(r.value).actionPlans).toBe("Vientiane Action Plan (VAP)=1-40");
    expect(formToSettings({ asOf: "", windowStart: "", windowEnd: "", actionFrom: "", actionTo: "", milestones: "", actionPlans: "VAP=9-1" }).ok).toBe(false);
    expect(parseActionPlans(["Vientiane Action Plan (VAP)=1-40"])?.map((p) => p.to)).toEqual([50, 40]);
    expect(() => parseActionPlans(["nope"])).toThrow(/--action-plan 'nope'/);
  });
});
