import { MONEY_FORMAT } from "../../../src/core/templates/formats";
import { resolveSettings, validateWorkbook } from "../../../src/core";
import { isDoneStatus } from "../../../src/core/kinds/activities";
import { outreachStage, OUTREACH_STAGES } from "../../../src/core/kinds/outreach";
import { parsePeriod } from "../../../src/core/parse/period";
import {
  ACTIVITY_HEADERS, ACTIVITY_STATUSES, buildTemplate, PREFILL_NAMES, PREFILLS, prefillsOf, renameNames, TEMPLATE_KINDS, TemplateError, templateCells, templateToSnapshot,
} from "../../../src/core/templates";
import type { PrefillName, TemplateKind, TemplateSheet } from "../../../src/core/templates";

import { ILLUSTRATIVE_RATES } from "../../../examples/example-workbook";
const AS_OF = "2026-10-01";
/** The illustrative rates (a contributions or ledger template checked alone has no rate table beside it). */
const settings = resolveSettings({ asOf: AS_OF, rates: ILLUSTRATIVE_RATES }, AS_OF);
const TODAY = "2026-01-15";

const ALL: { label: string; t: TemplateSheet }[] = [
  ...TEMPLATE_KINDS.map(({ kind }) => ({ label: `blank ${kind}`, t: buildTemplate(kind, undefined, { today: TODAY }) })),
  ...PREFILL_NAMES.map((p) => ({ label: p, t: buildTemplate(PREFILLS[p].kind, p) })),
];
const PREFILLED = ALL.filter((x) => x.t.prefill !== undefined);

const validate = (t: TemplateSheet, hostTable = true) => validateWorkbook({ name: `${t.sheetName}.xlsx`, sheets: [templateToSnapshot(t, { hostTable })] }, settings);
const errors = (v: ReturnType<typeof validate>) => v.issues.filter((i) => i.severity === "error").map((i) => `${i.cell} ${i.code}`);
const cellAt = (t: TemplateSheet, ref: string) => templateCells(t).find((c) => c.ref === ref)?.cell;
const rowOf = (t: TemplateSheet, label: string) => t.rows.findIndex((r) => r[0]?.value === label) + 1;

