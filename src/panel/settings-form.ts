import { LAUSANNE_ACTION_PLAN, milestonesObject, parseMilestone } from "../core";
import type { MilestoneEntry, Settings } from "../core";
import { actionPlanText, parseActionPlan } from "../core/parse/action-plan";

/** The settings form's raw field values (what inputs hold: strings, "" when empty). */
export interface SettingsForm {
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
 * form does not show (currency, rounding tolerance) are kept from `base`, so saving never drops them.
 */
export function formToSettings(f: SettingsForm, base: Settings = {}): FormResult {
  const errors: string[] = [];
  const { asOf: _a, planWindow: _w, actionRange: _r, milestones: _m, actionPlans: _p, rates: _x, ...kept } = base;
  const out: Settings = { ...kept };

  const asOf = f.asOf.trim();
  if (asOf !== "") {
    if (isRealDate(asOf)) out.asOf = asOf;
    else errors.push(`As-of date “${asOf}” is not a date (YYYY-MM-DD).`);
  }

  const start = f.windowStart.trim(), end = f.windowEnd.trim();
  if (start !== "" || end !== "") {
    if (start === "" || end === "") errors.push("Plan window needs both a start and an end month (or neither).");
    else if (!YEAR_MONTH.test(start) || !YEAR_MONTH.test(end)) errors.push("Plan window months must be written YYYY-MM.");
    else if (start > end) errors.push(`Plan window starts (${start}) after it ends (${end}).`);
    else out.planWindow = { start, end };
  }

  const from = f.actionFrom.trim(), to = f.actionTo.trim();
  if (from !== "" || to !== "") {
    const a = Number(from), b = Number(to);
    if (from === "" || to === "") errors.push("Action range needs both a first and a last action number (or neither).");
    else if (!Number.isInteger(a) || !Number.isInteger(b)) errors.push("Action range must be whole numbers.");
    else if (a > b) errors.push(`Action range starts (${a}) after it ends (${b}).`);
    else out.actionRange = { from: a, to: b };
  }

  // A Map, not an object: a milestone named "constructor" or "__proto__" is still just a name.
  const milestones = new Map<string, MilestoneEntry>();
  const lines = f.milestones.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === "") continue;
    const m = parseMilestone(line); // the CLI's parser too: split at the last "="
    if (!m.ok) errors.push(line.includes("=") ? `Milestone ${line.slice(0, line.lastIndexOf("=")).trim() || `line ${i + 1}`}: ${m.reason}.` : `Milestone line ${i + 1} “${line}”: ${m.reason}.`);
    else if (milestones.has(m.value.name)) errors.push(`Milestone ${m.value.name} is listed twice.`);
    else milestones.set(m.value.name, m.value);
  }
  if (milestones.size > 0) out.milestones = milestonesObject([...milestones.values()]);

  const plans = (f.actionPlans ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const parsedPlans = plans.map((line, i) => {
    const p = parseActionPlan(line);
    if (!p.ok) errors.push(`Action plan line ${i + 1} “${line}”: ${p.reason}.`);
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
      errors.push(`Rate line ${i + 1} “${line}”: write CODE=RATE, e.g. EUR=0.9412.`);
      continue;
    }
    const code = m[1].toUpperCase(), rate = m[2].replace(",", ".");
    if (!/^\d+(\.\d{1,12})?$/.test(rate) || !/[1-9]/.test(rate)) errors.push(`Rate ${code}: “${m[2]}” is not a positive decimal (e.g. 0.9412).`);
    else if (rates.has(code)) errors.push(`Rate ${code} is listed twice.`);
    else rates.set(code, rate);
  }
  if (rates.size > 0) out.rates = Object.fromEntries(rates);

  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: out };
}
