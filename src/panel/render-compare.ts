import type { Report } from "../core";
import { diffReports, reportOfSheet, WorkbookDiff } from "../core/views/diff";
import { el, replaceChildren } from "./dom";
import type { Locale } from "./i18n";
import { money } from "./panel-text";
import type { SelectCell } from "./render-issues";

/** Sheets worth comparing: those with a budget or an activities table. */
export const comparableSheets = (r: Report): string[] => [...new Set(r.tables.filter((t) => t.kind === "budget" || t.kind === "activities").map((t) => t.sheet))];

/** The pair to offer first: "Budget 2026" and "Budget 2026 (rev)" when both exist, else the first two. */
export function defaultPair(sheets: readonly string[]): [string, string] | null {
  if (sheets.length < 2) return null;
  for (const a of sheets) {
    const b = sheets.find((s) => s !== a && s.startsWith(a) && /\b(rev|revised|v\d+|new|copy)\b|\(\d+\)/i.test(s.slice(a.length)));
    if (b) return [a, b];
  }
  return [sheets[0], sheets[1]];
}


/**
 * A period as the core's diff writes it (periodText: "2026-05 – 2026-06", "ongoing since 2026-02", "ongoing",
 * "unscheduled") in the reader's language; other text (a cell's own) as it is.
 */
function periodShown(loc: Locale, text: string): string {
  const w = loc.text.timeline;
  if (text === "ongoing") return w.ongoing;
  if (text === "unscheduled") return w.unscheduled;
  const since = /^ongoing since (\d{4}-\d{2})$/.exec(text);
  if (since) return w.ongoingSince(loc.format.month(since[1]));
  const span = /^(\d{4}-\d{2})(?: – (\d{4}-\d{2}))?$/.exec(text);
  return span ? [span[1], span[2]].filter(Boolean).map((m) => loc.format.month(m!)).join(" – ") : text;
}

function changeList(loc: Locale, d: WorkbookDiff, currency: string, onSelect: SelectCell): HTMLElement {
  const w = loc.text.compare;
    const period = (text: string | null) => (text === null ? "" : periodShown(loc, text));
  const item = (change: keyof typeof w.change, title: string, detail: string, sheet: string | null, cell: string | null) => {
    const b = el("button", { class: `wpc-deliverable wpc-change wpc-change-${change}`, type: "button", "data-change": change, disabled: sheet === null || cell === null }, [
      el("span", { class: "wpc-deliverable-figure" }, [`${w.change[change]}${cell ? ` · ${cell}` : ""}`]),
      el("span", { class: "wpc-deliverable-activity" }, [title]),
      detail ? el("span", { class: "wpc-hint" }, [detail]) : null,
    ]);
    if (sheet && cell) b.addEventListener("click", () => onSelect(sheet, cell));
    return el("li", {}, [b]);
  };
  const amount = (v: number | string | null) => (typeof v === "number" ? money(loc, v, currency) : v ?? "");
  const items = [
    ...d.budget.map((b) => item(b.change, b.label, b.field === "label" ? `“${b.old}” → “${b.new}”` : b.change === "changed" ? `${amount(b.old)} → ${amount(b.new)}` : amount(b.change === "added" ? b.new : b.old), b.newSheet ?? b.oldSheet, b.newCell ?? b.oldCell)),
    ...d.totals.map((t) => el("li", { class: "wpc-hint" }, [w.total(money(loc, t.old, t.currency), money(loc, t.new, t.currency), `${t.difference > 0 ? "+" : "−"}${money(loc, Math.abs(t.difference), t.currency)}`)])),
    ...d.activities.map((a) => item(a.change, a.activity || w.noActivityText, a.field ? `${w.field[a.field]}: ${(a.field === "period" ? period(a.old) : a.old) || w.blank} → ${(a.field === "period" ? period(a.new) : a.new) || w.blank}` : period(a.change === "added" ? a.new : a.old), a.newSheet ?? a.oldSheet, a.newCell ?? a.oldCell)),
  ];
  if (items.length === 0) return el("p", { class: "wpc-check wpc-check-ok", "data-changes": "0" }, [w.none]);
  return el("ul", { class: "wpc-changes", "data-changes": String(d.budget.length + d.activities.length) }, items);
}

/** "Compare two sheets": pick an earlier and a revised sheet of the open workbook; lists what changed. */
export function createCompare(loc: Locale, onSelect: SelectCell): { root: HTMLElement; update(report: Report | null): void } {
  const w = loc.text.compare;
  const older = el("select", { class: "wpc-input", id: "wpc-compare-old", "aria-label": w.earlierSheet });
  const newer = el("select", { class: "wpc-input", id: "wpc-compare-new", "aria-label": w.revisedSheet });
  const go = el("button", { class: "wpc-btn", type: "button", "data-action": "compare" }, [w.compare]);
  const out = el("div", { class: "wpc-compare-result", role: "status", "aria-live": "polite" });
  let report: Report | null = null;
  go.addEventListener("click", () => {
    if (!report) return;
    if (older.value === newer.value) return replaceChildren(out, [el("p", { class: "wpc-hint" }, [w.pickTwo])]);
    const d = diffReports(reportOfSheet(report, older.value), reportOfSheet(report, newer.value), { old: older.value, new: newer.value });
    replaceChildren(out, [changeList(loc, d, report.rollups.budget[0]?.currency ?? "CHF", onSelect)]);
  });
  const root = el("div", { class: "wpc-card wpc-compare" }, [
    el("p", { class: "wpc-card-sub" }, [w.intro]),
    el("div", { class: "wpc-pair" }, [
      el("div", { class: "wpc-field" }, [el("label", { for: "wpc-compare-old" }, [w.earlier]), older]),
      el("div", { class: "wpc-field" }, [el("label", { for: "wpc-compare-new" }, [w.revised]), newer]),
    ]),
    go,
    out,
  ]);
  return {
    root,
    update(r) {
      report = r;
      const sheets = r ? comparableSheets(r) : [];
      const pair = defaultPair(sheets);
      for (const [select, chosen] of [[older, pair?.[0]], [newer, pair?.[1]]] as const) {
        replaceChildren(select, sheets.map((s) => el("option", { value: s, selected: s === chosen }, [s])));
      }
      go.disabled = pair === null;
      replaceChildren(out, pair === null ? [el("p", { class: "wpc-hint" }, [w.needsTwo])] : []);
    },
  };
}