describe.each(ALL)("the $label template", ({ t }) => {
  it("is one table of its kind for the core, where the template says, read with or without the host table", () => {
    const withTable = validate(t);
    expect(withTable.tables.map((x) => [x.kind, x.range, x.source])).toEqual([[t.kind, t.table.ref, "host-table"]]);
    const detected = validate(t, false);
    expect(detected.tables.map((x) => [x.kind, x.source])).toEqual([[t.kind, "detected"]]);
    expect(detected.tables[0].title).toBe(t.title);
  });

  it("has a header row of text only, and nothing right of the table within its rows", () => {
    const header = t.rows[t.table.headerRow - 1];
    expect(header.every((c) => c === null || typeof c.value === "string")).toBe(true);
    const outside = templateCells(t).filter((c) => c.row > t.table.headerRow && c.row <= t.table.lastDataRow && c.column > t.table.lastColumn);
    expect(outside).toEqual([]);
    expect(validate(t, false).issues.filter((i) => i.code === "table.extra-cells")).toEqual([]);
  });

  it("is plain data (survives JSON, as it must to reach a sidebar) with references on its own sheet", () => {
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    const refs = [...t.validations.map((v) => v.range), ...t.conditionalFormats.map((c) => c.range), ...t.namedRanges.map((n) => n.ref), t.table.ref];
    for (const ref of refs) expect(ref).toMatch(/^\$?[A-Z]{1,3}\$?\d+(:[A-Z]{1,3}\d+)?$/);
    for (const c of templateCells(t)) if (c.cell.formula) expect(c.cell.formula).toMatch(/^=[^!]+$/);
  });

  it("stays within Excel's limits (names, input messages, list sources)", () => {
    expect(t.sheetName.length).toBeLessThanOrEqual(31);
    expect(t.sheetName).not.toMatch(/[[\]:*?/\\]/);
    expect(t.table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
    expect(t.table.name).not.toMatch(/^[A-Za-z]{1,3}\d+$/); // would read as a cell reference
    for (const v of t.validations) {
      expect(v.promptTitle.length).toBeLessThanOrEqual(32);
      expect(v.prompt.length).toBeLessThanOrEqual(255);
      expect(v.error.length).toBeLessThanOrEqual(225);
      if (v.strict) expect(v.error).not.toBe("");
      if (v.rule.type === "list") expect(v.rule.values.join(",").length).toBeLessThanOrEqual(255);
    }
    expect(t.columns.length).toBeGreaterThanOrEqual(t.table.lastColumn);
    expect(t.freezeRows).toBe(t.table.headerRow);
  });
});

describe.each(PREFILLED)("the prefilled $label template", ({ t }) => {
  it("validates with no error-severity issue (with and without the host table)", () => {
    expect(errors(validate(t))).toEqual([]);
    expect(errors(validate(t, false))).toEqual([]);
  });

  it("carries every row of its seed, in order, and the core reads them all", () => {
    const seed = PREFILLS[t.prefill as PrefillName].seed;
    const header = t.rows[t.table.headerRow - 1][0]?.value;
    const seedHeader = seed.rows.findIndex((r) => r[0] === header);
    const end = seed.rows.findIndex((r, i) => i > seedHeader && r.every((v) => v === null));
    const seedFirstCells = seed.rows.slice(seedHeader + 1, end < 0 ? undefined : end).map((r) => r[0]);
    const firstCells = t.rows.slice(t.table.firstDataRow - 1, t.table.lastDataRow).map((r) => r[0]?.value);
    expect(firstCells).toEqual(t.kind === "staffing" ? [...seedFirstCells, "Total"] : seedFirstCells);
    expect(validate(t).tables[0].rows).toBe(t.table.lastDataRow - t.table.headerRow);
  });
});

describe("the activities template", () => {
  const blank = buildTemplate("activities", undefined, { today: TODAY });

  it("has the header the core reads, about 20 empty rows, and a Gantt month per column of the plan window", () => {
    expect(blank.rows[2].slice(0, ACTIVITY_HEADERS.length).map((c) => c?.value)).toEqual([...ACTIVITY_HEADERS]);
    expect(blank.table.lastDataRow - blank.table.firstDataRow + 1).toBe(20);
    expect(blank.planWindow).toEqual({ start: "2026-01", end: "2027-12" });
    const months = blank.rows[1].filter((c) => c !== null);
    expect(months).toHaveLength(24);
    expect(months[0]).toEqual({ value: { date: "2026-01-01" }, numberFormat: "mmm yy", bold: true });
    expect(months[23]?.value).toEqual({ date: "2027-12-01" });
    expect(cellAt(blank, "L2")).toBe(months[0]);
  });

  it("shades the Gantt from each row's Start and End with one conditional format", () => {
    expect(blank.conditionalFormats).toEqual([{ range: "L4:AI23", formula: "=AND(L$2>=DATE(YEAR($F4),MONTH($F4),1),L$2<=$G4)", fill: "#5B9BD5" }]);
  });

  it("offers statuses the core understands, and action numbers 1–50 without refusing 'Actions 38 to 42'", () => {
    const byRange = Object.fromEntries(blank.validations.map((v) => [v.range, v]));
    expect(byRange["K4:K23"]).toMatchObject({ rule: { type: "list", values: [...ACTIVITY_STATUSES] }, strict: true });
    expect(ACTIVITY_STATUSES.filter(isDoneStatus)).toEqual(["Done", "Cancelled"]);
    const refs = byRange["D4:D23"];
    expect(refs).toMatchObject({ strict: false, rule: { type: "list" } });
    expect(refs.rule.type === "list" && refs.rule.values).toEqual(Array.from({ length: 50 }, (_, i) => String(i + 1)));
    expect(byRange["F4:F23"]).toMatchObject({ rule: { type: "date" }, strict: true });
    expect(byRange["G4:G23"]).toMatchObject({ rule: { type: "date" }, strict: true });
    expect(cellAt(blank, "F4")).toEqual({ numberFormat: "d mmm yyyy" });
  });

  it("fills Start and End from the timeline as the core reads it; ongoing activities span the plan window", () => {
    const t = buildTemplate("activities", "univ-2025-2026");
    expect(t.planWindow).toEqual({ start: "2025-01", end: "2026-12" });
    const rowDates = (r: number) => [t.rows[r - 1][4]?.value, t.rows[r - 1][5]?.value, t.rows[r - 1][6]?.value];
    expect(rowDates(4)).toEqual(["Ongoing activities", { date: "2025-01-01" }, { date: "2026-12-31" }]);
    const april = t.rows.findIndex((r) => r[4]?.value === "April-June 2026") + 1;
    expect(rowDates(april)).toEqual(["April-June 2026", { date: "2026-04-01" }, { date: "2026-06-30" }]);
    for (const c of templateCells(t).filter((x) => x.column === 5 && x.row > t.table.headerRow)) {
      const p = parsePeriod(String(c.cell.value));
      expect(p.ok).toBe(true);
      if (p.ok && !p.value.ongoing) expect([cellAt(t, `F${c.row}`)?.value, cellAt(t, `G${c.row}`)?.value]).toEqual([{ date: p.value.startDate }, { date: p.value.endDate }]);
    }
    expect(validate(t).issues.filter((i) => i.code === "period.dates-disagree")).toEqual([]);
  });

  it("takes the plan window from the seed's title", () => {
    expect(buildTemplate("activities", "univ-2024-2025").planWindow).toEqual({ start: "2024-01", end: "2025-12" });
    expect(buildTemplate("activities", "art6-2025-2026").conditionalFormats[0].range).toBe("L4:AI12");
  });
});

describe("the budget template", () => {
  const t = buildTemplate("budget", "isu-budget-2026");

  it("has a rate cell named SocialChargesRate above the title, formatted 0%", () => {
    expect(t.namedRanges).toEqual([{ name: "SocialChargesRate", ref: "$B$1" }]);
    expect(cellAt(t, "A1")?.value).toBe("Social charges rate");
    expect(cellAt(t, "B1")).toEqual({ value: 0.2, numberFormat: "0%" });
    expect(t.rows[t.table.headerRow - 2][0]?.value).toBe("2026 Budget of the Implementation Support Unit");
    expect(t.rows[t.table.headerRow - 1].map((c) => c?.value)).toEqual(["COST", "Amount in CHF", "NOTES"]);
  });

  it("computes social charges and the total with formulas whose cached results match the published budget", () => {
    const salaries = rowOf(t, "Salaries"), social = rowOf(t, "Social charges"), total = rowOf(t, "Total");
    expect(cellAt(t, `B${salaries}`)).toEqual({ value: 378961, numberFormat: MONEY_FORMAT });
    expect(cellAt(t, `B${social}`)).toEqual({ formula: `=ROUND(SocialChargesRate*B${salaries},0)`, result: 75792, numberFormat: MONEY_FORMAT });
    // The note follows the rate cell, so changing the rate keeps note, amount and the 20% check in step.
    expect(cellAt(t, `C${social}`)?.formula).toMatch(/^="Estimated at "&ROUND\(SocialChargesRate\*100,1\)&"% of salary/);
    expect(cellAt(t, `C${social}`)?.result).toMatch(/^Estimated at 20% of salary/);
    expect(cellAt(t, `B${total}`)).toMatchObject({ formula: `=SUM(B${salaries}:B${total - 1})`, result: 514753, bold: true });
    expect(t.rows[total].map((c) => c?.value)).toEqual(["Administrative expenses", "GICHD, in-kind", expect.stringMatching(/^Office space/)]);
    expect(t.table.lastDataRow).toBe(total + 1);
  });

  it("is rolled up by the core at CHF 514'753, social charges passing the 20% check", () => {
    const v = validate(t);
    expect(v.rollups.budget[0]).toMatchObject({ total: 514753, statedTotal: 514753, staffCosts: 454753 });
    expect(v.issues).toEqual([]);
  });

  it("blank: the same lines without amounts, social charges still a formula of the rate", () => {
    const b = buildTemplate("budget");
    const social = rowOf(b, "Social charges");
    expect(cellAt(b, `B${social}`)).toMatchObject({ formula: `=ROUND(SocialChargesRate*B${rowOf(b, "Salaries")},0)`, result: 0 });
    expect(errors(validate(b))).toEqual([]);
  });
});

describe("the staffing template", () => {
  it("formats FTE as 0%, accepts 0–1, and totals it with SUM in a row the core skips", () => {
    const t = buildTemplate("staffing", "isu-staffing-2026");
    expect(t.rows[1].map((c) => c?.value)).toEqual(["Position", "FTE", "Annual cost (CHF)", "Notes"]);
    expect(cellAt(t, "B3")).toEqual({ value: 1, numberFormat: "0%" });
    expect(cellAt(t, "B5")).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(cellAt(t, "B6")).toMatchObject({ formula: "=SUM(B3:B5)", result: 2.5 });
    expect(t.validations[0]).toMatchObject({ range: "B3:B5", rule: { type: "decimal", min: 0, max: 1 }, strict: true });
    const v = validate(t);
    expect(v.rollups.staffing[0].positions.map((p) => p.position)).toEqual(["Director", "Implementation Support Specialist", "Implementation Support Assistant"]);
    expect(v.rollups.staffing[0].fteTotal).toBe(2.5);
  });
});

describe("the outreach template", () => {
  it("offers exactly the stages the core knows, strictly, and dates with a date format", () => {
    const t = buildTemplate("outreach");
    expect(t.rows[1].map((c) => c?.value)).toEqual(["State", "Date", "Stage", "Lead", "Notes"]);
    const stage = t.validations.find((v) => v.range === "C3:C22")!;
    expect(stage).toMatchObject({ rule: { type: "list", values: [...OUTREACH_STAGES] }, strict: true });
    expect(OUTREACH_STAGES.map(outreachStage)).toEqual([...OUTREACH_STAGES]);
    expect(t.validations.find((v) => v.range === "B3:B22")).toMatchObject({ rule: { type: "date" }, strict: true });
    expect(cellAt(t, "B3")).toEqual({ numberFormat: "d mmm yyyy" });
  });
});

describe("renameNames", () => {
  it("renames a named range and every formula using it, and nothing else", () => {
    const t = buildTemplate("budget", "isu-budget-2026");
    const r = renameNames(t, { SocialChargesRate: "SocialChargesRate_2" });
    expect(r.namedRanges).toEqual([{ name: "SocialChargesRate_2", ref: "$B$1" }]);
    expect(cellAt(r, "B6")?.formula).toBe("=ROUND(SocialChargesRate_2*B5,0)");
    expect(cellAt(r, "B10")?.formula).toBe("=SUM(B5:B9)");
    expect(renameNames(t, {})).toBe(t);
    expect(t.namedRanges[0].name).toBe("SocialChargesRate"); // the original is untouched
  });
});

describe("templateToSnapshot", () => {
  it("shows formula results as values, keeps the formulas, and the host table", () => {
    const t = buildTemplate("budget", "isu-budget-2026");
    const s = templateToSnapshot(t);
    const total = rowOf(t, "Total");
    expect(s.values[total - 1][1]).toBe(514753);
    expect(s.formulas?.[total - 1][1]).toBe(`=SUM(B5:B${total - 1})`);
    expect(s.values[1]).toEqual([]);
    expect(s.tables).toEqual([{ name: "Budget", headerRow: 4, firstColumn: 1, lastColumn: 3, lastRow: total + 1 }]);
    expect(templateToSnapshot(t, { hostTable: false }).tables).toBeUndefined();
  });
});

describe("buildTemplate", () => {
  it("lists prefills by kind for a menu", () => {
    expect(prefillsOf("activities")).toEqual(["art6-2025-2026", "sdr-2025-2026", "univ-2024-2025", "univ-2025-2026"]);
    expect(prefillsOf("budget")).toEqual(["isu-budget-2026"]);
  });

  it.each([
    ["a blank plan without a window or today", () => buildTemplate("activities"), /plan window or today/],
    ["a prefill of another kind", () => buildTemplate("budget", "art6-2025-2026"), /activities template, not budget/],
    ["an unknown prefill", () => buildTemplate("budget", "isu-2027" as PrefillName), /unknown prefill/],
    ["an unknown kind", () => buildTemplate("gantt" as TemplateKind), /unknown template kind/],
    ["a reversed window", () => buildTemplate("activities", undefined, { planWindow: { start: "2026-12", end: "2026-01" } }), /starts after it ends/],
    ["a malformed window", () => buildTemplate("activities", undefined, { planWindow: { start: "2026", end: "2027" } }), /YYYY-MM/],
  ])("refuses %s with a TemplateError", (_, build, message) => {
    expect(build).toThrow(TemplateError);
    expect(build).toThrow(message);
  });
});
