/**
 * An import as template sheets, so every host writes it the way it writes "Insert template": the
 * activities layout (Start/End derived from each timeline as the core reads it, a Gantt over the plan
 * window) and, for each budget table, the budget layout.
 */
import { parsePeriod } from "../parse/period";
import { monthKey } from "../parse/period";
import { windowFromText } from "../plan-window";
import { DEFAULT_MILESTONES } from "../settings";
import { activitiesTemplate } from "../templates/activities";
import { budgetTemplate } from "../templates/budget";
import type { BudgetLineInput } from "../templates/budget";
import { defaultWindow, windowYears } from "../templates/months";
import type { MonthWindow, TemplateSheet } from "../templates/template";
import type { ImportedBudget } from "./budget-table";
import type { ImportResult } from "./import-plan";

const PERIOD_OPTIONS = { milestones: { ...DEFAULT_MILESTONES } };

/** The plan years named in the title, else the years the timelines span, else this year and the next. */
export function importWindow(r: ImportResult, today: string): MonthWindow {
  const w = windowFromText(r.title, "title");
  if (w) return { start: monthKey(w.start), end: monthKey(w.end) };
  let min = Infinity, max = -Infinity;
  for (const a of r.activities) {
    const p = parsePeriod(a.timeline, PERIOD_OPTIONS);
    if (!p.ok) continue;
    for (const m of [p.value.start, p.value.end]) if (m !== undefined) [min, max] = [Math.min(min, m), Math.max(max, m)];
  }
  if (min === Infinity) return defaultWindow(today);
  const y0 = Math.floor(min / 12), y1 = Math.floor(max / 12);
  return { start: `${y0}-01`, end: `${y1}-12` };
}

export function importedActivitiesTemplate(r: ImportResult, options: { today: string; sheetName?: string }): TemplateSheet {
  const window = importWindow(r, options.today);
  const years = windowYears(window);
  // The core reads the plan window back from the title, so it must name the years.
  const title = windowFromText(r.title, "title") ? r.title : r.title ? `${r.title} — Work plan ${years}` : `Work plan ${years}`;
  return activitiesTemplate({
    sheetName: options.sheetName ?? `Work plan ${years}`,
    title,
    window,
    activities: r.activities.map((a) => ({ activity: a.activity, lead: a.lead, timeline: a.timeline, deliverable: a.deliverable, target: a.target })),
    blankRows: 0,
  });
}

const SOCIAL_CHARGES = /^social charges$/i;
const SALARIES = /^salar/i;

/**
 * Social charges become the template's rate formula only when the document's own note states the rate
 * and the written amount is exactly that share of salaries; otherwise the amount stays as written.
 */
function budgetLines(b: ImportedBudget): { lines: BudgetLineInput[]; rate?: number } {
  const salaries = b.lines.find((l) => SALARIES.test(l.label));
  let rate: number | undefined;
  const lines = b.lines.map((l): BudgetLineInput => {
    const stated = /(\d+(?:\.\d+)?)\s*%/.exec(l.notes ?? "");
    if (SOCIAL_CHARGES.test(l.label) && salaries?.amount !== undefined && l.amount !== undefined && stated) {
      const r = Number(stated[1]) / 100;
      if (Math.round(r * salaries.amount) === l.amount) {
        rate = r;
        return { label: l.label, notes: l.notes, rateOf: salaries.label };
      }
    }
    // An unreadable amount stays visible as a note rather than becoming a blank or a zero.
    const notes = l.amount === undefined && l.amountText.trim() !== "" ? [`Amount as written: ${l.amountText}`, l.notes].filter(Boolean).join(". ") : l.notes;
    return { label: l.label, amount: l.amount, notes };
  });
  return { lines, ...(rate !== undefined ? { rate } : {}) };
}

export function importedBudgetTemplate(b: ImportedBudget, sheetName?: string): TemplateSheet {
  const year = /\b(?:19|20|21)\d\d\b/.exec(b.title)?.[0];
  const { lines, rate } = budgetLines(b);
  return budgetTemplate({
    sheetName: sheetName ?? (year ? `Budget ${year}` : "Budget"),
    title: b.title,
    lines,
    inKind: b.inKind.map((k) => ({ label: k.label, text: k.text, notes: k.notes })),
    rate,
  });
}

/** Every sheet an import makes: the activities (when the document has a timeline) and each budget. */
export function importedTemplates(r: ImportResult, today: string): TemplateSheet[] {
  const sheets: TemplateSheet[] = [];
  if (r.activities.length > 0) sheets.push(importedActivitiesTemplate(r, { today }));
  r.budgets.forEach((b, i) => sheets.push(importedBudgetTemplate(b, r.budgets.length > 1 ? `Budget ${i + 1}` : undefined)));
  return sheets;
}
