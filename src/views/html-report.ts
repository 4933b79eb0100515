import type { Report } from "../core/report/report";
import type { Grouping, Lang } from "../core/i18n";
import { makeFormat, TERMS } from "../core/i18n";
import type { Format, Terms } from "../core/i18n";
import { NO_LEAD } from "../core/views/consolidate";
import type { Consolidated } from "../core/views/consolidate";
import { LAUSANNE_ACTION_PLAN } from "../core/settings";
import { periodText } from "../core/views/period-text";
import { barChart, coverageGrid, ganttChart, groupColours, monthColumns } from "./charts";
import { escapeHtml as e, toMarkup } from "./svg";
import { REPORT_CSS } from "./html-report-css";
import { reportText } from "./report-text";
import type { ReportText, RollupField } from "./report-text";

export interface HtmlReportInput {
  readonly title?: string;
  /** One report per file (or the open workbook), in order. */
  readonly reports: readonly { readonly file: string; readonly report: Report }[];
  /** The calendar across all plans; drawn when it has activities. */
  readonly consolidated?: Consolidated;
  /** Who made it: "workplan-check 0.1.0", "Workplan Check for Excel". */
  readonly generator?: string;
  /** The language of the report's own words and <html lang>; English when absent. */
  readonly lang?: Lang;
  /** How amounts are grouped (514'753 by default). */
  readonly grouping?: Grouping;
}

/** What the report speaks with: its words, the shared vocabulary and Format; English keeps ISO dates and months. */
interface Voice {
  readonly t: ReportText;
  readonly terms: Terms;
  readonly f: Format;
  readonly lang: Lang;
  readonly money: (units: number, currency: string) => string;
  readonly date: (iso: string) => string;
  readonly month: (key: string) => string;
  readonly kind: (kind: string) => string;
  /** An action plan's name; the default plan's in the language ("Plan d'action de Lausanne"). */
  readonly plan: (name: string) => string;
  /** FTE and other decimals with the grouping's decimal mark: 2.5 or 2,5. */
  readonly decimal: (n: number) => string;
}
function voiceOf(input: HtmlReportInput): Voice {
  const lang = input.lang ?? "en", f = makeFormat({ lang, grouping: input.grouping }), terms = TERMS[lang];
  return {
    t: reportText(lang), terms, f, lang,
    money: (units, currency) => f.units(units, currency),
    date: (iso) => (lang === "en" ? iso : f.date(iso)),
    month: (key) => (lang === "en" ? key : f.month(key)),
    plan: (name) => (name === LAUSANNE_ACTION_PLAN.name ? reportText(lang).lausanne : name),
    decimal: (n) => f.decimal(n),
    kind: (k) => (Object.prototype.hasOwnProperty.call(terms.kind, k) ? terms.kind[k as keyof Terms["kind"]] : k),
  };
}

