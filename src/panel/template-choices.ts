import { prefillsOf, TEMPLATE_KINDS } from "../core/templates";
import type { TemplateKind } from "../core/templates";
import type { Locale } from "./i18n";

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

/** Pure: what the "Insert template…" form offers, in the core's order, in the reader's language. */
export const templateChoices = (loc: Locale): KindChoice[] =>
  TEMPLATE_KINDS.map(({ kind }) => ({
    kind,
    title: loc.terms.kind[kind],
    description: loc.text.insert.describe[kind],
    prefills: prefillsOf(kind).map((name) => ({ name, title: loc.text.insert.prefill[name] })),
  }));
