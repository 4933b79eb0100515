import { milestonesObject, parseMilestone, resolveSettings, SettingsSchema } from "../../src/core";
import { outreachStage } from "../../src/core/kinds/outreach";
import { cutParams, quote } from "../../src/core/text";
import { parseMilestones } from "../../src/hosts/file/options";
import { formToSettings } from "../../src/panel/settings-form";
import { found, run } from "./helpers";

describe("lookups keyed by user text", () => {
  it("an outreach stage named like an Object member is an unknown stage", () => {
    for (const s of ["Constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]) expect(outreachStage(s)).toBeUndefined();
    const v = run([{ name: "Log", rows: [["State", "Date", "Stage"], ["State A", { date: "2026-01-10" }, "Constructor"]] }], { asOf: "2026-02-01" });
    expect(found(v)).toContain("Log!C2 outreach.unknown-stage");
  });

  it("a milestone named __proto__ survives the CLI, the panel, the settings schema and the timeline", () => {
    const fromCli = parseMilestones(["__proto__=2026-05", "constructor=2026-06"]);
    const fromPanel = formToSettings({ asOf: "", windowStart: "", windowEnd: "", actionFrom: "", actionTo: "", milestones: "__proto__=2026-05\nconstructor=2026-06" });
    expect(fromPanel.ok && fromPanel.value.milestones).toEqual(fromCli);
    const checked = SettingsSchema.parse({ milestones: fromCli });
    expect(Object.keys(checked.milestones ?? {})).toEqual(["__proto__", "constructor"]);
    const settings = resolveSettings(checked, "2026-01-15");
    expect(Object.entries(settings.milestones)).toEqual(expect.arrayContaining([["__proto__", "2026-05"]]));
    const v = run([{ name: "Plan 2026", rows: [["Activity", "Lead", "Timeline"], ["Retreat", "ISU", "Before __proto__"]] }], { asOf: "2026-01-15", milestones: fromCli });
    expect(v.rollups.timeline[0].milestones).toEqual(expect.arrayContaining([{ name: "__proto__", month: "2026-05", activities: 1 }]));
  });

  it("one parser for milestone text: names may hold '=', the month follows the last one", () => {
    expect(parseMilestone("Phase=2 = 2026-03")).toEqual({ ok: true, value: { name: "Phase=2", month: "2026-03" } });
    expect(parseMilestones(["Phase=2=2026-03"])).toEqual({ "Phase=2": "2026-03" });
    const panel = formToSettings({ asOf: "", windowStart: "", windowEnd: "", actionFrom: "", actionTo: "", milestones: "Phase=2=2026-03" });
    expect(panel).toEqual({ ok: true, value: { milestones: { "Phase=2": "2026-03" } } });
    expect(parseMilestone("=2026-03").ok).toBe(false);
    expect(parseMilestone("3RC").ok).toBe(false);
    expect(milestonesObject([{ name: "__proto__", month: "2026-01" }])).toHaveProperty(["__proto__"], "2026-01");
  });
});

describe("cell text in message parameters", () => {
  it("quote cuts a huge text quickly, never inside a surrogate pair", () => {
    const huge = "label ".repeat(2_000_000);
    expect(quote(huge)).toHaveLength(60);
    expect(quote(huge).endsWith("…")).toBe(true);
    expect(quote("a".repeat(58) + "😀x", 60)).toBe("a".repeat(58) + "…");
    expect(quote("  spaced\n out  ")).toBe("spaced out");
  });
  it("cutParams keeps any string param to 200 characters and leaves short ones alone", () => {
    const p = { text: "x".repeat(10_000), n: 3, short: "ok" };
    const cut = cutParams(p);
    expect((cut.text as string).length).toBe(200);
    expect(cut).toMatchObject({ n: 3, short: "ok" });
    const small = { a: "b" };
    expect(cutParams(small)).toBe(small);
  });
  it("every rule quotes long cell text (labels, activities, statuses, timelines, references, headers)", () => {
    const long = "L".repeat(5000);
    const v = run([
      { name: "Budget", rows: [["COST", "Amount in CHF", "NOTES"], [long, -5, null], [long, 5, null], ["Total", 7, null], [long + "x", 9, null]] },
      { name: "Plan 2026", rows: [["Activity", "Lead", "Action plan reference", "Timeline", "Status", long], [long, "L", `Actions 61 ${long}`, `June – May 2026 ${long}`, long, "v"], [long, "L", null, null, null, null], [long, "L", null, "January 2025", long, null]] },
    ], { asOf: "2026-06-01" });
    expect(v.issues.length).toBeGreaterThan(5);
    for (const i of v.issues) {
      for (const [k, val] of Object.entries(i.params)) if (typeof val === "string") expect([k, val.length <= 60]).toEqual([k, true]);
      expect(i.message.length).toBeLessThan(400);
    }
  });
});
