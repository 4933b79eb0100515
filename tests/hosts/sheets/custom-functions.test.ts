import { DEFAULT_MILESTONES } from "../../../src/core";
import { parsePeriod } from "../../../src/core/parse/period";
import { EXAMPLE_SHEETS, ISU_BUDGET } from "../../../examples/example-workbook";
import { FakeAppsScript, formatDate, midnightIn } from "./fake-apps-script";
import { exampleSeedSheets, loadCode, TIME_ZONE } from "./load-code";

/** Custom functions as Sheets calls them: dates cross in the script's zone (Europe/Zurich, appsscript.json). */
function setup(timeZone = TIME_ZONE, properties: Record<string, string> = {}) {
  const fake = new FakeAppsScript({ name: "Workplan", timeZone, sheets: [], properties });
  const loaded = loadCode(fake);
  return { fake, ...loaded, globals: loaded.custom };
}

const day = (d: Date, tz = TIME_ZONE) => formatDate(d, tz, "yyyy-MM-dd HH:mm");

/** Every timeline text in the example workbook (column E of the work plans), from the seeds. */
const TIMELINES = [...new Set(EXAMPLE_SHEETS.filter((s) => s.rows[1]?.[4] === "Timeline").flatMap((s) => s.rows.slice(2).map((r) => r[4]).filter((v): v is string => typeof v === "string")))];

