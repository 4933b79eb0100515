import {
  monthIndex,
  monthKey,
  parsePeriod,
  periodFromIsoDate,
  quarterKey,
  type Period,
  type PeriodKind,
  type PeriodOptions,
} from "../../../src/core/parse/period";
import { monthNumber } from "../../../src/core/parse/months";

const MILESTONES = { "13MSP": "2025-09", "3RC": "2026-09" };

/** [text, kind, start month, end month, startDate, endDate] */
type Row = [string, PeriodKind, string, string, string, string];

function expectPeriod(text: string, options: PeriodOptions | undefined, row: Row): Period {
  const r = parsePeriod(text, options);
  if (!r.ok) throw new Error(`${JSON.stringify(text)} failed: ${r.reason}`);
  const p = r.value;
  const [, kind, start, end, startDate, endDate] = row;
  expect({
    kind: p.kind,
    start: p.start === undefined ? "" : monthKey(p.start),
    end: p.end === undefined ? "" : monthKey(p.end),
    startDate: p.startDate ?? "",
    endDate: p.endDate ?? "",
  }).toEqual({ kind, start, end, startDate, endDate });
  return p;
}

const check = (options?: PeriodOptions) => (...row: Row) => {
  const p = expectPeriod(row[0], options, row);
  expect(p.ongoing).toBe(row[1] === "ongoing");
};

describe("monthIndex, monthKey, quarterKey", () => {
  it("numbers months consecutively and formats them", () => {
    expect(monthIndex(2026, 1)).toBe(2026 * 12);
    expect(monthIndex(2026, 12) + 1).toBe(monthIndex(2027, 1));
    expect(monthKey(monthIndex(2026, 1))).toBe("2026-01");
    expect(monthKey(monthIndex(2025, 12))).toBe("2025-12");
    expect(quarterKey(monthIndex(2026, 1))).toBe("2026-Q1");
    expect(quarterKey(monthIndex(2026, 6))).toBe("2026-Q2");
    expect(quarterKey(monthIndex(2026, 12))).toBe("2026-Q4");
  });
});

describe("monthNumber", () => {
  it.each([
    ["January", 1], ["jan", 1], ["Jan.", 1], ["janv.", 1], ["JANVIER", 1], ["enero", 1], ["ene", 1],
    ["feb", 2], ["fév", 2], ["févr.", 2], ["fevr", 2], ["février", 2], ["febrero", 2],
    ["mar", 3], ["mars", 3], ["marzo", 3], ["apr", 4], ["avr.", 4], ["abr", 4], ["abril", 4],
    ["may", 5], ["mai", 5], ["mayo", 5], ["jun", 6], ["juin", 6], ["junio", 6],
    ["jul", 7], ["juil.", 7], ["juillet", 7], ["julio", 7],
    ["aug", 8], ["août", 8], ["aout", 8], ["ago", 8], ["agosto", 8],
    ["sep", 9], ["Sept.", 9], ["set", 9], ["septembre", 9], ["septiembre", 9], ["setiembre", 9],
    ["oct", 10], ["octobre", 10], ["octubre", 10], ["nov", 11], ["noviembre", 11],
    ["dec", 12], ["déc.", 12], ["décembre", 12], ["dic", 12], ["diciembre", 12], [" December ", 12],
  ])("%s → %d", (word, n) => expect(monthNumber(word)).toBe(n));

  it.each(["", "febtember", "q1", "2026", "d", "marc"])("%j is not a month", (word) =>
    expect(monthNumber(word)).toBeUndefined(),
  );
});

