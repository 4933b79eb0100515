import { a1 } from "../a1";
import type { ActivityRecord } from "../kinds/activities";
import { parseActionRefs } from "../parse/action-ref";
import type { ActionPlan } from "../settings";
import type { DetectedTable } from "../table";
import { memoByText } from "../memo";
import { normaliseLabel } from "../text";

/** One activity citing an action: where its reference cell is. */
export interface CitingActivity {
  readonly sheet: string;
  readonly cell: string;
  readonly activity: string;
}

export interface CoverageRollup {
  /** The action plan's name ("Lausanne Action Plan") and its actions' range. */
  readonly plan: string;
  readonly from: number;
  readonly to: number;
  /** Actions cited by at least one activity, in order, with the activities citing them. */
  readonly actions: { readonly action: number; readonly activities: CitingActivity[] }[];
  /** Actions of the plan no activity cites. */
  readonly uncovered: number[];
}

export interface CoverageInput {
  readonly table: DetectedTable;
  readonly records: readonly ActivityRecord[];
}

const words = (text: string): string[] => normaliseLabel(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Which plan a reference names ("VAP Action 3", "Lausanne Action Plan #12"); the first plan when it names none. */
export function planOfReference(text: string, plans: readonly ActionPlan[]): number {
  const ws = new Set(words(text));
  const norm = normaliseLabel(text);
  for (let i = 0; i < plans.length; i++) {
    const abbr = plans[i].abbreviation ? normaliseLabel(plans[i].abbreviation!) : "";
    if ((abbr && ws.has(abbr)) || norm.includes(normaliseLabel(plans[i].name))) return i;
  }
  return 0;
}

/** The ranges a reference cites: as read, or — for text the reader could not parse — once the plans' names are taken out. */
function rangesOf(r: ActivityRecord, unreadable: (text: string) => { from: number; to: number }[] | undefined): readonly { from: number; to: number }[] | undefined {
  if (r.reference.kind === "refs") return r.reference.ranges;
  if (r.reference.kind !== "unreadable") return undefined;
  return unreadable(r.reference.text);
}

/** An unreadable reference read again with the plans' names taken out. */
function withoutPlanNames(reference: string, plans: readonly ActionPlan[]): { from: number; to: number }[] | undefined {
  let text = reference;
  for (const p of plans) {
    text = text.replace(new RegExp(escapeRe(p.name), "giu"), " ");
    if (p.abbreviation) text = text.replace(new RegExp(`(^|[^\\p{L}])${escapeRe(p.abbreviation)}(?=$|[^\\p{L}])`, "giu"), "$1 ");
  }
  const again = parseActionRefs(text);
  return again.ok ? again.value : undefined;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * For each configured action plan: which actions the activities cite (with their cells) and which
 * none cites. Numbers outside a plan's range and reversed ranges are left to the reference rules.
 */
export function coverageRollup(inputs: readonly CoverageInput[], plans: readonly ActionPlan[]): CoverageRollup[] {
  const cited = plans.map(() => new Map<number, CitingActivity[]>());
  // references repeat ("LAP Actions #38 to #42" on many rows): each distinct text is placed once
  const planOf = memoByText((text: string) => planOfReference(text, plans));
  const unreadable = memoByText((text: string) => withoutPlanNames(text, plans));
  for (const { table, records } of inputs) {
    const col = table.columns.reference;
    if (col === undefined) continue;
    for (const r of records) {
      if (r.reference.kind !== "refs" && r.reference.kind !== "unreadable") continue;
      const ranges = rangesOf(r, unreadable);
      if (!ranges) continue;
      const i = planOf(r.reference.text);
      const plan = plans[i];
      const at: CitingActivity = { sheet: table.sheet, cell: a1(r.row, col), activity: r.activity };
      const seen = new Set<number>();
      for (const g of ranges) {
        if (g.from > g.to) continue;
        for (let n = Math.max(g.from, plan.from); n <= Math.min(g.to, plan.to); n++) {
          if (seen.has(n)) continue;
          seen.add(n);
          const list = cited[i].get(n) ?? [];
          cited[i].set(n, list);
          list.push(at);
        }
      }
    }
  }
  return plans.map((p, i) => {
    const actions: CoverageRollup["actions"][number][] = [];
    const uncovered: number[] = [];
    for (let n = p.from; n <= p.to; n++) {
      const list = cited[i].get(n);
      if (list) actions.push({ action: n, activities: list });
      else uncovered.push(n);
    }
    return { plan: p.name, from: p.from, to: p.to, actions, uncovered };
  });
}
