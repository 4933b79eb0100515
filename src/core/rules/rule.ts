import type { FundingContext } from "../funding/context";
import type { Params, Severity } from "../issues";
import type { KindName, RecordsByKind } from "../kinds";
import type { MonthIndex } from "../parse/period";
import type { ResolvedSettings } from "../settings";
import type { SheetView } from "../sheet-view";
import type { DetectedTable } from "../table";

/** Everything a rule may look at for one table; rules never read hosts, clocks or files. */
export interface RuleContext<K extends KindName> {
  readonly table: DetectedTable;
  readonly sheet: SheetView;
  readonly records: readonly RecordsByKind[K][];
  readonly settings: ResolvedSettings;
  /** The plan window for this table (settings, else title/sheet/file name), as month indexes. */
  readonly window?: { readonly start: MonthIndex; readonly end: MonthIndex; readonly source: string };
  /**
   * How many hits of one rule will be listed: past it a rule may push `UNLISTED` instead of building
   * params (a rule firing on every row of a 100,000-row table then allocates next to nothing).
   */
  readonly listLimit: number;
  /** The workbook's budgets and exchange rates, for the contributions, ledger and rate rules. */
  readonly funding?: FundingContext;
}

/** A rule's finding before the runner adds code and sheet. */
export type Hit = { readonly row: number; readonly column: number; readonly field?: string; readonly params: Params };

/** A hit past the list limit: counted, never shown, so it carries nothing. */
export const UNLISTED: Hit = Object.freeze({ row: 0, column: 0, params: Object.freeze({}) });

/**
 * One rule: a stable dotted code, a severity, a title and a description (why it matters), the kinds
 * it applies to, and a check that returns hits and never throws.
 */
export interface Rule<K extends KindName = KindName> {
  readonly code: string;
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
  readonly kinds: readonly K[];
  check(ctx: RuleContext<K>): Hit[];
}

/** Keeps a rule's literal code type, so the list of codes is derived from the rules themselves. */
export function defineRule<C extends string, K extends KindName>(rule: Rule<K> & { code: C }): Rule<K> & { code: C } {
  return rule;
}
