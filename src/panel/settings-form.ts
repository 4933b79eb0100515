import { LAUSANNE_ACTION_PLAN, milestonesObject, parseMilestone } from "../core";
import type { MilestoneEntry, Settings } from "../core";
import { actionPlanText, parseActionPlan } from "../core/parse/action-plan";
import { DEFAULT_GROUPING, GROUPINGS, type Grouping } from "../core/i18n";
import { ENGLISH_LOCALE, type Locale, reasonIn } from "./i18n";

/** The settings form's raw field values (what inputs hold: strings, "" when empty). */
export interface SettingsForm {
  /** One of GROUPINGS ("apostrophe" …); absent in forms from before the choice existed. */
  readonly grouping?: string;
  readonly asOf: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly actionFrom: string;
  readonly actionTo: string;
  /** One milestone a line: NAME=YYYY-MM. */
  readonly milestones: string;
  /** Action plans for coverage after the Lausanne one, one a line: NAME (ABBR)=FROM-TO. */
  readonly actionPlans?: string;
  /** One exchange rate a line: CODE=RATE (EUR=0.9412); absent in forms saved before rates existed. */
  readonly rates?: string;
}

export type FormResult = { readonly ok: true; readonly value: Settings } | { readonly ok: false; readonly errors: readonly string[] };

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function settingsToForm(s: Settings): SettingsForm {
  return {
    ...(s.grouping ? { grouping: s.grouping } : {}),
    asOf: s.asOf ?? "",
    windowStart: s.planWindow?.start ?? "",
    windowEnd: s.planWindow?.end ?? "",
    actionFrom: s.actionRange ? String(s.actionRange.from) : "",
    actionTo: s.actionRange ? String(s.actionRange.to) : "",
    milestones: Object.entries(s.milestones ?? {}).map(([name, month]) => `${name}=${month}`).join("\n"),
    ...(s.actionPlans ? { actionPlans: s.actionPlans.filter((p) => p.name !== LAUSANNE_ACTION_PLAN.name).map(actionPlanText).join("\n") } : {}),
    ...(s.rates ? { rates: Object.entries(s.rates).map(([code, rate]) => `${code}=${rate}`).join("\n") } : {}),
  };
}

function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Reads the form into Settings. Empty fields mean "not set" (the core's defaults apply). Fields the
 * form does not show (currency, rounding tolerance) are kept from `base`, so saving never drops them. The language is
 * never part of them: it is each user's own (the panel adds it to what it sends to validate).
 */
export function formToSettings(f: SettingsForm, base: Settings = {}, loc: Locale = ENGLISH_LOCALE): FormResult {
  const t = loc.text.form;
  const errors: string[] = [];
  const { asOf: _a, planWindow: _w, actionRange: _r, milestones: _m, actionPlans: _p, rates: _x, lang: _l, ...kept } = base;
  const out: Settings = { ...kept };
  // The default written only where it was chosen before: absent means 514'753, and stays absent.
  if (f.grouping !== undefined && (GROUPINGS as readonly string[]).includes(f.grouping) && (f.grouping !== DEFAULT_GROUPING || base.grouping !== undefined)) out.grouping = f.grouping as Grouping;

  const asOf = f.asOf.trim();
  if (asOf !== "") {
    if (isRealDate(asOf)) out.asOf = asOf;
    else errors.push(t.asOf(asOf));
  }

  const start = f.windowStart.trim(), end = f.windowEnd.trim();
  if (start !== "" || end !== "") {
    if (start === "" || end === "") errors.push(t.windowBoth);
    else if (!YEAR_MONTH.test(start) || !YEAR_MONTH.test(end)) errors.push(t.windowFormat);
    else if (start > end) errors.push(t.windowOrder(start, end));
    else out.planWindow = { start, end };
  }

  const from = f.actionFrom.trim(), to = f.actionTo.trim();
  if (from !== "" || to !== "") {
    const a = Number(from), b = Number(to);
    if (from === "" || to === "") errors.push(t.rangeBoth);
    else if (!Number.isInteger(a) || !Number.isInteger(b)) errors.push(t.rangeWhole);
    else if (a > b) errors.push(t.rangeOrder(a, b));
    else out.actionRange = { from: a, to: b };
  }

  // A Map, not an object: a milestone named "constructor" or "__proto__" is still just a name.
  const milestones = new Map<string, MilestoneEntry>();
  const lines = f.milestones.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const m = parseMilestone(line); // the CLI's parser too: split at the last "="
    if (!m.ok) errors.push(line.includes("=") ? t.milestone(line.slice(0, line.lastIndexOf("=")).trim() || t.lineNumber(i + 1), reasonIn(loc, m.reason)) : t.milestoneLine(i + 1, line, reasonIn(loc, m.reason)));
    else if (milestones.has(m.value.name)) errors.push(t.milestoneTwice(m.value.name));
    else milestones.set(m.value.name, m.value);
  }
  if (milestones.size > 0) out.milestones = milestonesObject([...milestones.values()]);

  const plans = (f.actionPlans ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const parsedPlans = plans.map((line, i) => {
    const p = parseActionPlan(line);
    if (!p.ok) errors.push(t.plan(i + 1, line, reasonIn(loc, p.reason)));
    return p;
  });
  if (plans.length > 0) out.actionPlans = [LAUSANNE_ACTION_PLAN, ...parsedPlans.flatMap((p) => (p.ok ? [p.value] : []))];

  const rates = new Map<string, string>();
  const rateLines = (f.rates ?? "").split(/\r?\n/);
  for (let i = 0; i < rateLines.length; i++) {
    const line = rateLines[i].trim();
    if (line === "") continue;
    const m = /^([A-Za-z]{3})\s*=\s*(\S+)$/.exec(line);
    if (!m) {
      errors.push(t.rateLine(i + 1, line));
      continue;
    }
    const code = m[1].toUpperCase(), rate = m[2].replace(",", ".");
    if (!/^\d+(\.\d{1,12})?$/.test(rate) || !/[1-9]/.test(rate)) errors.push(t.rateValue(code, m[2]));
    else if (rates.has(code)) errors.push(t.rateTwice(code));
    else rates.set(code, rate);
  }
  if (rates.size > 0) out.rates = Object.fromEntries(rates);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}
