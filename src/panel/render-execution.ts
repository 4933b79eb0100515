import { overspentFirst } from "../core";
import { el, srOnly } from "./dom";
import { money, share } from "./panel-text";
import type { ExecutionView } from "./panel-types";
import { shareBar } from "./render-budget";

const NEAR = 0.9;

function line(l: ExecutionView["lines"][number], currency: string): HTMLElement {
  const over = l.share !== null && l.share > 1, near = !over && l.share !== null && l.share >= NEAR;
  return el("li", { class: `wpc-line${over ? " wpc-line-over" : ""}`, "data-share": String(l.share ?? "") }, [
    el("span", { class: "wpc-line-label" }, [l.label, over ? el("span", { class: "wpc-tag wpc-tag-bad" }, ["overspent"]) : near ? el("span", { class: "wpc-tag wpc-tag-warn" }, ["90%+"]) : null]),
    el("span", { class: "wpc-line-amount" }, [money(l.spent, currency)]),
    el("span", { class: "wpc-line-share" }, [shareBar(l.share ?? 0, over ? "wpc-bar-fill-over" : near ? "wpc-bar-fill-near" : ""), el("span", { class: "wpc-share-text" }, [l.share === null ? "–" : share(l.share)])]),
    el("span", { class: "wpc-line-share" }, [l.remaining < 0
      ? `of ${money(l.budget, currency)} budget · ${money(-l.remaining, currency)} over`
      : `of ${money(l.budget, currency)} budget · ${money(l.remaining, currency)} left`]),
  ]);
}

/** The execution card: each line's spending against its budget as bars, overspent lines first, then pace. */
export function renderExecution(e: ExecutionView, index: number): HTMLElement {
  const titleId = `wpc-execution-${index}`;
  const facts: HTMLElement[] = [];
  const fact = (name: string, value: string) => facts.push(el("dt", {}, [name]), el("dd", {}, [value]));
  if (e.remaining !== null) fact("Remaining", money(e.remaining, e.currency));
  if (e.burnPerMonth !== null) fact("Spent per month", money(e.burnPerMonth, e.currency));
  if (e.projectedYearEnd !== null) fact(`Projected at 31 Dec${e.year ? " " + e.year : ""}`, money(e.projectedYearEnd, e.currency));
  if (e.monthsOfCash !== null) fact("Months of cash", String(e.monthsOfCash));
  return el("section", { class: "wpc-card wpc-execution", "aria-labelledby": titleId, "data-table": e.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly("Ledger: "), e.sheet]),
    el("p", { class: "wpc-card-sub" }, [`Expenditure · ${e.table.slice(e.sheet.length + 1)} · as of ${e.asOf}`]),
    el("p", { class: "wpc-total", "data-spent": String(e.spent) }, [money(e.spent, e.currency),
      e.budget !== null ? el("span", { class: "wpc-total-of" }, [` spent of ${money(e.budget, e.currency)}${e.executedShare !== null ? ` (${share(e.executedShare)})` : ""}`]) : null]),
    e.budget === null ? el("p", { class: "wpc-check wpc-check-none" }, ["No budget table in this workbook: spending is not compared with a budget."]) : null,
    el("ul", { class: "wpc-lines", "aria-label": "Spending by budget line" }, overspentFirst(e.lines).map((l) => line(l, e.currency))),
    e.unmatched.length > 0
      ? el("p", { class: "wpc-check wpc-check-bad" }, [el("span", { "aria-hidden": "true" }, ["✗"]), `Not on a budget line: ${e.unmatched.map((u) => `${u.label} ${money(u.amount, e.currency)} (${u.cell})`).join(", ")}`])
      : null,
    e.unconverted.length > 0
      ? el("p", { class: "wpc-check wpc-check-bad" }, [el("span", { "aria-hidden": "true" }, ["✗"]), `Left out, no exchange rate: ${e.unconverted.map((u) => `${money(u.amount, u.currency)} (${u.cell})`).join(", ")}`])
      : null,
    facts.length > 0 ? el("dl", { class: "wpc-facts" }, facts) : null,
  ]);
}
