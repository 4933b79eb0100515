import { el, srOnly } from "./dom";
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

function legend(f: FundingView): HTMLElement {
  const item = (cls: string, text: string) => el("span", { class: "wpc-legend-item" }, [el("span", { class: `wpc-swatch ${cls}`, "aria-hidden": "true" }), text]);
  return el("div", { class: "wpc-legend" }, [
    item("wpc-bar-fill-received", `Received ${money(f.received, f.currency)}`),
    item("wpc-bar-fill-pledged", `Pledged, not received ${money(f.outstanding, f.currency)}`),
    f.pledgedGap !== null ? item("wpc-swatch-empty", `Unpledged ${money(Math.max(0, f.pledgedGap), f.currency)}`) : null,
  ]);
}

function unconverted(list: FundingView["unconverted"]): HTMLElement | null {
  if (list.length === 0) return null;
  return el("p", { class: "wpc-check wpc-check-bad" }, [el("span", { "aria-hidden": "true" }, ["✗"]),
    `Left out, no exchange rate: ${list.map((u) => `${money(u.amount, u.currency)} (${u.cell})`).join(", ")}`]);
}

/** The funding card: how much of the budget is pledged and received, the gap, and each contributor. */
export function renderFunding(f: FundingView, index: number): HTMLElement {
  const titleId = `wpc-funding-${index}`;
  const body: (HTMLElement | null)[] = [];
  if (f.budget === null || f.budget === 0) {
    body.push(el("p", { class: "wpc-check wpc-check-none" }, ["No budget table in this workbook: pledged and received are shown without a gap."]));
  } else {
    body.push(el("p", { class: "wpc-total", "data-received": String(f.received) }, [money(f.received, f.currency), el("span", { class: "wpc-total-of" }, [` received of ${money(f.budget, f.currency)} (${share(f.fundedShare ?? 0)})`])]));
    body.push(fundingBar(f, f.budget), legend(f));
    const gap = f.gap ?? 0;
    body.push(gap > 0
      ? el("p", { class: "wpc-check wpc-check-warn", "data-gap": String(gap) }, [`Funding gap ${money(gap, f.currency)}: budget not yet received`])
      : el("p", { class: "wpc-check wpc-check-ok", "data-gap": String(gap) }, [el("span", { "aria-hidden": "true" }, ["✓"]), "Budget fully received"]));
  }
  body.push(el("dl", { class: "wpc-facts" }, [
    el("dt", {}, ["Pledged"]), el("dd", {}, [money(f.pledged, f.currency)]),
    el("dt", {}, ["Received"]), el("dd", {}, [money(f.received, f.currency)]),
    el("dt", {}, ["Contributors"]), el("dd", {}, [String(f.contributors)]),
  ]));
  body.push(unconverted(f.unconverted));
  body.push(el("ul", { class: "wpc-lines", "aria-label": "Contributors" }, f.byContributor.map((c) => el("li", { class: "wpc-line" }, [
    el("span", { class: "wpc-line-label" }, [c.name]),
    el("span", { class: "wpc-line-amount" }, [money(c.received, f.currency)]),
    el("span", { class: "wpc-line-share" }, [`received of ${money(c.pledged, f.currency)} pledged`]),
  ]))));
  return el("section", { class: "wpc-card wpc-funding", "aria-labelledby": titleId, "data-table": f.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly("Funding: "), f.sheet]),
    el("p", { class: "wpc-card-sub" }, [`Contributions · ${f.table.slice(f.sheet.length + 1)}`]),
    ...body,
  ]);
}