type Section = { id: string; title: string; body: string };

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ""): string {
  const th = head.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  return `<table class="${cls}"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

const figure = (chart: string, caption: string) => `<figure>${chart}<figcaption>${e(caption)}</figcaption></figure>`;

function summary(input: HtmlReportInput, v: Voice): string {
  const t = v.t.summary, sev = v.terms.severityTitle;
  const rows = input.reports.map(({ file, report: r }) => [
    e(file), e(v.date(r.asOf)), r.valid ? `<span class="ok">${e(t.valid)}</span>` : `<span class="bad">${e(t.hasErrors)}</span>`,
    String(r.counts.error), String(r.counts.warning), String(r.counts.info), String(r.tables.length),
  ]);
  const tables = input.reports.flatMap(({ file, report: r }) => r.tables.map((x) => [e(file), e(x.sheet), e(v.kind(x.kind)), e(x.range), v.f.count(x.rows)]));
  return table([t.file, t.asOf, t.result, sev.error, sev.warning, sev.info, t.tables], rows, "num-right") +
    (tables.length ? `<h3>${e(t.tablesFound)}</h3>${table([t.file, t.sheet, t.kind, t.range, t.rows], tables)}` : "");
}

function issues(input: HtmlReportInput, v: Voice): string {
  const t = v.t.issues;
  const parts: string[] = [];
  for (const { file, report: r } of input.reports) {
    if (r.issues.length === 0) { parts.push(`<p class="ok">${e(t.none(file))}</p>`); continue; }
    const bySheet = new Map<string, Report["issues"]>();
    for (const i of r.issues) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
    if (input.reports.length > 1) parts.push(`<h3>${e(file)}</h3>`);
    for (const [sheet, list] of bySheet) {
      parts.push(`<h4>${e(sheet)} <span class="muted">· ${e(t.count(list.length))}</span></h4>`);
      parts.push(table([t.cell, t.severity, t.message, t.rule], list.map((i) => [`<code>${e(i.cell)}</code>`, `<span class="sev sev-${e(i.severity)}">${e(v.terms.severity[i.severity])}</span>`, e(i.message), `<code>${e(i.code)}</code>`]), "issues"));
    }
    if (r.unlisted > 0) parts.push(`<p class="muted">${e(t.unlisted(r.unlisted))}</p>`);
  }
  return parts.join("");
}

function budgets(input: HtmlReportInput, v: Voice): string {
  const t = v.t.budget, money = v.money;
  return input.reports.flatMap(({ file, report: r }) => r.rollups.budget.map((b) => {
    const check = b.statedTotal === null ? `<p class="muted">${e(t.noTotalRow)}</p>`
      : Math.round((b.total - b.statedTotal) * 100) === 0 ? `<p class="ok">${e(t.matches(money(b.statedTotal, b.currency)))}</p>`
      : `<p class="bad">${e(t.differs(money(b.statedTotal, b.currency), money(Math.abs(b.total - b.statedTotal), b.currency)))}</p>`;
    const lines = table([t.line, t.amount(b.currency), t.share, t.cell], [
      ...b.lines.map((l) => [e(l.label) + (l.staff ? ` <span class="tag">${e(t.staff)}</span>` : ""), e(money(l.amount, "")), e(v.f.share(l.share)), `<code>${e(l.cell)}</code>`]),
      [`<strong>${e(t.total)}</strong>`, `<strong>${e(money(b.total, ""))}</strong>`, b.total !== 0 ? e(v.f.share(1)) : "", ""],
    ], "num-right");
    const chart = barChart(b.lines.map((l) => ({ label: l.label, value: l.amount, valueText: money(l.amount, "") })), t.chart(b.sheet));
    const inKind = b.inKind.length ? `<p><strong>${e(t.inKind)}</strong> ${e(t.notInTotal)} ${b.inKind.map((k) => `${e(k.label)}${k.note ? " — " + e(k.note) : ""}`).join("; ")}</p>` : "";
    const staff = `<p>${e(t.staffOther(money(b.staffCosts, b.currency), money(b.otherCosts, b.currency)))}${b.fte !== null ? ` · ${e(t.fte(v.decimal(b.fte)))}` : ""}</p>`;
    return `<article class="card"><h3>${e(b.sheet)} <span class="muted">· ${e(file)}</span></h3><p class="big">${e(money(b.total, b.currency))}</p>${check}${figure(toMarkup(chart), t.caption(b.sheet))}${lines}${staff}${inKind}</article>`;
  })).join("");
}

/** Rollups this report does not know field by field (funding, execution from other modules): their plain figures as tables. */
function generic(value: unknown, v: Voice): string {
  const label = (k: string) => (Object.prototype.hasOwnProperty.call(v.t.fields, k) ? v.t.fields[k as RollupField] : /^\d{4}-\d{2}$/.test(k) ? v.month(k) : k);
  if (Array.isArray(value)) {
    const objects = value.filter((v): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v));
    if (objects.length === 0) return `<p>${value.map((x) => e(String(x))).join(", ")}</p>`;
    // "table" repeats the sheet with its range (the sheet is its own column): left out so the row fits the page.
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o).filter((k) => isScalar(o[k]) && k !== "table")))];
    const nested = [...new Set(objects.flatMap((o) => Object.keys(o).filter((k) => !isScalar(o[k]) && o[k] !== null)))];
    const rows = objects.map((o) => keys.map((k) => cellText(o[k], v, k)));
    const isEmpty = (x: unknown) => (Array.isArray(x) ? x.length === 0 : x !== null && typeof x === "object" && Object.keys(x).length === 0);
    const inner = objects.map((o) => nested.map((k) => (o[k] === undefined || isEmpty(o[k]) ? "" : `<h4>${e(label(k))}</h4>${generic(o[k], v)}`)).join("")).join("");
    return (keys.length ? table(keys.map(label), rows, "num-right") : "") + inner;
  }
  if (value !== null && typeof value === "object") return generic([value], v);
  return `<p>${cellText(value, v, "")}</p>`;
}
const isScalar = (x: unknown) => x === null || ["string", "number", "boolean"].includes(typeof x);
/** Figures that are amounts in currency units (and the per-month sums, keyed "2026-03") or shares of one. */
const AMOUNTS = new Set(["budget", "pledged", "received", "outstanding", "gap", "pledgedGap", "spent", "remaining", "burnPerMonth", "projectedYearEnd", "amount"]);
const SHARES = new Set(["fundedShare", "executedShare", "share"]);
/** A figure as the reader writes it: amounts in the grouping with centimes, shares as "73.6 %", a year as it is. */
function cellText(x: unknown, v: Voice, key: string): string {
  if (x === null || x === undefined) return "";
  const figure = (text: string) => `<span class="figure">${e(text)}</span>`; // never broken across lines
  if (typeof x !== "number") return key === "asOf" && typeof x === "string" ? figure(v.date(x)) : e(String(x));
  if (SHARES.has(key)) return figure(v.f.share(x));
  if (AMOUNTS.has(key) || /^\d{4}-\d{2}$/.test(key)) return figure(v.money(x, ""));
  if (key === "year") return String(x);
  return figure(Number.isInteger(x) ? v.f.count(x) : v.decimal(Math.round(x * 100) / 100));
}

function extraRollups(input: HtmlReportInput, names: readonly RollupField[], v: Voice): string {
  const parts: string[] = [];
  for (const name of names) {
    for (const { file, report } of input.reports) {
      const value = (report.rollups as Record<string, unknown>)[name];
      if (!Array.isArray(value) || value.length === 0) continue;
      parts.push(`<h3>${e(v.t.fields[name])} <span class="muted">· ${e(file)}</span></h3>${generic(value, v)}`);
    }
  }
  return parts.join("");
}

/** "2026-Q1" in the language ("T1 2026"). */
const quarterOf = (q: string, v: Voice) => (/^\d{4}-Q[1-4]$/.test(q) ? v.t.quarter(q.slice(0, 4), Number(q.slice(6))) : q);

function timelines(input: HtmlReportInput, v: Voice): string {
  return input.reports.flatMap(({ file, report: r }) => r.rollups.timeline.map((t) => {
    const chart = ganttChart(t.grid.map((g) => ({ label: g.activity, start: g.start, end: g.end, ongoing: g.ongoing, cell: g.cell })), t.months, t.milestones, v.t.timeline.chart(t.sheet), { lang: v.lang });
    const quarters = Object.entries(t.byQuarter).map(([q, n]) => `${e(quarterOf(q, v))}${v.lang === "fr" ? "\u00a0" : ""}: <strong>${n}</strong>`).join(" · ");
    return `<article class="card plan"><h3>${e(t.sheet)} <span class="muted">· ${e(file)}</span></h3>
<p>${e(v.t.timeline.summary(t.activities, t.ongoing, t.unscheduled))}${t.months.length ? ` · ${e(v.month(t.months[0]))} – ${e(v.month(t.months[t.months.length - 1]))}` : ""}</p>
${quarters ? `<p>${quarters}</p>` : ""}<div class="chart-scroll">${toMarkup(chart)}</div></article>`;
  })).join("");
}

function consolidated(c: Consolidated, v: Voice): string {
  const t = v.t.consolidated;
  const gantt = ganttChart(c.grid.map((g) => ({ label: g.activity, group: g.plan, start: g.start, end: g.end, ongoing: g.ongoing, cell: g.cell })), c.months, c.milestones, t.chart, { lang: v.lang });
  const legend = groupColours(c.grid.map((g) => g.plan)).map((g) => `<span class="legend"><span class="swatch" style="background:${g.colour}"></span>${e(g.group)}</span>`).join(" ");
  const months = monthColumns(c.months, c.byMonth, c.milestones, t.perMonth, v.lang);
  const leads = Object.entries(c.byLead).sort(([, a], [, b]) => b - a);
  const leadChart = barChart(leads.map(([lead, n]) => ({ label: lead === NO_LEAD ? v.t.noLead : lead, value: n, valueText: String(n) })), t.byLead, { colour: "#8764B8" });
  const plans = table([t.plan, t.file, t.table, t.activities], c.plans.map((p) => [e(p.label), e(p.file), e(p.table), String(p.activities)]));
  const busiest = c.busiest.map((b) => `${e(v.month(b.month))} (${b.activities})`).join(" · ");
  const milestones = c.milestones.map((m) => `◆ ${e(m.name)} ${e(v.month(m.month))}${m.activities ? ` (${e(t.milestoneActivities(m.activities))})` : ""}`).join(" · ");
  const quarters = table([t.quarter, t.activities], Object.entries(c.byQuarter).map(([q, n]) => [e(quarterOf(q, v)), String(n)]), "num-right compact");
  return `${plans}<p>${e(t.summary(c.grid.length, c.plans.length, c.ongoing, c.unscheduled))}</p>
${busiest ? `<p><strong>${e(t.busiest)}</strong> ${busiest}</p>` : ""}${milestones ? `<p><strong>${e(t.milestones)}</strong> ${milestones}</p>` : ""}
${figure(`<div class="chart-scroll">${toMarkup(months)}</div>`, t.perMonthCaption)}
${quarters}
<div class="legend-row">${legend}</div><div class="chart-scroll">${toMarkup(gantt)}</div>
${figure(toMarkup(leadChart), t.byLead)}`;
}

/** Consecutive actions cited by exactly the same activities, as one row ("12–17"): plans cite ranges. */
function coverageRows(c: Consolidated["coverage"][number], showFile: boolean, v: Voice): string[][] {
  const keyOf = (a: Consolidated["coverage"][number]["actions"][number]) => a.activities.map((x) => `${x.file}\u0000${x.sheet}\u0000${x.cell}`).join("\u0001");
  const rows: string[][] = [];
  for (let i = 0; i < c.actions.length; i++) {
    let j = i;
    while (j + 1 < c.actions.length && c.actions[j + 1].action === c.actions[j].action + 1 && keyOf(c.actions[j + 1]) === keyOf(c.actions[i])) j++;
    const a = c.actions[i];
    const label = j === i ? String(a.action) : `${a.action}–${c.actions[j].action}`;
    rows.push([e(label), a.activities.map((x) => `${e(x.activity || v.t.charts.noActivityText)} <span class="muted">(${showFile && x.file ? e(x.file) + " · " : ""}${e(x.sheet)}!${e(x.cell)})</span>`).join("<br>")]);
    i = j;
  }
  return rows;
}

function coverage(list: Consolidated["coverage"], showFile: boolean, v: Voice): string {
  const t = v.t.coverage;
  return list.map((c) => {
    const cited = new Map(c.actions.map((a) => [a.action, a.activities.length]));
    const rows = coverageRows(c, showFile, v);
    return `<article class="card"><h3>${e(v.plan(c.plan))} <span class="muted">· ${e(t.actions(c.from, c.to))}</span></h3>
<p>${e(t.cited(c.actions.length, c.to - c.from + 1, c.uncovered.length))}</p>
${figure(toMarkup(coverageGrid(c.from, c.to, cited, t.chart(v.plan(c.plan)), v.lang)), t.caption)}
${c.uncovered.length ? `<p><strong>${e(t.notCited)}</strong> ${c.uncovered.join(", ")}</p>` : ""}
${rows.length ? table([t.actionsHead, t.citing], rows, "coverage") : ""}</article>`;
  }).join("");
}

/** Coverage from the consolidated view when there is one, else each report's own (with its file). */
function coverageOf(input: HtmlReportInput): Consolidated["coverage"] {
  if (input.consolidated) return input.consolidated.coverage;
  return input.reports.flatMap(({ file, report }) => (report.rollups.coverage ?? []).map((c) => ({ ...c, actions: c.actions.map((a) => ({ ...a, activities: a.activities.map((x) => ({ ...x, file })) })) })));
}

/**
 * The report to share as one self-contained HTML page: inline styles and SVG charts, no script, no
 * remote font or image (a Content-Security-Policy says so to the browser too). Every text from the
 * workbook goes through escapeHtml. Readable on screen, printable on A4 (one section per page).
 */
export function htmlReport(input: HtmlReportInput): string {
  const v = voiceOf(input), s = v.t.sections;
  const title = input.title ?? v.t.title;
  const sections: Section[] = [{ id: "summary", title: s.summary, body: summary(input, v) }, { id: "issues", title: s.issues, body: issues(input, v) }];
  const b = budgets(input, v);
  if (b) sections.push({ id: "budget", title: s.budget, body: b });
  const extra = extraRollups(input, ["funding", "execution"], v);
  if (extra) sections.push({ id: "funding", title: s.funding, body: extra });
  const t = timelines(input, v);
  if (t) sections.push({ id: "timelines", title: s.timelines, body: t });
  if (input.consolidated && input.consolidated.grid.length > 0) sections.push({ id: "consolidated", title: s.consolidated, body: consolidated(input.consolidated, v) });
  const cov = coverageOf(input);
  if (cov.length > 0) sections.push({ id: "coverage", title: s.coverage, body: coverage(cov, new Set(input.reports.map((r) => r.file)).size > 1, v) });
  const asOf = [...new Set(input.reports.map((r) => v.date(r.report.asOf)))].join(", ");
  const files = input.reports.map((r) => r.file).filter(Boolean);
  const nav = sections.map((s) => `<a href="#${s.id}">${e(s.title)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="${v.lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${REPORT_CSS}</style></head>
<body><header class="report-head"><h1>${e(title)}</h1>
<p class="muted">${e(v.t.asOf(asOf))}${files.length ? ` · ${files.map(e).join(", ")}` : ""}${input.generator ? ` · ${e(input.generator)}` : ""}</p>
<nav class="toc">${nav}</nav></header>
${sections.map((s) => `<section id="${s.id}" class="report-section"><h2>${e(s.title)}</h2>${s.body}</section>`).join("\n")}
</body></html>
`;
}

/** A period as the report and the diff print it (re-exported for the hosts' text output). */
export { periodText };
