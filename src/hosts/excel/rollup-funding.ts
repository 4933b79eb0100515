import { overspentFirst, type Report } from "../../core";
import { moneyFormat, type RollupSheet } from "./rollup-layout";

const SHARE = "0.0%";

/** Left-out amounts (no rate), one row each, in their own currency. */
function unconverted(s: RollupSheet, list: Report["rollups"]["funding"][number]["unconverted"]): void {
  for (const u of list) s.line([`Left out, no ${u.currency} rate`, u.amount, "", u.cell], [undefined, moneyFormat(u.currency, u.amount)], "overspent");
}

/** Funding sections of the rollup sheet: pledged, received and the gap against the budget, then each contributor. */
export function fundingSections(s: RollupSheet, report: Report): void {
  for (const f of report.rollups.funding) {
    const m = (v: number) => moneyFormat(f.currency, v);
    s.line([`Funding — ${f.sheet} (${f.table})`], [], "section");
    s.line(["", `Amount (${f.currency})`, "Share of budget"], [], "header");
    const share = (v: number): number | string => (f.budget ? v / f.budget : "");
    if (f.budget !== null) s.line(["Budget", f.budget, 1, f.budgetTable ?? ""], [undefined, m(f.budget), SHARE]);
    else s.line(["Budget", "no budget table in this workbook"]);
    s.line(["Pledged", f.pledged, share(f.pledged)], [undefined, m(f.pledged), SHARE]);
    s.line(["Received", f.received, share(f.received)], [undefined, m(f.received), SHARE], "total");
    s.line(["Outstanding (pledged, not received)", f.outstanding], [undefined, m(f.outstanding)]);
    if (f.gap !== null) s.line(["Gap (budget − received)", f.gap, share(f.gap)], [undefined, m(f.gap), SHARE], "total");
    if (f.pledgedGap !== null) s.line(["Unpledged (budget − pledged)", f.pledgedGap, share(f.pledgedGap)], [undefined, m(f.pledgedGap), SHARE]);
    unconverted(s, f.unconverted);
    s.line(["Contributor", `Pledged (${f.currency})`, `Received (${f.currency})`, "Cell"], [], "header");
    for (const c of f.byContributor) s.line([c.name, c.pledged, c.received, `${f.sheet}!${c.cell}`], [undefined, m(c.pledged), m(c.received)]);
    s.gap();
  }
}

/** Execution sections: each line's spending against its budget (overspent first), totals, pace and projection. */
export function executionSections(s: RollupSheet, report: Report): void {
  for (const e of report.rollups.execution) {
    const m = (v: number) => moneyFormat(e.currency, v);
    s.line([`Execution — ${e.sheet} (${e.table}), as of ${e.asOf}`], [], "section");
    s.line(["Line", `Budget (${e.currency})`, "Spent", "Remaining", "Spent share"], [], "header");
    for (const l of overspentFirst(e.lines))
      s.line([l.label, l.budget, l.spent, l.remaining, l.share ?? ""], [undefined, m(l.budget), m(l.spent), m(l.remaining), SHARE], l.share !== null && l.share > 1 ? "overspent" : undefined);
    for (const u of e.unmatched) s.line([`Not a budget line: ${u.label}`, "", u.amount, "", u.cell], [undefined, undefined, m(u.amount)], "overspent");
    s.line(["Total", e.budget ?? "", e.spent, e.remaining ?? "", e.executedShare ?? ""], [undefined, e.budget !== null ? m(e.budget) : undefined, m(e.spent), e.remaining !== null ? m(e.remaining) : undefined, SHARE], "total");
    if (e.burnPerMonth !== null) s.line(["Spent per month", "", e.burnPerMonth], [undefined, undefined, m(e.burnPerMonth)]);
    if (e.projectedYearEnd !== null) s.line([`Projected at 31 December ${e.year ?? ""}`.trim(), "", e.projectedYearEnd], [undefined, undefined, m(e.projectedYearEnd)]);
    if (e.monthsOfCash !== null) s.line(["Months of cash (received − spent) ÷ monthly spending", "", e.monthsOfCash], [undefined, undefined, "0.0"]);
    unconverted(s, e.unconverted);
    s.gap();
  }
}
