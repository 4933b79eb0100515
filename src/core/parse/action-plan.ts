import type { ActionPlan } from "../settings";
import { fail, ok, type Parsed } from "./parsed";

/**
 * "Vientiane Action Plan (VAP)=1-40" → {name, abbreviation: "VAP", from: 1, to: 40}: how users add an
 * action plan for coverage (CLI --action-plan, the panel's settings). The abbreviation is optional.
 */
export function parseActionPlan(text: string): Parsed<ActionPlan> {
  const at = text.lastIndexOf("=");
  if (at <= 0) return fail("write NAME=FROM-TO, e.g. Vientiane Action Plan (VAP)=1-40");
  const m = /^\s*(.+?)\s*(?:\(([^()]+)\))?\s*$/.exec(text.slice(0, at));
  const range = /^\s*(\d+)\s*[-–:]\s*(\d+)\s*$/.exec(text.slice(at + 1));
  if (!m) return fail("the plan needs a name");
  if (!range) return fail("the range must be two whole numbers, FROM-TO (1-40)");
  const from = Number(range[1]), to = Number(range[2]);
  if (from < 1 || from > to) return fail(`the range ${from}-${to} must start at 1 or more and not end before it starts`);
  if (m[1].length > 100) return fail("the name is longer than 100 characters");
  return ok({ name: m[1], ...(m[2] ? { abbreviation: m[2].trim() } : {}), from, to });
}

/** An action plan as the user writes it back: "Vientiane Action Plan (VAP)=1-40". */
export const actionPlanText = (p: ActionPlan): string => `${p.name}${p.abbreviation ? ` (${p.abbreviation})` : ""}=${p.from}-${p.to}`;
