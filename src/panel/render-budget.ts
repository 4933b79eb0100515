import { Child, el, srOnly } from "./dom";
import { money, share } from "./panel-text";
import type { BudgetView } from "./panel-types";

/** A small inline bar for a share (0–1). */
export function shareBar(fraction: number, cls = ""): HTMLElement {
  const pct = Math.max(0, Math.min(1, fraction)) * 100;
  const fill = el("span", { class: `wpc-bar-fill ${cls}`.trim() });
  fill.style.width = `${pct}%`;
  return el("span", { class: "wpc-bar", "aria-hidden": "true" }, [fill]);
}

function totalCheck(b: BudgetView): HTMLElement {
  if (b.statedTotal === null) return el("p", { class: "wpc-check wpc-check-none" }, ["No Total row to compare with."]);
  const diff = b.total - b.statedTotal;
  // Amounts are whole currency units from minor units; compare in cents to avoid float noise.
  if (Math.round(diff * 100) === 0) return el("p", { class: "wpc-check wpc-check-ok", "data-match": "true" }, [el("span", { "aria-hidden": "true" }, ["✓"]), `Matches the stated total ${money(b.statedTotal, b.currency)}`]);
  return el("p", { class: "wpc-check wpc-check-bad", "data-match": "false" }, [el("span", { "aria-hidden": "true" }, ["✗"]),
    `Stated total ${money(b.statedTotal, b.currency)} differs by ${money(Math.abs(diff), b.currency)} (lines add up to ${diff > 0 ? "more" : "less"})`]);
}

function line(l: BudgetView["lines"][number], currency: string): HTMLElement {
  return el("li", { class: "wpc-line" }, [
    el("span", { class: "wpc-line-label" }, [l.label, l.staff ? el("span", { class: "wpc-tag" }, ["staff"]) : null]),
    el("span", { class: "wpc-line-amount" }, [money(l.amount, currency)]),
    el("span", { class: "wpc-line-share" }, [shareBar(l.share), el("span", { class: "wpc-share-text" }, [share(l.share)])]),
  ]);
}

function staffSplit(b: BudgetView): HTMLElement {
  const sum = b.staffCosts + b.otherCosts;
  const staffShare = sum === 0 ? 0 : b.staffCosts / sum;
  const bar = el("span", { class: "wpc-bar", "aria-hidden": "true" }, [el("span", { class: "wpc-bar-fill wpc-bar-fill-staff" }), el("span", { class: "wpc-bar-fill wpc-bar-fill-other" })]);
  (bar.children[0] as HTMLElement).style.width = `${staffShare * 100}%`;
  (bar.children[1] as HTMLElement).style.width = `${sum === 0 ? 0 : (1 - staffShare) * 100}%`;
  const item = (cls: string, name: string, amount: number, part: number) =>
    el("span", { class: "wpc-legend-item" }, [el("span", { class: `wpc-swatch ${cls}`, "aria-hidden": "true" }), `${name} ${money(amount, b.currency)} (${share(part)})`]);
  return el("div", { class: "wpc-split" }, [
    bar,
    el("div", { class: "wpc-legend" }, [
      item("wpc-bar-fill-staff", "Staff", b.staffCosts, staffShare),
      item("wpc-bar-fill-other", "Other", b.otherCosts, sum === 0 ? 0 : 1 - staffShare),
    ]),
  ]);
}

function facts(b: BudgetView): Child {
  if (b.fte === null) return null;
  return el("dl", { class: "wpc-facts" }, [el("dt", {}, ["Staffing"]), el("dd", {}, [`${b.fte} FTE`])]);
}

function inKind(b: BudgetView): Child {
  if (b.inKind.length === 0) return null;
  return el("div", { class: "wpc-inkind" }, [
    el("p", { class: "wpc-card-sub" }, ["In kind (not in the total)"]),
    el("ul", {}, b.inKind.map((k) => el("li", {}, [el("span", { class: "wpc-inkind-label" }, [k.label]), k.note ? ` — ${k.note}` : ""]))),
  ]);
}

const ROLE_NAME: Readonly<Record<BudgetView["columns"][number]["role"], string>> = { budget: "budget", actuals: "actuals", difference: "variance", percentage: "percentage" };

/** Which column the figures come from, when the budget has several ("From Budget 2026"). */
function columnUsed(b: BudgetView): Child {
  if (b.columns.length < 2) return null;
  return el("p", { class: "wpc-card-sub wpc-column-used", "data-column": b.column }, [`Figures from the column `, el("strong", {}, [b.column])]);
}

/** Sections (headings and subtotals) with their totals and shares; nested ones indented. */
function sections(b: BudgetView): Child {
  if (b.sections.length === 0) return null;
  return el("div", { class: "wpc-sections" }, [
    el("p", { class: "wpc-card-sub" }, ["Sections"]),
    el("ul", { class: "wpc-lines", "aria-label": "Budget sections" }, b.sections.map((x) => {
      const li = el("li", { class: "wpc-line wpc-section", "data-depth": String(x.depth) }, [
        el("span", { class: "wpc-line-label" }, [x.label]),
        el("span", { class: "wpc-line-amount" }, [money(x.total, b.currency)]),
        el("span", { class: "wpc-line-share" }, [shareBar(x.share), el("span", { class: "wpc-share-text" }, [share(x.share)])]),
      ]);
      li.style.paddingLeft = `${Math.min(x.depth, 4) * 12}px`;
      return li;
    })),
  ]);
}

/** The other amount columns: their role, the sum of their lines and the stated total. */
function otherColumns(b: BudgetView): Child {
  const others = b.columns.filter((c) => c.header !== b.column);
  if (others.length === 0) return null;
  const figure = (c: BudgetView["columns"][number]) =>
    c.role === "percentage" ? (c.statedTotal !== null ? share(c.statedTotal) : "—") : c.total !== null ? money(c.total, b.currency) : "—";
  return el("div", { class: "wpc-columns" }, [
    el("p", { class: "wpc-card-sub" }, ["Other columns"]),
    el("dl", { class: "wpc-facts", "aria-label": "Other amount columns" }, others.flatMap((c) => [
      el("dt", {}, [c.header, el("span", { class: "wpc-tag" }, [ROLE_NAME[c.role]])]),
      el("dd", { "data-role": c.role }, [figure(c)]),
    ])),
  ]);
}

/** One budget rollup card: total, check against the stated total, lines with shares, staff vs other, in kind, FTE. */
export function renderBudget(b: BudgetView, index: number): HTMLElement {
  const titleId = `wpc-budget-${index}`;
  return el("section", { class: "wpc-card wpc-budget", "aria-labelledby": titleId, "data-table": b.table }, [
    el("h3", { class: "wpc-card-title", id: titleId }, [srOnly("Budget: "), b.sheet]),
    el("p", { class: "wpc-card-sub" }, [`Budget · ${b.table.slice(b.sheet.length + 1)}`]),
    el("p", { class: "wpc-total", "data-total": String(b.total) }, [money(b.total, b.currency)]),
    columnUsed(b),
    totalCheck(b),
    sections(b),
    b.sections.length > 0 ? el("p", { class: "wpc-card-sub" }, ["Lines"]) : null,
    el("ul", { class: "wpc-lines", "aria-label": "Budget lines" }, b.lines.map((l) => line(l, b.currency))),
    staffSplit(b),
    otherColumns(b),
    facts(b),
    inKind(b),
  ]);
}
