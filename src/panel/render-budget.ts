import { Child, el, srOnly } from "./dom";
import type { Locale } from "./i18n";
import { money, share } from "./panel-text";
import type { BudgetView } from "./panel-types";

/** A small inline bar for a share (0–1). */
export function shareBar(fraction: number, cls = ""): HTMLElement {
  const pct = Math.max(0, Math.min(1, fraction)) * 100;
  const fill = el("span", { class: `wpc-bar-fill ${cls}`.trim() });
  fill.style.width = `${pct}%`;
  return el("span", { class: "wpc-bar", "aria-hidden": "true" }, [fill]);
}

function totalCheck(loc: Locale, b: BudgetView): HTMLElement {
  const t = loc.text.budget;
  if (b.statedTotal === null) return el("p", { class: "wpc-check wpc-check-none" }, [t.noTotalRow]);
  const diff = b.total - b.statedTotal;
  // Amounts are whole currency units from minor units; compare in cents to avoid float noise.
  if (Math.round(diff * 100) === 0) return el("p", { class: "wpc-check wpc-check-ok", "data-match": "true" }, [el("span", { "aria-hidden": "true" }, ["✓"]), t.matches(money(loc, b.statedTotal, b.currency))]);
  return el("p", { class: "wpc-check wpc-check-bad", "data-match": "false" }, [el("span", { "aria-hidden": "true" }, ["✗"]),
    t.differs(money(loc, b.statedTotal, b.currency), money(loc, Math.abs(diff), b.currency), diff > 0)]);
}

function line(loc: Locale, l: BudgetView["lines"][number], currency: string): HTMLElement {
  return el("li", { class: "wpc-line" }, [
    el("span", { class: "wpc-line-label" }, [l.label, l.staff ? el("span", { class: "wpc-tag" }, [loc.text.budget.staffTag]) : null]),
    el("span", { class: "wpc-line-amount" }, [money(loc, l.amount, currency)]),
    el("span", { class: "wpc-line-share" }, [shareBar(l.share), el("span", { class: "wpc-share-text" }, [share(loc, l.share)])]),
  ]);
}

function staffSplit(loc: Locale, b: BudgetView): HTMLElement {
  const sum = b.staffCosts + b.otherCosts;
  const staffShare = sum === 0 ? 0 : b.staffCosts / sum;
  const bar = el("span", { class: "wpc-bar", "aria-hidden": "true" }, [el("span", { class: "wpc-bar-fill wpc-bar-fill-staff" }), el("span", { class: "wpc-bar-fill wpc-bar-fill-other" })]);
  (bar.children[0] as HTMLElement).style.width = `${staffShare * 100}%`;
  (bar.children[1] as HTMLElement).style.width = `${sum === 0 ? 0 : (1 - staffShare) * 100}%`;
  const item = (cls: string, name: string, amount: number, part: number) =>
    el("span", { class: "wpc-legend-item" }, [el("span", { class: `wpc-swatch ${cls}`, "aria-hidden": "true" }), `${name} ${money(loc, amount, b.currency)} (${share(loc, part)})`]);
  return el("div", { class: "wpc-split" }, [
    bar,
    el("div", { class: "wpc-legend" }, [
      item("wpc-bar-fill-staff", loc.text.budget.staff, b.staffCosts, staffShare),
      item("wpc-bar-fill-other", loc.text.budget.other, b.otherCosts, sum === 0 ? 0 : 1 - staffShare),
    ]),
  ]);
}

function facts(loc: Locale, b: BudgetView): Child {
  if (b.fte === null) return null;
  return el("dl", { class: "wpc-facts" }, [el("dt", {}, [loc.text.budget.staffing]), el("dd", {}, [loc.text.budget.fte(loc.format.decimal(b.fte))])]);
}

function inKind(loc: Locale, b: BudgetView): Child {
  if (b.inKind.length === 0) return null;
  return el("div", { class: "wpc-inkind" }, [
    el("p", { class: "wpc-card-sub" }, [loc.text.budget.inKind]),
    el("ul", {}, b.inKind.map((k) => el("li", {}, [el("span", { class: "wpc-inkind-label" }, [k.label]), k.note ? ` — ${k.note}` : ""]))),
  ]);
}


/** Which column the figures come from, when the budget has several ("From Budget 2026"). */
function columnUsed(loc: Locale, b: BudgetView): Child {
  if (b.columns.length < 2) return null;
  return el("p", { class: "wpc-card-sub wpc-column-used", "data-column": b.column }, [loc.text.budget.figuresFrom, el("strong", {}, [b.column])]);
}

/** Sections (headings and subtotals) with their totals and shares; nested ones indented. */
function sections(loc: Locale, b: BudgetView): Child {
  if (b.sections.length === 0) return null;
  return el("div", { class: "wpc-sections" }, [
    el("p", { class: "wpc-card-sub" }, [loc.text.budget.sections]),
    el("ul", { class: "wpc-lines", "aria-label": loc.text.budget.sectionsList }, b.sections.map((x) => {
      const li = el("li", { class: "wpc-line wpc-section", "data-depth": String(x.depth) }, [
        el("span", { class: "wpc-line-label" }, [x.label]),
        el("span", { class: "wpc-line-amount" }, [money(loc, x.total, b.currency)]),
        el("span", { class: "wpc-line-share" }, [shareBar(x.share), el("span", { class: "wpc-share-text" }, [share(loc, x.share)])]),
      ]);
      li.style.paddingLeft = `${Math.min(x.depth, 4) * 12}px`;
      return li;
    })),
  ]);
}

/** The other amount columns: their role, the sum of their lines and the stated total. */
function otherColumns(loc: Locale, b: BudgetView): Child {
  const others = b.columns.filter((c) => c.header !== b.column);
  if (others.length === 0) return null;
  const figure = (c: BudgetView["columns"][number]) =>
    c.role === "percentage" ? (c.statedTotal !== null ? share(loc, c.statedTotal) : "—") : c.total !== null ? money(loc, c.total, b.currency) : "—";
  return el("div", { class: "wpc-columns" }, [
    el("p", { class: "wpc-card-sub" }, [loc.text.budget.otherColumns]),
    el("dl", { class: "wpc-facts", "aria-label": loc.text.budget.otherColumnsList }, others.flatMap((c) => [
      el("dt", {}, [c.header, el("span", { class: "wpc-tag" }, [loc.text.budget.role[c.role]])]),
      el("dd", { "data-role": c.role }, [figure(c)]),
    ])),
  ]);
}

/** One budget rollup card: total, check against the stated total, lines with shares, staff vs other, in kind, FTE. */
export function renderBudget(loc: Locale, b: BudgetView, index: number): HTMLElement {
  const titleId = `wpc-budget-${index}`;
  return el("section", { class: "wpc-card wpc-budget", "aria-labelledby": titleId, "data-table": b.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly(loc.text.budget.spokenTitle), b.sheet]),
    el("p", { class: "wpc-card-sub" }, [`${loc.terms.kind.budget} · ${b.table.slice(b.sheet.length + 1)}`]),
    el("p", { class: "wpc-total", "data-total": String(b.total) }, [money(loc, b.total, b.currency)]),
    columnUsed(loc, b),
    totalCheck(loc, b),
    sections(loc, b),
    b.sections.length > 0 ? el("p", { class: "wpc-card-sub" }, [loc.text.budget.lines]) : null,
    el("ul", { class: "wpc-lines", "aria-label": loc.text.budget.linesList }, b.lines.map((l) => line(loc, l, b.currency))),
    staffSplit(loc, b),
    otherColumns(loc, b),
    facts(loc, b),
    inKind(loc, b),
  ]);
}
