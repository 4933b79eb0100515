import type { Report } from "../core/report/report";
import type { Grouping, Lang } from "../core/i18n";
import { formatMoney, formatShare } from "../core/format/money";
import type { Consolidated } from "../core/views/consolidate";
import { periodText } from "../core/views/period-text";
import { barChart, coverageGrid, ganttChart, groupColours, monthColumns } from "./charts";
import { escapeHtml as e, toMarkup } from "./svg";
import { REPORT_CSS } from "./html-report-css";

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

const money = (units: number, currency: string) => formatMoney(Math.round(units * 100), currency);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Section = { id: string; title: string; body: string };

function table(head: readonly string[], rows: readonly (readonly string[])[], cls = ""): string {
  const th = head.map((h) => `<th scope="col">${e(h)}</th>`).join("");
  const tr = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("");
  return `<table class="${cls}"><thead><tr>${th}</tr></thead><tbody>${tr}</tbody></table>`;
}

const figure = (chart: string, caption: string) => `<figure>${chart}<figcaption>${e(caption)}</figcaption></figure>`;

function summary(input: HtmlReportInput): string {
  const rows = input.reports.map(({ file, report: r }) => [
    e(file), e(r.asOf), r.valid ? `<span class="ok">valid</span>` : `<span class="bad">has errors</span>`,
    String(r.counts.error), String(r.counts.warning), String(r.counts.info), String(r.tables.length),
  ]);
  const tables = input.reports.flatMap(({ file, report: r }) => r.tables.map((t) => [e(file), e(t.sheet), e(t.kind), e(t.range), String(t.rows)]));
  return table(["File", "As of", "Result", "Errors", "Warnings", "Info", "Tables"], rows, "num-right") +
    (tables.length ? `<h3>Tables found</h3>${table(["File", "Sheet", "Kind", "Range", "Rows"], tables)}` : "");
}

function issues(input: HtmlReportInput): string {
  const parts: string[] = [];
  for (const { file, report: r } of input.reports) {
    if (r.issues.length === 0) { parts.push(`<p class="ok">${e(file)}: no issues.</p>`); continue; }
    const bySheet = new Map<string, Report["issues"]>();
    for (const i of r.issues) bySheet.set(i.sheet, [...(bySheet.get(i.sheet) ?? []), i]);
    if (input.reports.length > 1) parts.push(`<h3>${e(file)}</h3>`);
    for (const [sheet, list] of bySheet) {
      parts.push(`<h4>${e(sheet)} <span class="muted">· ${plural(list.length, "issue", "issues")}</span></h4>`);
      parts.push(table(["Cell", "Severity", "Message", "Rule"], list.map((i) => [`<code>${e(i.cell)}</code>`, `<span class="sev sev-${e(i.severity)}">${e(i.severity)}</span>`, e(i.message), `<code>${e(i.code)}</code>`]), "issues"));
    }
    if (r.unlisted > 0) parts.push(`<p class="muted">${plural(r.unlisted, "further finding is", "further findings are")} counted but not listed (see the summaries above).</p>`);
  }
  return parts.join("");
}

function budgets(input: HtmlReportInput): string {
  return input.reports.flatMap(({ file, report: r }) => r.rollups.budget.map((b) => {
    const check = b.statedTotal === null ? `<p class="muted">No Total row to compare with.</p>`
      : Math.round((b.total - b.statedTotal) * 100) === 0 ? `<p class="ok">✓ Matches the stated total ${e(money(b.statedTotal, b.currency))}.</p>`
      : `<p class="bad">✗ The stated total ${e(money(b.statedTotal, b.currency))} differs from the sum of the lines by ${e(money(Math.abs(b.total - b.statedTotal), b.currency))}.</p>`;
    const lines = table(["Line", `Amount (${b.currency})`, "Share", "Cell"], [
      ...b.lines.map((l) => [e(l.label) + (l.staff ? ` <span class="tag">staff</span>` : ""), e(money(l.amount, "")), e(formatShare(l.share)), `<code>${e(l.cell)}</code>`]),
      [`<strong>Total</strong>`, `<strong>${e(money(b.total, ""))}</strong>`, b.total !== 0 ? "100%" : "", ""],
    ], "num-right");
    const chart = barChart(b.lines.map((l) => ({ label: l.label, value: l.amount, valueText: money(l.amount, "") })), `Budget by line, ${b.sheet}`);
    const inKind = b.inKind.length ? `<p><strong>In kind</strong> (not in the total): ${b.inKind.map((k) => `${e(k.label)}${k.note ? " — " + e(k.note) : ""}`).join("; ")}</p>` : "";
    const staff = `<p>Staff costs ${e(money(b.staffCosts, b.currency))} · other costs ${e(money(b.otherCosts, b.currency))}${b.fte !== null ? ` · ${e(String(b.fte))} FTE` : ""}</p>`;
    return `<article class="card"><h3>${e(b.sheet)} <span class="muted">· ${e(file)}</span></h3><p class="big">${e(money(b.total, b.currency))}</p>${check}${figure(toMarkup(chart), `Budget lines of ${b.sheet}`)}${lines}${staff}${inKind}</article>`;
  })).join("");
}