describe("parsePeriod: timeline strings from real work plans", () => {
  it.each<Row>([
    ["January 2026", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
    ["April 2026", "month", "2026-04", "2026-04", "2026-04-01", "2026-04-30"],
    ["May 2026", "month", "2026-05", "2026-05", "2026-05-01", "2026-05-31"],
    ["May – June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["September 2026", "month", "2026-09", "2026-09", "2026-09-01", "2026-09-30"],
    ["First quarter of 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["Second quarter of 2026", "quarter", "2026-04", "2026-06", "2026-04-01", "2026-06-30"],
    ["Third quarter of 2026", "quarter", "2026-07", "2026-09", "2026-07-01", "2026-09-30"],
    ["December 2024", "month", "2024-12", "2024-12", "2024-12-01", "2024-12-31"],
    ["January 2025:", "month", "2025-01", "2025-01", "2025-01-01", "2025-01-31"],
    ["February 2025:", "month", "2025-02", "2025-02", "2025-02-01", "2025-02-28"],
    ["March 2025", "month", "2025-03", "2025-03", "2025-03-01", "2025-03-31"],
    ["April 2025", "month", "2025-04", "2025-04", "2025-04-01", "2025-04-30"],
    ["June 2025", "month", "2025-06", "2025-06", "2025-06-01", "2025-06-30"],
    ["Overarching activities (December 2024 – September 2025)", "range", "2024-12", "2025-09", "2024-12-01", "2025-09-30"],
    ["Ongoing activities", "ongoing", "", "", "", ""],
    ["February 2026", "month", "2026-02", "2026-02", "2026-02-01", "2026-02-28"],
    ["March 2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["April-June 2026", "range", "2026-04", "2026-06", "2026-04-01", "2026-06-30"],
    ["June-August 2026", "range", "2026-06", "2026-08", "2026-06-01", "2026-08-31"],
    ["Geneva, 16-19 September 2025", "range", "2025-09", "2025-09", "2025-09-16", "2025-09-19"],
  ])("%j", check());
});

describe("parsePeriod: single months", () => {
  it.each<Row>([
    ["Jan 2026", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
    ["janvier 2026", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
    ["enero de 2026", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
    ["Sept. 2026", "month", "2026-09", "2026-09", "2026-09-01", "2026-09-30"],
    ["févr. 2024", "month", "2024-02", "2024-02", "2024-02-01", "2024-02-29"],
    ["AOÛT 2026", "month", "2026-08", "2026-08", "2026-08-01", "2026-08-31"],
    ["  march   2026 .", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["2026-03", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["03/2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["3.2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["March, 2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["(March 2026)", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["March 2026, Geneva", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["Workshop: March 2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["In March 2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["By March 2026", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31"],
    ["Q1 2026 TBC", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    // Two-digit years only right after a month word (documented choice).
    ["Jan 26", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
    ["Jan-26", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
    ["Jan '26", "month", "2026-01", "2026-01", "2026-01-01", "2026-01-31"],
  ])("%j", check());

  it("uses defaultYear when the text has no year at all", () => {
    check({ defaultYear: 2026 })("March", "month", "2026-03", "2026-03", "2026-03-01", "2026-03-31");
    check({ defaultYear: 2026 })("fourth quarter", "quarter", "2026-10", "2026-12", "2026-10-01", "2026-12-31");
    check({ defaultYear: 2026 })("Q1 – Q2", "range", "2026-01", "2026-06", "2026-01-01", "2026-06-30");
    check({ defaultYear: 2026 })("15 March", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15");
    // A year written on one end wins over the default.
    check({ defaultYear: 2030 })("May – June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30");
    expect(parsePeriod("March")).toEqual({ ok: false, reason: "year is missing" });
    expect(parsePeriod("March", { defaultYear: 2025 }).ok).toBe(true);
    expect(parsePeriod("March")).toEqual({ ok: false, reason: "year is missing" }); // memo keeps options apart
  });
});

describe("parsePeriod: month ranges", () => {
  it.each<Row>([
    ["May – June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["May—June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["May to June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["May until June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["May through June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["December 2024 – September 2025", "range", "2024-12", "2025-09", "2024-12-01", "2025-09-30"],
    ["Nov 2025 - Feb 2026", "range", "2025-11", "2026-02", "2025-11-01", "2026-02-28"],
    ["Jan-26 - Mar-26", "range", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["de mai à juin 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["mai au juin 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["de mayo a junio de 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["mayo al junio 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["mayo hasta junio 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["from May to June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["between May and June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    ["janv.–févr. 2026", "range", "2026-01", "2026-02", "2026-01-01", "2026-02-28"],
    ["Jan 2026 – Mar", "range", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["May/June 2026", "range", "2026-05", "2026-06", "2026-05-01", "2026-06-30"],
    // Nothing is reordered: the end-before-start rule reports these.
    ["June – May 2026", "range", "2026-06", "2026-05", "2026-06-01", "2026-05-31"],
    ["September 2026 – March 2025", "range", "2026-09", "2025-03", "2026-09-01", "2025-03-31"],
  ])("%j", check());
});

describe("parsePeriod: quarters and halves", () => {
  it.each<Row>([
    ["Q1 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["2026 Q1", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["2026-Q1", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["Q1/2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["1Q 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["first quarter of 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["First quarter 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["1st quarter 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["1er trimestre 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["premier trimestre 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["deuxième trimestre 2026", "quarter", "2026-04", "2026-06", "2026-04-01", "2026-06-30"],
    ["T2 2026", "quarter", "2026-04", "2026-06", "2026-04-01", "2026-06-30"],
    ["primer trimestre de 2026", "quarter", "2026-01", "2026-03", "2026-01-01", "2026-03-31"],
    ["segundo trimestre 2026", "quarter", "2026-04", "2026-06", "2026-04-01", "2026-06-30"],
    ["third quarter of 2026", "quarter", "2026-07", "2026-09", "2026-07-01", "2026-09-30"],
    ["4th quarter 2026", "quarter", "2026-10", "2026-12", "2026-10-01", "2026-12-31"],
    ["Q1–Q2 2026", "range", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["Q4 2025 - Q1 2026", "range", "2025-10", "2026-03", "2025-10-01", "2026-03-31"],
    ["H1 2026", "half", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["first half of 2026", "half", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["second half 2026", "half", "2026-07", "2026-12", "2026-07-01", "2026-12-31"],
    ["1er semestre 2026", "half", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["premier semestre 2026", "half", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["primer semestre de 2026", "half", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["S2 2026", "half", "2026-07", "2026-12", "2026-07-01", "2026-12-31"],
  ])("%j", check());
});

describe("parsePeriod: years", () => {
  it.each<Row>([
    ["2026", "year", "2026-01", "2026-12", "2026-01-01", "2026-12-31"],
    ["2025-2026", "range", "2025-01", "2026-12", "2025-01-01", "2026-12-31"],
    ["2025–2026", "range", "2025-01", "2026-12", "2025-01-01", "2026-12-31"],
    ["2025 to 2026", "range", "2025-01", "2026-12", "2025-01-01", "2026-12-31"],
    ["2025-26", "range", "2025-01", "2026-12", "2025-01-01", "2026-12-31"],
    ["2026/2027", "range", "2026-01", "2027-12", "2026-01-01", "2027-12-31"],
  ])("%j", check());
});

describe("parsePeriod: dates", () => {
  it.each<Row>([
    ["15 March 2026", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["March 15, 2026", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["2026-03-15", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["15/03/2026", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["15.03.2026", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["03/04/2026", "date", "2026-04", "2026-04", "2026-04-03", "2026-04-03"],
    ["15 mars 2026", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["15 de marzo de 2026", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["1st March 2026", "date", "2026-03", "2026-03", "2026-03-01", "2026-03-01"],
    ["March 1st, 2026", "date", "2026-03", "2026-03", "2026-03-01", "2026-03-01"],
    ["15-Mar-26", "date", "2026-03", "2026-03", "2026-03-15", "2026-03-15"],
    ["29 February 2024", "date", "2024-02", "2024-02", "2024-02-29", "2024-02-29"],
    ["15–17 March 2026", "range", "2026-03", "2026-03", "2026-03-15", "2026-03-17"],
    ["16-19 September 2025", "range", "2025-09", "2025-09", "2025-09-16", "2025-09-19"],
    ["March 15-17, 2026", "range", "2026-03", "2026-03", "2026-03-15", "2026-03-17"],
    ["30 March – 2 April 2026", "range", "2026-03", "2026-04", "2026-03-30", "2026-04-02"],
    ["May 15 – June 15, 2026", "range", "2026-05", "2026-06", "2026-05-15", "2026-06-15"],
    ["Workshop (16–19 September 2025)", "range", "2025-09", "2025-09", "2025-09-16", "2025-09-19"],
  ])("%j", check());
});

describe("parsePeriod: ongoing", () => {
  it.each([
    "Ongoing", "On-going", "On going", "Continuous", "Continuously", "Throughout", "Throughout the year",
    "Permanent", "As needed", "En cours", "Continu", "Permanente", "En curso", "Continuo", "Todo el año",
    "ONGOING.", "Ongoing activities", "Ongoing (Geneva)",
    "Activités continues", "Actividades continuas", "Continuos", "Permanentes", "En permanence", "Activités continuelles",
  ])("%j", (text) => check()(text, "ongoing", "", "", "", ""));

  it.each<Row>([
    ["Ongoing until June 2026", "ongoing", "", "2026-06", "", "2026-06-30"],
    ["Ongoing from January 2026", "ongoing", "2026-01", "", "2026-01-01", ""],
    ["Ongoing from Jan 2026 to June 2026", "ongoing", "2026-01", "2026-06", "2026-01-01", "2026-06-30"],
    ["Ongoing activities until Q2 2026", "ongoing", "", "2026-06", "", "2026-06-30"],
    ["En cours jusqu'à juin 2026", "ongoing", "", "2026-06", "", "2026-06-30"],
    ["Continuo desde enero de 2026", "ongoing", "2026-01", "", "2026-01-01", ""],
    ["Continu à partir de janvier 2026", "ongoing", "2026-01", "", "2026-01-01", ""],
    ["Throughout 2026", "ongoing", "2026-01", "2026-12", "2026-01-01", "2026-12-31"],
    ["Continuous (2025-2026)", "ongoing", "2025-01", "2026-12", "2025-01-01", "2026-12-31"],
    ["Ongoing (until June 2026)", "ongoing", "", "2026-06", "", "2026-06-30"],
  ])("%j", check());
});

describe("parsePeriod: milestones", () => {
  const opts = { milestones: MILESTONES };
  it.each<[string, PeriodKind, string, string, string[]]>([
    ["13MSP", "milestone", "2025-09", "2025-09", ["13MSP"]],
    ["13 MSP", "milestone", "2025-09", "2025-09", ["13MSP"]],
    ["13-msp", "milestone", "2025-09", "2025-09", ["13MSP"]],
    ["3 RC", "milestone", "2026-09", "2026-09", ["3RC"]],
    ["During the 3RC", "milestone", "2026-09", "2026-09", ["3RC"]],
    ["3RC (September 2026)", "milestone", "2026-09", "2026-09", ["3RC"]],
    // "Before X", "By X", "until X" are read as the milestone month itself.
    ["Before 3RC", "milestone", "2026-09", "2026-09", ["3RC"]],
    ["By the 3RC", "milestone", "2026-09", "2026-09", ["3RC"]],
    ["until 3RC", "milestone", "2026-09", "2026-09", ["3RC"]],
    ["March 2026 – 3RC", "range", "2026-03", "2026-09", ["3RC"]],
    ["13MSP - 3RC", "range", "2025-09", "2026-09", ["13MSP", "3RC"]],
    ["Ongoing until 3RC", "ongoing", "", "2026-09", ["3RC"]],
  ])("%j", (text, kind, start, end, names) => {
    const r = parsePeriod(text, opts);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.kind).toBe(kind);
    expect(r.value.start === undefined ? "" : monthKey(r.value.start)).toBe(start);
    expect(r.value.end === undefined ? "" : monthKey(r.value.end)).toBe(end);
    expect(r.value.milestones).toEqual(names);
  });

  it("does not match inside other words or without options", () => {
    expect(parsePeriod("13RC", opts).ok).toBe(false);
    expect(parsePeriod("3RC").ok).toBe(false);
    expect(parsePeriod("3RC (September 2026)")).toMatchObject({ ok: true, value: { kind: "month", milestones: [] } });
    expect(parsePeriod("March 2026", opts)).toMatchObject({ ok: true, value: { milestones: [] } });
  });

  it("fails on a milestone without a valid month", () => {
    expect(parsePeriod("COP", { milestones: { COP: "soon" } })).toEqual({ ok: false, reason: "milestone has no valid month" });
  });
});

describe("parsePeriod: failures", () => {
  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["sometime soon", "no month, quarter or year recognised"],
    ["TBD", "to be determined"],
    ["TBC", "to be determined"],
    ["tbd.", "to be determined"],
    ["to be determined", "to be determined"],
    ["à déterminer", "to be determined"],
    ["por determinar", "to be determined"],
    ["Date TBD", "to be determined"],
    ["Q5 2026", "quarter must be 1 to 4"],
    ["Q0 2026", "quarter must be 1 to 4"],
    ["H3 2026", "half must be 1 or 2"],
    ["Febtember 2026", "month name not recognised"],
    ["end of 2026", "unrecognised words in the period"],
    ["13/2026", "month must be 1 to 12"],
    ["2026-13", "month must be 1 to 12"],
    ["31 April 2026", "day does not exist in that month"],
    ["2026-04-31", "day does not exist in that month"],
    ["29 February 2025", "day does not exist in that month"],
    ["1850", "year must be between 1900 and 2199"],
    ["March 2250", "year must be between 1900 and 2199"],
    ["March 20260", "year must have 4 digits"],
    ["15", "no month, quarter or year recognised"],
    ["May 2026 June 2026", "unexpected text after the period"],
    ["fourth quarter", "year is missing"],
  ])("%j → %s", (text, reason) => expect(parsePeriod(text)).toEqual({ ok: false, reason }));
});

describe("parsePeriod: robustness", () => {
  it("returns the same result for the same text (memo) and never throws on odd input", () => {
    expect(parsePeriod("May – June 2026")).toBe(parsePeriod("May – June 2026"));
    for (const text of ["\uE000", "\uE000 2026", "((", "))", "-", "–", "2026 ((Q1", "\u0000", "😀 2026"]) {
      expect(() => parsePeriod(text, { milestones: MILESTONES })).not.toThrow();
    }
    expect(parsePeriod(undefined as unknown as string)).toEqual({ ok: false, reason: "empty" });
  });
});

describe("periodFromIsoDate", () => {
  it("makes a one-day period", () => {
    expect(periodFromIsoDate("2026-03-15")).toEqual({
      kind: "date",
      start: monthIndex(2026, 3),
      end: monthIndex(2026, 3),
      startDate: "2026-03-15",
      endDate: "2026-03-15",
      ongoing: false,
      milestones: [],
    });
    expect(periodFromIsoDate("2026-03-15T00:00:00.000Z").startDate).toBe("2026-03-15");
  });

  it("gives a period without bounds for an invalid date", () => {
    expect(periodFromIsoDate("2026-02-30")).toEqual({ kind: "date", ongoing: false, milestones: [] });
    expect(periodFromIsoDate("soon")).toEqual({ kind: "date", ongoing: false, milestones: [] });
  });
});
