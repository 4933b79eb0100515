import { PREFILLS, prefillsOf, TEMPLATE_KINDS } from "../core/templates";
import type { TemplateKind } from "../core/templates";

/** One option of the "Fill with" list: a seed work plan or budget. */
export interface PrefillChoice {
  readonly name: string;
  readonly title: string;
}

export interface KindChoice {
  readonly kind: TemplateKind;
  readonly title: string;
  readonly description: string;
  /** The seeds this kind can be filled with (none: an empty table only). */
  readonly prefills: readonly PrefillChoice[];
}

/** Pure: what the "Insert template…" form offers, in the core's order. */
export const templateChoices = (): KindChoice[] =>
  TEMPLATE_KINDS.map(({ kind, title, description }) => ({
    kind,
    title,
    description,
    prefills: prefillsOf(kind).map((name) => ({ name, title: PREFILLS[name].title })),
  }));

/** The label of the "no seed" option. */
export const NO_PREFILL = "None (empty table)";
