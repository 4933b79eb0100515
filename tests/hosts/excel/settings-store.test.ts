import { loadSettings, saveSettings, SETTINGS_KEY } from "../../../src/hosts/excel/settings-store";
import { FakeSettings } from "./fake-excel";

describe("settings in the document", () => {
  test("saved as JSON under one key and written into the file", async () => {
    const bag = new FakeSettings();
    await saveSettings(bag, { asOf: "2026-03-01", milestones: { "3RC": "2026-09" } });
    expect(bag.saves).toBe(1);
    expect(JSON.parse(String(bag.saved.get(SETTINGS_KEY)))).toEqual({ asOf: "2026-03-01", milestones: { "3RC": "2026-09" } });
    expect(loadSettings(bag)).toEqual({ asOf: "2026-03-01", milestones: { "3RC": "2026-09" } });
  });
  test("invalid settings are refused and nothing is saved", async () => {
    const bag = new FakeSettings();
    await expect(saveSettings(bag, { asOf: "tomorrow" })).rejects.toThrow();
    expect(bag.saves).toBe(0);
  });
  test("nothing saved, or something unreadable, gives defaults", () => {
    const bag = new FakeSettings();
    expect(loadSettings(bag)).toEqual({});
    bag.set(SETTINGS_KEY, "{oops");
    expect(loadSettings(bag)).toEqual({});
    bag.set(SETTINGS_KEY, JSON.stringify({ currency: "francs" }));
    expect(loadSettings(bag)).toEqual({});
  });
  test("a failed save is an error", async () => {
    const bag = new FakeSettings();
    bag.saveAsync = (cb) => cb?.({ status: "failed", error: { message: "read-only document" } } as unknown as Office.AsyncResult<void>);
    await expect(saveSettings(bag, {})).rejects.toThrow("read-only document");
  });
});
