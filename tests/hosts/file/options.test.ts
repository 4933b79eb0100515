import { SettingsSchema } from "../../../src/core";
import { localToday, parseActions, parseMilestones, parsePlanWindow, readerChoice, toSettings, UsageError } from "../../../src/hosts/file/options";

describe("toSettings", () => {
  it("turns flags into settings the core's schema accepts", () => {
    const s = toSettings({ asOf: "2026-01-15", planWindow: "2025-01:2026-12", actions: "1-50", milestone: ["3RC=2026-09", "Intersessionals=2026-06"], currency: "chf" });
    expect(s).toEqual({
      asOf: "2026-01-15", planWindow: { start: "2025-01", end: "2026-12" }, actionRange: { from: 1, to: 50 },
      milestones: { "3RC": "2026-09", Intersessionals: "2026-06" }, currency: "CHF", lang: "en",
    });
    expect(SettingsSchema.safeParse(s).success).toBe(true);
  });
  it("--max-issues sets the per-rule cap (0 lists all)", () => {
    expect(toSettings({ maxIssues: "0" })).toEqual({ maxIssuesPerRule: 0, lang: "en" });
    expect(toSettings({ maxIssues: "25" })).toEqual({ maxIssuesPerRule: 25, lang: "en" });
  });
  it("leaves out what was not given (the core fills defaults), but always names the language", () => {
    expect(toSettings({})).toEqual({ lang: "en" });
  });
  it("--lang names the language of the messages; without it the environment does (LC_ALL before LANG)", () => {
    expect(toSettings({ lang: "fr" })).toEqual({ lang: "fr" });
    expect(toSettings({ lang: "ES" }).lang).toBe("es");
    expect(toSettings({ lang: "fr-CH" }).lang).toBe("fr");
    expect(toSettings({}, { LANG: "fr_CH.UTF-8" }).lang).toBe("fr");
    expect(toSettings({}, { LANG: "fr_CH.UTF-8", LC_ALL: "es_ES.UTF-8" }).lang).toBe("es");
    expect(toSettings({}, { LANG: "de_CH.UTF-8" }).lang).toBe("en");
    expect(toSettings({ lang: "en" }, { LANG: "fr_CH.UTF-8" }).lang).toBe("en");
  });
  it("--grouping sets how amounts are grouped", () => {
    expect(toSettings({ grouping: "space" })).toEqual({ lang: "en", grouping: "space" });
    expect(() => toSettings({ grouping: "thin" })).toThrow(/--grouping expects apostrophe \(514'753\.50\), comma/);
  });
  it("refuses an unknown --lang with a line that lists the three", () => {
    expect(() => toSettings({ lang: "de" })).toThrow(UsageError);
    expect(() => toSettings({ lang: "de" })).toThrow("--lang expects en (English), fr (Français) or es (Español), not 'de'");
  });
  it.each([
    [{ asOf: "2026-02-30" }], [{ asOf: "15.01.2026" }], [{ planWindow: "2026-12:2025-01" }], [{ planWindow: "2025-13:2026-01" }],
    [{ actions: "50-1" }], [{ actions: "all" }], [{ milestone: ["3RC"] }], [{ milestone: ["=2026-09"] }], [{ currency: "Swiss francs" }], [{ maxIssues: "-1" }], [{ maxIssues: "many" }],
  ])("refuses %j with a UsageError", (flags) => {
    expect(() => toSettings(flags)).toThrow(UsageError);
  });
});

describe("flag parsers", () => {
  it("reads whole-year plan windows", () => {
    expect(parsePlanWindow("2025:2026")).toEqual({ start: "2025-01", end: "2026-12" });
    expect(parsePlanWindow("2025-2026")).toEqual({ start: "2025-01", end: "2026-12" });
  });
  it("reads action ranges and milestones", () => {
    expect(parseActions(" 12 – 17 ")).toEqual({ from: 12, to: 17 });
    expect(parseMilestones(["A=B=2026-01"])).toEqual({ "A=B": "2026-01" });
  });
  it("chooses the reader from the flag, then the environment", () => {
    expect(readerChoice(undefined, undefined)).toBe("auto");
    expect(readerChoice(undefined, "stream")).toBe("stream");
    expect(readerChoice("whole", "stream")).toBe("whole");
    expect(() => readerChoice("fast", undefined)).toThrow(UsageError);
  });
  it("takes today's date from the local clock", () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