describe("custom functions in the built Code.js", () => {
  test("WORKPLAN_PERIOD_START / END on the brief's example give midnight dates in the spreadsheet's zone", () => {
    const { globals } = setup();
    expect(day(globals.WORKPLAN_PERIOD_START("May – June 2026"))).toBe("2026-05-01 00:00");
    expect(day(globals.WORKPLAN_PERIOD_END("May – June 2026"))).toBe("2026-06-30 00:00");
    const ny = setup("America/New_York").globals;
    expect(day(ny.WORKPLAN_PERIOD_START("Q1 2026"), "America/New_York")).toBe("2026-01-01 00:00");
  });

  test.each(TIMELINES)("timeline seed %p agrees with the core's period parser", (text) => {
    const { globals } = setup();
    const parsed = parsePeriod(text, { milestones: { ...DEFAULT_MILESTONES } });
    const start = parsed.ok ? parsed.value.startDate : undefined;
    const end = parsed.ok ? parsed.value.endDate : undefined;
    if (start) expect(globals.WORKPLAN_PERIOD_START(text).getTime()).toBe(midnightIn(start, TIME_ZONE).getTime());
    else expect(() => globals.WORKPLAN_PERIOD_START(text)).toThrow(/no start date|Cannot read/);
    if (end) expect(globals.WORKPLAN_PERIOD_END(text).getTime()).toBe(midnightIn(end, TIME_ZONE).getTime());
    else expect(() => globals.WORKPLAN_PERIOD_END(text)).toThrow(/no end date|Cannot read/);
  });

  test("a range gives a range: per-cell dates, blanks stay blank, unreadable cells say why", () => {
    const { globals } = setup();
    const out = globals.WORKPLAN_PERIOD_START([["First quarter of 2026", "September 2026"], ["", "Febtember 2026"]]);
    expect(day(out[0][0])).toBe("2026-01-01 00:00");
    expect(day(out[0][1])).toBe("2026-09-01 00:00");
    expect(out[1][0]).toBe("");
    expect(out[1][1]).toMatch(/^Cannot read the timeline "Febtember 2026"/);
    expect(() => globals.WORKPLAN_PERIOD_END("Febtember 2026")).toThrow(/Cannot read the timeline "Febtember 2026"/);
    // A real date cell is its own period.
    expect(day(globals.WORKPLAN_PERIOD_END(midnightIn("2026-03-10", TIME_ZONE)))).toBe("2026-03-10 00:00");
  });

  test("west of the script's zone a date cell keeps its day (the function compensates for the zones)", () => {
    for (const zone of ["America/Los_Angeles", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"]) {
      const { fake, globals } = setup(zone);
      expect(fake.scriptTimeZone).not.toBe(zone);
      const cell = midnightIn("2026-03-10", zone); // a date cell as the spreadsheet holds it
      expect([zone, day(globals.WORKPLAN_PERIOD_END(cell), zone)]).toEqual([zone, "2026-03-10 00:00"]);
      expect([zone, day(globals.WORKPLAN_PERIOD_START("May – June 2026"), zone)]).toEqual([zone, "2026-05-01 00:00"]);
      // An outreach contact dated the day after the as-of date is in the future, in every zone.
      const log = [["State", "Date", "Stage", "Lead"], ["State A", midnightIn("2026-03-02", zone), "Contacted", "Norway"]];
      expect([zone, globals.WORKPLAN_CHECK(log, midnightIn("2026-03-01", zone))]).toEqual([zone, expect.stringMatching(/dated 2026-03-02, after today \(2026-03-01\)/)]);
      expect([zone, globals.WORKPLAN_CHECK(log, midnightIn("2026-03-02", zone))]).toEqual([zone, "OK"]);
    }
  });

  test("the saved settings apply: milestones, and the as-of date unless one is passed", () => {
    const settings = JSON.stringify({ asOf: "2026-03-01", milestones: { Retreat: "2026-01" } });
    const { globals } = setup(TIME_ZONE, { "workplanCheck.settings": settings });
    expect(day(globals.WORKPLAN_PERIOD_START("Before the Retreat"))).toBe("2026-01-01 00:00");
    const log = [["State", "Date", "Stage", "Lead"], ["State A", midnightIn("2026-06-01", TIME_ZONE), "Contacted", "Norway"]];
    expect(globals.WORKPLAN_CHECK(log)).toMatch(/dated 2026-06-01, after today \(2026-03-01\)/); // the saved as-of date
    expect(globals.WORKPLAN_CHECK(log, "2026-07-01")).toBe("OK"); // the argument wins (TODAY() keeps it current)
    expect(() => globals.WORKPLAN_CHECK(log, "next week")).toThrow(/as-of date "next week"/);
  });

  test("WORKPLAN_AMOUNT reads the seeds' amounts", () => {
    const { globals } = setup();
    expect(globals.WORKPLAN_AMOUNT("514'753")).toBe(514753);
    expect(globals.WORKPLAN_AMOUNT("CHF 20'000.-")).toBe(20000);
    expect(globals.WORKPLAN_AMOUNT(378961)).toBe(378961);
    expect(globals.WORKPLAN_AMOUNT("")).toBe("");
    expect(() => globals.WORKPLAN_AMOUNT("GICHD, in-kind")).toThrow(/Cannot read the amount "GICHD, in-kind"/);
    const column = ISU_BUDGET.rows.slice(3, 10).map((r) => [r[1] === null ? "" : r[1]]);
    const out = globals.WORKPLAN_AMOUNT(column.map(([v]) => [typeof v === "number" ? v.toLocaleString("de-CH").replace(/’/g, "'") : v]));
    expect(out.slice(0, 6).map((r: unknown[]) => r[0])).toEqual([378961, 75792, 20000, 20000, 20000, 514753]);
    expect(out[6][0]).toMatch(/^Cannot read the amount/);
  });

  test("WORKPLAN_CHECK: OK on the published budget, the mismatch on a wrong total", () => {
    const { globals } = setup();
    const table = exampleSeedSheets()[0].values.slice(2, 10).map((r) => [0, 1, 2].map((i) => r[i] ?? ""));
    expect(globals.WORKPLAN_CHECK(table)).toBe("OK");
    const wrong = table.map((r) => [...r]);
    expect(wrong[6][0]).toBe("Total");
    wrong[6][1] = 500000;
    expect(globals.WORKPLAN_CHECK(wrong)).toMatch(/stated total is CHF 500'000 but .* add up to CHF 514'753/);
    expect(globals.WORKPLAN_CHECK("hello")).toMatch(/^No workplan, budget, staffing or outreach table recognised/);
  });

  test("WORKPLAN_CHECK reads date cells as dates (outreach log)", () => {
    const { globals } = setup();
    const log = exampleSeedSheets().find((s) => s.name.startsWith("Outreach"))!.values.slice(1);
    const future = log.map((r) => [...r]);
    future[1][1] = midnightIn("2099-01-01", TIME_ZONE);
    expect(globals.WORKPLAN_CHECK(future)).toMatch(/dated 2099-01-01, after today/);
  });
});
