import { prefillsOf, prefillTitle, templateKinds } from "../core/templates";
import type { TemplateKind } from "../core/templates";
import type { Lang } from "../core/i18n";

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

/** Pure: what the "Insert template…" form offers, in the core's order, in the templates' own words for `lang`. */
export const templateChoices = (lang: Lang): KindChoice[] =>
  templateKinds(lang).map(({ kind, title, description }) => ({
    kind,
    title,
    description,
    prefills: prefillsOf(kind).map((name) => ({ name, title: prefillTitle(name, lang) })),
  }));