/** Rollups this report does not know field by field (funding, execution from other modules): their plain figures as tables. */
function generic(value: unknown): string {
  if (Array.isArray(value)) {
    const objects = value.filter((v): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v));
    if (objects.length === 0) return `<p>${value.map((v) => e(String(v))).join(", ")}</p>`;
    const keys = [...new Set(objects.flatMap((o) => Object.keys(o).filter((k) => isScalar(o[k]))))];
    const nested = [...new Set(objects.flatMap((o) => Object.keys(o).filter((k) => !isScalar(o[k]) && o[k] !== null)))];
    const rows = objects.map((o) => keys.map((k) => cellText(o[k])));
    const inner = objects.map((o) => nested.map((k) => (o[k] === undefined ? "" : `<h4>${e(k)}</h4>${generic(o[k])}`)).join("")).join("");
    return (keys.length ? table(keys, rows, "num-right") : "") + inner;
  }
  if (value !== null && typeof value === "object") return generic([value]);
  return `<p>${cellText(value)}</p>`;
}
const isScalar = (v: unknown) => v === null || ["string", "number", "boolean"].includes(typeof v);
const cellText = (v: unknown) => (v === null || v === undefined ? "" : typeof v === "number" ? e(Number.isInteger(v) ? v.toLocaleString("en-US").replace(/,/g, "'") : String(v)) : e(String(v)));

function extraRollups(input: HtmlReportInput, names: readonly string[]): string {
  const parts: string[] = [];
  for (const name of names) {
    for (const { file, report } of input.reports) {
      const value = (report.rollups as Record<string, unknown>)[name];
      if (!Array.isArray(value) || value.length === 0) continue;
      parts.push(`<h3>${e(name[0].toUpperCase() + name.slice(1))} <span class="muted">· ${e(file)}</span></h3>${generic(value)}`);
    }
  }
  return parts.join("");
}

function timelines(input: HtmlReportInput): string {
  return input.reports.flatMap(({ file, report: r }) => r.rollups.timeline.map((t) => {
    const chart = ganttChart(t.grid.map((g) => ({ label: g.activity, start: g.start, end: g.end, ongoing: g.ongoing, cell: g.cell })), t.months, t.milestones, `Gantt chart of ${t.sheet}`);
    const quarters = Object.entries(t.byQuarter).map(([q, n]) => `${e(q)}: <strong>${n}</strong>`).join(" · ");
    return `<article class="card plan"><h3>${e(t.sheet)} <span class="muted">· ${e(file)}</span></h3>
<p>${plural(t.activities, "activity", "activities")} · ${t.ongoing} ongoing · ${t.unscheduled} unscheduled${t.months.length ? ` · ${e(t.months[0])} – ${e(t.months[t.months.length - 1])}` : ""}</p>
${quarters ? `<p>${quarters}</p>` : ""}<div class="chart-scroll">${toMarkup(chart)}</div></article>`;
  })).join("");
}

function consolidated(c: Consolidated): string {
  const gantt = ganttChart(c.grid.map((g) => ({ label: g.activity, group: g.plan, start: g.start, end: g.end, ongoing: g.ongoing, cell: g.cell })), c.months, c.milestones, "Gantt chart of all plans");
  const legend = groupColours(c.grid.map((g) => g.plan)).map((g) => `<span class="legend"><span class="swatch" style="background:${g.colour}"></span>${e(g.group)}</span>`).join(" ");
  const months = monthColumns(c.months, c.byMonth, c.milestones, "Activities per month across all plans");
  const leads = Object.entries(c.byLead).sort(([, a], [, b]) => b - a);
  const leadChart = barChart(leads.map(([lead, n]) => ({ label: lead, value: n, valueText: String(n) })), "Activities by lead", { colour: "#8764B8" });
  const plans = table(["Plan", "File", "Table", "Activities"], c.plans.map((p) => [e(p.label), e(p.file), e(p.table), String(p.activities)]));
  const busiest = c.busiest.map((b) => `${e(b.month)} (${b.activities})`).join(" · ");
  const milestones = c.milestones.map((m) => `◆ ${e(m.name)} ${e(m.month)}${m.activities ? ` (${plural(m.activities, "activity", "activities")})` : ""}`).join(" · ");
  const quarters = table(["Quarter", "Activities"], Object.entries(c.byQuarter).map(([q, n]) => [e(q), String(n)]), "num-right compact");
  return `${plans}<p>${plural(c.grid.length, "activity", "activities")} in ${plural(c.plans.length, "plan", "plans")} · ${c.ongoing} ongoing · ${c.unscheduled} unscheduled</p>
${busiest ? `<p><strong>Busiest months:</strong> ${busiest}</p>` : ""}${milestones ? `<p><strong>Milestones:</strong> ${milestones}</p>` : ""}
${figure(`<div class="chart-scroll">${toMarkup(months)}</div>`, "Activities per month (ongoing activities are counted apart)")}
${quarters}
<div class="legend-row">${legend}</div><div class="chart-scroll">${toMarkup(gantt)}</div>
${figure(toMarkup(leadChart), "Activities by lead")}`;
}

