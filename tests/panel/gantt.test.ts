import type { Report } from "../../src/core";
import { deliverableProgress, deliverablesOf, ganttModel } from "../../src/panel/gantt";
import { ENGLISH_LOCALE as EN, localeOf } from "../../src/panel/i18n";

type Timeline = Report["rollups"]["timeline"][number];
type Deliverable = Report["rollups"]["deliverables"][number];

const timeline = (over: Partial<Timeline> = {}): Timeline => ({
  sheet: "Plan", table: "Plan!A2:G9", activities: 4, byMonth: {}, byQuarter: {}, ongoing: 1, unscheduled: 1,
  months: ["2025-11", "2025-12", "2026-01", "2026-02", "2026-03"],
  grid: [
    { activity: "Retreat", cell: "E3", start: "2026-01", end: "2026-02", ongoing: false },
    { activity: "Outreach", cell: "E4", start: null, end: null, ongoing: true },
    { activity: "Someday", cell: "E5", start: null, end: null, ongoing: false },
    { activity: "Since Dec", cell: "E6", start: "2025-12", end: null, ongoing: true },
  ],
  milestones: [{ name: "3RC", month: "2026-03", activities: 0 }],
  ...over,
});

describe("ganttModel", () => {
  test("months, years and milestone marks", () => {
    const g = ganttModel(timeline(), EN);
    expect(g.months.map((m) => m.initial).join("")).toBe("NDJFM");
    expect(g.months[4]).toEqual({ key: "2026-03", initial: "M", name: "Mar 2026", milestones: ["3RC"] });
    expect(g.years).toEqual([{ year: "2025", span: 2 }, { year: "2026", span: 3 }]);
  });

  test("rows: scheduled bars, ongoing to the end of the chart, unscheduled empty", () => {
    const g = ganttModel(timeline(), EN);
    expect(g.rows.map((r) => [r.kind, r.from, r.to, r.period])).toEqual([
      ["scheduled", 2, 3, "Jan 2026 – Feb 2026"],
      ["ongoing", 0, 4, "ongoing"],
      ["unscheduled", null, null, "unscheduled"],
      ["ongoing", 1, 4, "ongoing since Dec 2025"],
    ]);
    expect(g.firstActive).toBe(2);
  });

  test("in French and Spanish: month names, initials and periods in the language", () => {
    const fr = ganttModel(timeline(), localeOf("fr"));
    expect(fr.months[4]).toMatchObject({ initial: "M", name: "mars 2026" });
    expect(fr.rows.map((r) => r.period)).toEqual(["janv. 2026 – févr. 2026", "en cours", "non planifiées", "en cours depuis déc. 2025"]);
    const es = ganttModel(timeline(), localeOf("es"));
    expect(es.months.map((m) => m.initial).join("")).toBe("NDEFM");
    expect(es.rows[3].period).toBe("en curso desde dic. 2025");
  });

  test("with no scheduled bar the first milestone is revealed; with no months nothing is drawn", () => {
    expect(ganttModel(timeline({ grid: [] }), EN).firstActive).toBe(4);
    const empty = ganttModel(timeline({ months: [], milestones: [] }), EN);
    expect(empty.rows[1]).toMatchObject({ kind: "ongoing", from: null, to: null });
    expect(empty.firstActive).toBe(0);
  });
});

describe("deliverables", () => {
  const d = (over: Partial<Deliverable>): Deliverable => ({
    sheet: "Plan", cell: "F3", activity: "Outreach", deliverable: "At least 10 documented meetings",
    target: { min: 10, max: null, unit: "documented meetings" }, achieved: 7, source: "outreach-log", ...over,
  });

  test("progress text and fraction", () => {
    expect(deliverableProgress(d({}), EN)).toEqual({ text: "7 / 10 documented meetings", fraction: 0.7 });
    expect(deliverableProgress(d({ achieved: 12 }), EN).fraction).toBe(1);
    expect(deliverableProgress(d({ target: { min: 1, max: 2, unit: "workshops" }, achieved: 1 }), EN).text).toBe("1 / 1–2 workshops");
    expect(deliverableProgress(d({ achieved: null, source: null }), EN)).toEqual({ text: "Target 10 documented meetings (not tracked)", fraction: null });
  });

  test("deliverables belong to the activities table whose rows hold them", () => {
    const t = timeline();
    const list = [d({ cell: "F3" }), d({ cell: "F20" }), d({ sheet: "Other", cell: "F3" })];
    expect(deliverablesOf(t, list).map((x) => `${x.sheet}!${x.cell}`)).toEqual(["Plan!F3"]);
  });
});
