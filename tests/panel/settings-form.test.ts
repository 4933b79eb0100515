import { formToSettings, SettingsForm, settingsToForm } from "../../src/panel/settings-form";

const EMPTY: SettingsForm = { asOf: "", windowStart: "", windowEnd: "", actionFrom: "", actionTo: "", milestones: "" };
const errorsOf = (f: Partial<SettingsForm>) => {
  const r = formToSettings({ ...EMPTY, ...f });
  return r.ok ? [] : r.errors;
};

describe("settings form", () => {
  test("an empty form means no settings (the core's defaults apply)", () => {
    expect(formToSettings(EMPTY)).toEqual({ ok: true, value: {} });
  });

  test("a full form round-trips through Settings", () => {
    const form: SettingsForm = { asOf: "2026-03-31", windowStart: "2025-01", windowEnd: "2026-12", actionFrom: "1", actionTo: "50", milestones: "3RC=2026-09\nRetreat = 2026-01" };
    const r = formToSettings(form);
    expect(r).toEqual({ ok: true, value: { asOf: "2026-03-31", planWindow: { start: "2025-01", end: "2026-12" }, actionRange: { from: 1, to: 50 }, milestones: { "3RC": "2026-09", Retreat: "2026-01" } } });
    if (r.ok) expect(settingsToForm(r.value)).toEqual({ ...form, milestones: "3RC=2026-09\nRetreat=2026-01" });
  });

  test("fields the form does not show are kept from the loaded settings; cleared fields are dropped", () => {
    const r = formToSettings(EMPTY, { currency: "EUR", roundingTolerance: 2, asOf: "2026-01-01", milestones: { X: "2026-01" } });
    expect(r).toEqual({ ok: true, value: { currency: "EUR", roundingTolerance: 2 } });
  });

  test("bad values give readable errors", () => {
    expect(errorsOf({ asOf: "2026-02-30" })).toEqual(["As-of date “2026-02-30” is not a date (YYYY-MM-DD)."]);
    expect(errorsOf({ windowStart: "2025-01" })[0]).toMatch(/both a start and an end/);
    expect(errorsOf({ windowStart: "2026-12", windowEnd: "2025-01" })[0]).toMatch(/starts \(2026-12\) after it ends/);
    expect(errorsOf({ windowStart: "2025-13", windowEnd: "2026-01" })[0]).toMatch(/YYYY-MM/);
    expect(errorsOf({ actionFrom: "1.5", actionTo: "3" })[0]).toMatch(/whole numbers/);
    expect(errorsOf({ actionFrom: "9", actionTo: "3" })[0]).toMatch(/starts \(9\) after it ends \(3\)/);
    expect(errorsOf({ actionTo: "3" })[0]).toMatch(/both a first and a last/);
    expect(errorsOf({ milestones: "3RC 2026-09" })).toEqual(["Milestone line 1 “3RC 2026-09”: write NAME=YYYY-MM."]);
    expect(errorsOf({ milestones: "\n3RC=Sept" })).toEqual(["Milestone 3RC: “Sept” is not a month (YYYY-MM)."]);
    expect(errorsOf({ milestones: "A=2026-01\nA=2026-02" })).toEqual(["Milestone A is listed twice."]);
  });

  test("milestone names that are object keys in JavaScript stay plain names", () => {
    const r = formToSettings({ ...EMPTY, milestones: "__proto__=2026-01\nconstructor=2026-02" });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.value.milestones!)).toEqual(["__proto__", "constructor"]);
      expect(Object.getPrototypeOf(r.value.milestones)).toBe(Object.prototype);
    }
  });
});
