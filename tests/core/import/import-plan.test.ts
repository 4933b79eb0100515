import { importPlan, parseText } from "../../../src/core/import";

const md = (s: string) => parseText(s, { joinLines: true });
const txt = (s: string) => parseText(s, { joinLines: false });
const rows = (r: ReturnType<typeof importPlan>) => (r.ok ? r.value.activities.map((a) => [a.timeline, a.activity]) : r.reason);

describe("importPlan", () => {
  it("refuses an empty document, a table-only document and one with no timeline, with one line each", () => {
    const empty = importPlan(md("  \n\n"));
    const tables = importPlan(md("| Activity | Timeline |\n|---|---|\n| Meeting | May 2026 |\n"));
    const none = importPlan(md("# Work plan 2026\n\nBackground text.\n\n## Objectives\n\n- Do good things.\n"));
    for (const r of [empty, tables, none]) expect(r.ok).toBe(false);
    expect(!empty.ok && empty.reason).toMatch(/empty/);
    expect(!tables.ok && tables.reason).toMatch(/only a table/);
    expect(!none.ok && none.reason).toMatch(/No timeline section/);
    for (const r of [empty, tables, none]) expect(!r.ok && r.reason).not.toMatch(/\n/);
  });

  it("skips and reports a period heading with nothing below it", () => {
    const r = importPlan(md("# Plan 2026\n\n## Timeline\n\n### March 2026\n\n### April 2026\n\nMeeting with the ISU.\n"));
    expect(rows(r)).toEqual([["April 2026", "Meeting with the ISU."]]);
    expect(r.ok && r.value.notices.map((n) => [n.code, n.params.period, n.location.paragraph])).toEqual([
      ["import.no-lead", undefined, 1],
      ["import.empty-period", "March 2026", 3],
    ]);
  });

  it("keeps a period the grammar cannot read verbatim, never dropped or guessed", () => {
    const r = importPlan(md("## Timeline\n\n### Spring 2026\n\n- Workshop in Geneva\n\n### Febtember 2026\n\n- Report\n"));
    expect(rows(r)).toEqual([["Spring 2026", "Workshop in Geneva"], ["Febtember 2026", "Report"]]);
  });

  it("reads bold-period bullets and numbered lists under a period, and attaches a Deliverable line", () => {
    const r = importPlan(md([
      "## Strategy implementers", "", "- ✓ Norway and Costa Rica;", "- ISU", "",
      "## 5. Timeline", "", "- **May – June 2026** contributing to the drafting", "- **September 2026:** side event", "",
      "### First quarter of 2026", "", "1. Meeting with the Chair.", "2. Second meeting", "",
      "**Deliverable:** at least 10 documented bilateral outreach meetings in 2026", "",
      "## 6. Budget", "", "Limited costs.",
    ].join("\n")));
    expect(rows(r)).toEqual([
      ["May – June 2026", "contributing to the drafting"],
      ["September 2026:", "side event"],
      ["First quarter of 2026", "Meeting with the Chair."],
      ["First quarter of 2026", "Second meeting"],
    ]);
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.activities.every((a) => a.lead === "Norway and Costa Rica")).toBe(true);
    expect(r.value.activities[3]).toMatchObject({ deliverable: "at least 10 documented bilateral outreach meetings in 2026", target: "at least 10 documented bilateral outreach meetings" });
    expect(r.value.deliverables[0]).toMatchObject({ kind: "deliverable", target: { min: 10, comparator: "at-least" } });
  });

  it("reads pasted plain text, a line per paragraph, as the timeline itself", () => {
    const paste = "First quarter of 2026\nMeeting with CCM ISU.\nMeeting with the Chair of MASG.\nSecond quarter of 2026\n• Report\n";
    expect(rows(importPlan(txt(paste)))).toMatch(/No timeline section/);
    expect(rows(importPlan(txt(paste), { pastedTimeline: true }))).toEqual([
      ["First quarter of 2026", "Meeting with CCM ISU."],
      ["First quarter of 2026", "Meeting with the Chair of MASG."],
      ["Second quarter of 2026", "Report"],
    ]);
  });

  it("reports an unreadable budget amount and a total that is not the sum, keeping the text", () => {
    const r = importPlan(md("Timeline\n\n- **May 2026** meeting\n- **June 2026** report\n\nCOST\tAmount in CHF\tNOTES\nSalaries\t1'000\tstaff\nTravel\tabout 500\tmissions\nTotal\t2'000\t\n"));
    if (!r.ok) throw new Error(r.reason);
    expect(r.value.budgets[0].lines.map((l) => [l.label, l.amount, l.amountText])).toEqual([["Salaries", 1000, "1'000"], ["Travel", undefined, "about 500"]]);
    expect(r.value.notices.map((n) => n.code)).toEqual(expect.arrayContaining(["import.amount-unreadable", "import.total-differs"]));
  });
});
