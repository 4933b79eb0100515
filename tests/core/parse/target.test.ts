import { parseTarget, type Target } from "../../../src/core/parse/target";

describe("parseTarget", () => {
  test.each<[string, Target]>([
    [
      "at least 10 documented bilateral outreach meetings",
      { min: 10, comparator: "at-least", unit: "documented bilateral outreach meetings" },
    ],
    ["At least one new State Party", { min: 1, comparator: "at-least", unit: "new State Party" }],
    ["1-2 regional engagements", { min: 1, max: 2, comparator: "range", unit: "regional engagements" }],
    ["1–2 regional engagements", { min: 1, max: 2, comparator: "range", unit: "regional engagements" }],
    ["2 to 3 reports", { min: 2, max: 3, comparator: "range", unit: "reports" }],
    ["one or two webinars", { min: 1, max: 2, comparator: "range", unit: "webinars" }],
    ["between 3 and 5 webinars", { min: 3, max: 5, comparator: "range", unit: "webinars" }],
    ["entre 3 et 5 ateliers", { min: 3, max: 5, comparator: "range", unit: "ateliers" }],
    ["entre 3 y 5 talleres", { min: 3, max: 5, comparator: "range", unit: "talleres" }],
    ["2 a 3 talleres", { min: 2, max: 3, comparator: "range", unit: "talleres" }],
    ["two regional workshops in 2026", { min: 2, max: 2, comparator: "exactly", unit: "regional workshops" }],
    ["In 2026, two regional workshops", { min: 2, max: 2, comparator: "exactly", unit: "regional workshops" }],
    ["au moins 10 réunions", { min: 10, comparator: "at-least", unit: "réunions" }],
    ["Au moins deux ateliers", { min: 2, comparator: "at-least", unit: "ateliers" }],
    ["al menos 10 reuniones", { min: 10, comparator: "at-least", unit: "reuniones" }],
    ["al menos una reunión", { min: 1, comparator: "at-least", unit: "reunión" }],
    ["a minimum of 3 missions", { min: 3, comparator: "at-least", unit: "missions" }],
    ["min. 3 missions", { min: 3, comparator: "at-least", unit: "missions" }],
    ["up to 5 trainings", { max: 5, comparator: "at-most", unit: "trainings" }],
    ["no more than 5 missions", { max: 5, comparator: "at-most", unit: "missions" }],
    ["jusqu'à 5 formations", { max: 5, comparator: "at-most", unit: "formations" }],
    ["jusqu’à cinq formations", { max: 5, comparator: "at-most", unit: "formations" }],
    ["hasta 5 capacitaciones", { max: 5, comparator: "at-most", unit: "capacitaciones" }],
    ["hasta once talleres", { max: 11, comparator: "at-most", unit: "talleres" }],
    ["more than 10 States", { min: 11, comparator: "at-least", unit: "States" }],
    ["fewer than 5 errors", { max: 4, comparator: "at-most", unit: "errors" }],
    ["10 or more participants", { min: 10, comparator: "at-least", unit: "participants" }],
    ["10+ participants", { min: 10, comparator: "at-least", unit: "participants" }],
    ["10 meetings or more", { min: 10, comparator: "at-least", unit: "meetings" }],
    ["Organiser une réunion régionale", { min: 1, max: 1, comparator: "exactly", unit: "réunion régionale" }],
    ["deux ateliers régionaux en 2026", { min: 2, max: 2, comparator: "exactly", unit: "ateliers régionaux" }],
    ["dos talleres regionales", { min: 2, max: 2, comparator: "exactly", unit: "talleres regionales" }],
    ["dix-sept pays", { min: 17, max: 17, comparator: "exactly", unit: "pays" }],
    ["twenty country visits", { min: 20, max: 20, comparator: "exactly", unit: "country visits" }],
    ["Report adopted by 31 December 2026 with 3 annexes", { min: 3, max: 3, comparator: "exactly", unit: "annexes" }],
    ["Implement Action 12 through 4 pilots", { min: 4, max: 4, comparator: "exactly", unit: "pilots" }],
    ["within 6 months, 3 reports", { min: 3, max: 3, comparator: "exactly", unit: "reports" }],
    ["1,000 participants", { min: 1000, max: 1000, comparator: "exactly", unit: "participants" }],
    ["at least 80% of participants satisfied", { min: 80, comparator: "at-least", unit: "% of participants satisfied" }],
    ["12 newsletters per year", { min: 12, max: 12, comparator: "exactly", unit: "newsletters" }],
    ["5", { min: 5, max: 5, comparator: "exactly", unit: "" }],
  ])("%j", (text, target) => {
    expect(parseTarget(text)).toEqual({ ok: true, value: target });
  });

  test.each([
    "Publish the annual report",
    "Report adopted by 31 December 2026",
    "Workshops held in 2026",
    "Action 12 implemented",
    "COP15 side event",
    "Once the plan is adopted, publish it",
    "Q3 2026",
    "",
  ])("%j => no numeric target", (text) => {
    expect(parseTarget(text)).toEqual({ ok: false, reason: "no numeric target" });
  });
});
