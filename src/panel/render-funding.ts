import { el, srOnly } from "./dom";
import type { Locale } from "./i18n";
import { money, share } from "./panel-text";
import type { FundingView } from "./panel-types";

/** Received, then pledged but not received, then unpledged: one bar the width of the budget. */
function fundingBar(f: FundingView, budget: number): HTMLElement {
  const part = (cls: string, units: number) => {
    const s = el("span", { class: `wpc-bar-fill ${cls}` });
    s.style.width = `${Math.max(0, Math.min(1, units / budget)) * 100}%`;
    return s;
  };
  const outstanding = Math.max(0, Math.min(f.pledged, budget) - f.received);
  return el("span", { class: "wpc-bar wpc-bar-tall", "aria-hidden": "true" }, [part("wpc-bar-fill-received", f.received), part("wpc-bar-fill-pledged", outstanding)]);
}

function legend(loc: Locale, f: FundingView): HTMLElement {
  const t = loc.text.funding;
  const item = (cls: string, text: string) => el("span", { class: "wpc-legend-item" }, [el("span", { class: `wpc-swatch ${cls}`, "aria-hidden": "true" }), text]);
  return el("div", { class: "wpc-legend" }, [
    item("wpc-bar-fill-received", t.received(money(loc, f.received, f.currency))),
    item("wpc-bar-fill-pledged", t.outstanding(money(loc, f.outstanding, f.currency))),
    f.pledgedGap !== null ? item("wpc-swatch-empty", t.unpledged(money(loc, Math.max(0, f.pledgedGap), f.currency))) : null,
  ]);
}

export function unconverted(loc: Locale, list: readonly { readonly amount: number; readonly currency: string; readonly cell: string }[]): HTMLElement | null {
  if (list.length === 0) return null;
  return el("p", { class: "wpc-check wpc-check-bad" }, [el("span", { "aria-hidden": "true" }, ["✗"]),
    loc.text.unconverted(list.map((u) => `${money(loc, u.amount, u.currency)} (${u.cell})`).join(", "))]);
}

/** The funding card: how much of the budget is pledged and received, the gap, and each contributor. */
export function renderFunding(loc: Locale, f: FundingView, index: number): HTMLElement {
  const t = loc.text.funding;
  const titleId = `wpc-funding-${index}`;
  const body: (HTMLElement | null)[] = [];
  if (f.budget === null || f.budget === 0) {
    body.push(el("p", { class: "wpc-check wpc-check-none" }, [t.noBudget]));
  } else {
    body.push(el("p", { class: "wpc-total", "data-received": String(f.received) }, [money(loc, f.received, f.currency), el("span", { class: "wpc-total-of" }, [t.receivedOf(money(loc, f.budget, f.currency), share(loc, f.fundedShare ?? 0))])]));
    body.push(fundingBar(f, f.budget), legend(loc, f));
    const gap = f.gap ?? 0;
    body.push(gap > 0
      ? el("p", { class: "wpc-check wpc-check-warn", "data-gap": String(gap) }, [t.gap(money(loc, gap, f.currency))])
      : el("p", { class: "wpc-check wpc-check-ok", "data-gap": String(gap) }, [el("span", { "aria-hidden": "true" }, ["✓"]), t.fullyReceived]));
  }
  body.push(el("dl", { class: "wpc-facts" }, [
    el("dt", {}, [t.pledgedFact]), el("dd", {}, [money(loc, f.pledged, f.currency)]),
    el("dt", {}, [t.receivedFact]), el("dd", {}, [money(loc, f.received, f.currency)]),
    el("dt", {}, [t.contributors]), el("dd", {}, [String(f.contributors)]),
  ]));
  body.push(unconverted(loc, f.unconverted));
  body.push(el("ul", { class: "wpc-lines", "aria-label": t.contributors }, f.byContributor.map((c) => el("li", { class: "wpc-line" }, [
    el("span", { class: "wpc-line-label" }, [c.name]),
    el("span", { class: "wpc-line-amount" }, [money(loc, c.received, f.currency)]),
    el("span", { class: "wpc-line-share" }, [t.contributorLine(money(loc, c.pledged, f.currency))]),
  ]))));
  return el("section", { class: "wpc-card wpc-funding", "aria-labelledby": titleId, "data-table": f.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly(t.spokenTitle), f.sheet]),
    el("p", { class: "wpc-card-sub" }, [`${loc.terms.kind.contributions} · ${f.table.slice(f.sheet.length + 1)}`]),
    ...body,
  ]);
}
