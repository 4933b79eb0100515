import { makeFormat, TERMS } from "../../../core/i18n";
import type { Format, Grouping, Lang, Terms } from "../../../core/i18n";
import { LAUSANNE_ACTION_PLAN } from "../../../core/settings";
import { helpEn } from "./help-en";
import type { HelpText } from "./help-en";
import { helpEs } from "./help-es";
import { helpFr } from "./help-fr";
import { en } from "./en";
import type { CliText } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { CliText } from "./en";
export const CLI_TEXT: Readonly<Record<Lang, CliText>> = { en, fr, es };

/**
 * What the CLI's text output speaks with: its words (t), the shared vocabulary (terms) and the shared Format,
 * plus the few choices of the text report itself (English keeps ISO dates and "2026-01" month rows).
 */
export interface CliLocale {
  readonly lang: Lang;
  readonly t: CliText;
  readonly terms: Terms;
  readonly format: Format;
  /** A date in running text: "2026-01-15" or "15 janvier 2026". */
  readonly date: (iso: string) => string;
  /** A month in running text: "2026-09" or "sept. 2026". */
  readonly month: (key: string) => string;
  /** Whole currency units (as the rollups carry them): "CHF 514'753". */
  readonly units: (units: number, currency?: string) => string;
  /** A table kind as the report names it ("activities" → "Activités"); a kind it does not know, as it is. */
  readonly kind: (kind: string) => string;
  /** An action plan's name; the default plan's in the language ("Plan d'action de Lausanne"). */
  readonly plan: (name: string) => string;
  /** A decimal number (FTE, months of cash) with the grouping's decimal mark: 2.5 or 2,5. */
  readonly decimal: (n: number) => string;
}

export function cliLocale(options: { readonly lang?: Lang; readonly grouping?: Grouping } = {}): CliLocale {
  const lang = options.lang ?? "en";
  const t = CLI_TEXT[lang];
  const format = makeFormat({ lang, grouping: options.grouping });
  return {
    lang, t, terms: TERMS[lang], format,
    date: (iso) => (t.isoDates ? iso : format.date(iso)),
    month: (key) => (t.isoDates ? key : format.month(key)),
    units: (units, currency) => format.units(units, currency),
    kind: (kind) => (Object.prototype.hasOwnProperty.call(TERMS[lang].kind, kind) ? TERMS[lang].kind[kind as keyof Terms["kind"]] : kind),
    plan: (name) => (name === LAUSANNE_ACTION_PLAN.name ? t.lausanne : name),
    decimal: (n) => format.decimal(n),
  };
}

/** English with the default grouping: what a caller that does not say gets. */
export const ENGLISH_CLI: CliLocale = cliLocale();

export type { HelpText } from "./help-en";
/** --help in each language (the language from --lang or the environment: langFromArgv in options.ts). */
export const HELP_TEXT: Readonly<Record<Lang, HelpText>> = { en: helpEn, fr: helpFr, es: helpEs };
