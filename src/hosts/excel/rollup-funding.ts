import { overspentFirst, type Report } from "../../core";
import type { Lang } from "../../core/i18n/lang";
import { rollupDate, rollupText, type RollupText } from "../../views/rollup-text";
import { moneyFormat, type RollupSheet } from "./rollup-layout";

const SHARE = "0.0%";

/** Left-out amounts (no rate), one row each, in their own currency. */
function unconverted(s: RollupSheet, list: Report["rollups"]["funding"][number]["unconverted"], tx: RollupText): void {
  for (const u of list) s.line([tx.leftOut(u.currency), u.amount, "", u.cell], [undefined, moneyFormat(u.currency, u.amount)], "overspent");
}

/** Funding sections of the rollup sheet: pledged, received and the gap against the budget, then each contributor. */
export function fundingSections(s: RollupSheet, report: Report, tx: RollupText = rollupText("en")): void {
  for (const f of report.rollups.funding) {
    const m = (v: number) => moneyFormat(f.currency, v);
    s.line([`${tx.section(tx.funding, f.sheet)} (${f.table})`], [], "section");
    s.line(["", tx.amountIn(f.currency), tx.shareOfBudget], [], "header");
    const share = (v: number): number | string => (f.budget ? v / f.budget : "");
    if (f.budget !== null) s.line([tx.budget, f.budget, 1, f.budgetTable ?? ""], [undefined, m(f.budget), SHARE]);
    else s.line([tx.budget, tx.noBudgetTable]);
    s.line([tx.pledged, f.pledged, share(f.pledged)], [undefined, m(f.pledged), SHARE]);
    s.line([tx.received, f.received, share(f.received)], [undefined, m(f.received), SHARE], "total");
    s.line([tx.outstanding, f.outstanding], [undefined, m(f.outstanding)]);
    if (f.gap !== null) s.line([tx.gap, f.gap, share(f.gap)], [undefined, m(f.gap), SHARE], "total");
    if (f.pledgedGap !== null) s.line([tx.unpledged, f.pledgedGap, share(f.pledgedGap)], [undefined, m(f.pledgedGap), SHARE]);
    unconverted(s, f.unconverted, tx);
    s.line([tx.contributor, tx.pledgedIn(f.currency), tx.receivedIn(f.currency), tx.cell], [], "header");
    for (const c of f.byContributor) s.line([c.name, c.pledged, c.received, `${f.sheet}!${c.cell}`], [undefined, m(c.pledged), m(c.received)]);
    s.gap();
  }
}

/** Execution sections: each line's spending against its budget (overspent first), totals, pace and projection. */
export function executionSections(s: RollupSheet, report: Report, tx: RollupText = rollupText("en"), lang: Lang = "en"): void {
  for (const e of report.rollups.execution) {
    const m = (v: number) => moneyFormat(e.currency, v);
    s.line([`${tx.section(tx.execution, e.sheet)} ${tx.asOfDate(`(${e.table})`, rollupDate(lang, e.asOf))}`], [], "section");
    s.line([tx.line, tx.budgetIn(e.currency), tx.spent, tx.remaining, tx.spentShare], [], "header");
    for (const l of overspentFirst(e.lines))
      s.line([l.label, l.budget, l.spent, l.remaining, l.share ?? ""], [undefined, m(l.budget), m(l.spent), m(l.remaining), SHARE], l.share !== null && l.share > 1 ? "overspent" : undefined);
    for (const u of e.unmatched) s.line([tx.notABudgetLine(u.label), "", u.amount, "", u.cell], [undefined, undefined, m(u.amount)], "overspent");
    s.line([tx.total, e.budget ?? "", e.spent, e.remaining ?? "", e.executedShare ?? ""], [undefined, e.budget !== null ? m(e.budget) : undefined, m(e.spent), e.remaining !== null ? m(e.remaining) : undefined, SHARE], "total");
    if (e.burnPerMonth !== null) s.line([tx.spentPerMonth, "", e.burnPerMonth], [undefined, undefined, m(e.burnPerMonth)]);
    if (e.projectedYearEnd !== null) s.line([tx.projectedAt(e.year ?? null), "", e.projectedYearEnd], [undefined, undefined, m(e.projectedYearEnd)]);
    if (e.monthsOfCash !== null) s.line([tx.monthsOfCash, "", e.monthsOfCash], [undefined, undefined, "0.0"]);
    unconverted(s, e.unconverted, tx);
    s.gap();
  }
}
