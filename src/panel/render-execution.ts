import { overspentFirst } from "../core";
import { el, srOnly } from "./dom";
import type { Locale } from "./i18n";
import { money, share } from "./panel-text";
import { unconverted } from "./render-funding";
import type { ExecutionView } from "./panel-types";
import { shareBar } from "./render-budget";

const NEAR = 0.9;

function line(loc: Locale, l: ExecutionView["lines"][number], currency: string): HTMLElement {
  const t = loc.text.execution;
  const over = l.share !== null && l.share > 1, near = !over && l.share !== null && l.share >= NEAR;
  return el("li", { class: `wpc-line${over ? " wpc-line-over" : ""}`, "data-share": String(l.share ?? "") }, [
    el("span", { class: "wpc-line-label" }, [l.label, over ? el("span", { class: "wpc-tag wpc-tag-bad" }, [t.overspent]) : near ? el("span", { class: "wpc-tag wpc-tag-warn" }, [t.near]) : null]),
    el("span", { class: "wpc-line-amount" }, [money(loc, l.spent, currency)]),
    el("span", { class: "wpc-line-share" }, [shareBar(l.share ?? 0, over ? "wpc-bar-fill-over" : near ? "wpc-bar-fill-near" : ""), el("span", { class: "wpc-share-text" }, [l.share === null ? "–" : share(loc, l.share)])]),
    el("span", { class: "wpc-line-share" }, [l.remaining < 0
      ? t.over(money(loc, l.budget, currency), money(loc, -l.remaining, currency))
      : t.left(money(loc, l.budget, currency), money(loc, l.remaining, currency))]),
  ]);
}

/** The execution card: each line's spending against its budget as bars, overspent lines first, then pace. */
export function renderExecution(loc: Locale, e: ExecutionView, index: number): HTMLElement {
  const t = loc.text.execution;
  const titleId = `wpc-execution-${index}`;
  const facts: HTMLElement[] = [];
  const fact = (name: string, value: string) => facts.push(el("dt", {}, [name]), el("dd", {}, [value]));
  if (e.remaining !== null) fact(t.remaining, money(loc, e.remaining, e.currency));
  if (e.burnPerMonth !== null) fact(t.perMonth, money(loc, e.burnPerMonth, e.currency));
  if (e.projectedYearEnd !== null) fact(t.projected(e.year ? String(e.year) : null), money(loc, e.projectedYearEnd, e.currency));
  if (e.monthsOfCash !== null) fact(t.monthsOfCash, loc.format.decimal(e.monthsOfCash));
  return el("section", { class: "wpc-card wpc-execution", "aria-labelledby": titleId, "data-table": e.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly(t.spokenTitle), e.sheet]),
    el("p", { class: "wpc-card-sub" }, [`${loc.terms.kind.expenditure} ${t.sub(e.table.slice(e.sheet.length + 1), loc.format.date(e.asOf))}`]),
    el("p", { class: "wpc-total", "data-spent": String(e.spent) }, [money(loc, e.spent, e.currency),
      e.budget !== null ? el("span", { class: "wpc-total-of" }, [t.spentOf(money(loc, e.budget, e.currency), e.executedShare !== null ? share(loc, e.executedShare) : null)]) : null]),
    e.budget === null ? el("p", { class: "wpc-check wpc-check-none" }, [t.noBudget]) : null,
    el("ul", { class: "wpc-lines", "aria-label": t.byLine }, overspentFirst(e.lines).map((l) => line(loc, l, e.currency))),
    e.unmatched.length > 0
      ? el("p", { class: "wpc-check wpc-check-bad" }, [el("span", { "aria-hidden": "true" }, ["✗"]), t.unmatched(e.unmatched.map((u) => `${u.label} ${money(loc, u.amount, e.currency)} (${u.cell})`).join(", "))])
      : null,
    unconverted(loc, e.unconverted),
    facts.length > 0 ? el("dl", { class: "wpc-facts" }, facts) : null,
  ]);
}