/** Consecutive actions cited by exactly the same activities, as one row ("12–17"): plans cite ranges. */
function coverageRows(c: Consolidated["coverage"][number], showFile: boolean): string[][] {
  const keyOf = (a: Consolidated["coverage"][number]["actions"][number]) => a.activities.map((x) => `${x.file}\u0000${x.sheet}\u0000${x.cell}`).join("\u0001");
  const rows: string[][] = [];
  for (let i = 0; i < c.actions.length; i++) {
    let j = i;
    while (j + 1 < c.actions.length && c.actions[j + 1].action === c.actions[j].action + 1 && keyOf(c.actions[j + 1]) === keyOf(c.actions[i])) j++;
    const a = c.actions[i];
    const label = j === i ? String(a.action) : `${a.action}–${c.actions[j].action}`;
    rows.push([e(label), a.activities.map((x) => `${e(x.activity || "(no activity text)")} <span class="muted">(${showFile && x.file ? e(x.file) + " · " : ""}${e(x.sheet)}!${e(x.cell)})</span>`).join("<br>")]);
    i = j;
  }
  return rows;
}

function coverage(list: Consolidated["coverage"], showFile: boolean): string {
  return list.map((c) => {
    const cited = new Map(c.actions.map((a) => [a.action, a.activities.length]));
    const rows = coverageRows(c, showFile);
    return `<article class="card"><h3>${e(c.plan)} <span class="muted">· Actions ${c.from}–${c.to}</span></h3>
<p>${c.actions.length} of ${c.to - c.from + 1} actions cited by at least one activity; ${c.uncovered.length} not cited.</p>
${figure(toMarkup(coverageGrid(c.from, c.to, cited, `Coverage of the ${c.plan}`)), "Filled: cited by an activity · dashed: not cited")}
${c.uncovered.length ? `<p><strong>Not cited:</strong> ${c.uncovered.join(", ")}</p>` : ""}
${rows.length ? table(["Actions", "Activities citing them"], rows, "coverage") : ""}</article>`;
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
  const title = input.title ?? "Workplan Check report";
  const sections: Section[] = [{ id: "summary", title: "Summary", body: summary(input) }, { id: "issues", title: "Issues by sheet", body: issues(input) }];
  const b = budgets(input);
  if (b) sections.push({ id: "budget", title: "Budget", body: b });
  const extra = extraRollups(input, ["funding", "execution"]);
  if (extra) sections.push({ id: "funding", title: "Funding and execution", body: extra });
  const t = timelines(input);
  if (t) sections.push({ id: "timelines", title: "Each plan's timeline", body: t });
  if (input.consolidated && input.consolidated.grid.length > 0) sections.push({ id: "consolidated", title: "All plans: the consolidated calendar", body: consolidated(input.consolidated) });
  const cov = coverageOf(input);
  if (cov.length > 0) sections.push({ id: "coverage", title: "Action-plan coverage", body: coverage(cov, new Set(input.reports.map((r) => r.file)).size > 1) });
  const asOf = [...new Set(input.reports.map((r) => r.report.asOf))].join(", ");
  const files = input.reports.map((r) => r.file).filter(Boolean);
  const nav = sections.map((s) => `<a href="#${s.id}">${e(s.title)}</a>`).join(" · ");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style>${REPORT_CSS}</style></head>
<body><header class="report-head"><h1>${e(title)}</h1>
<p class="muted">As of ${e(asOf)}${files.length ? ` · ${files.map(e).join(", ")}` : ""}${input.generator ? ` · ${e(input.generator)}` : ""}</p>
<nav class="toc">${nav}</nav></header>
${sections.map((s) => `<section id="${s.id}" class="report-section"><h2>${e(s.title)}</h2>${s.body}</section>`).join("\n")}
</body></html>
`;
}

/** A period as the report and the diff print it (re-exported for the hosts' text output). */
export { periodText };
