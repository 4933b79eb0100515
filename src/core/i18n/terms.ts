import type { KindName } from "../kinds/kind-name";
import type { Severity } from "../issues";
import type { Lang } from "./lang";

/**
 * The product's shared vocabulary: what a table kind and a severity are called, so the panel, the CLI,
 * the reports and the rollup sheet name them alike. Finance words as a finance officer in each language writes them.
 */
export interface Terms {
  /** A table kind in a list or a heading: "Budget", "Activities"…, and in a count "2 budget tables". */
  readonly kind: Readonly<Record<KindName, string>>;
  /** Severity as a column value ("error") and as a heading ("Errors"). */
  readonly severity: Readonly<Record<Severity, string>>;
  readonly severityTitle: Readonly<Record<Severity, string>>;
}

export const TERMS: Readonly<Record<Lang, Terms>> = {
  en: {
    kind: { budget: "Budget", activities: "Activities", staffing: "Staffing", outreach: "Outreach log", contributions: "Contributions", expenditure: "Expenditure", rates: "Exchange rates" },
    severity: { error: "error", warning: "warning", info: "info" },
    severityTitle: { error: "Errors", warning: "Warnings", info: "Info" },
  },
  fr: {
    kind: { budget: "Budget", activities: "Activités", staffing: "Personnel", outreach: "Suivi des contacts", contributions: "Contributions", expenditure: "Dépenses", rates: "Taux de change" },
    severity: { error: "erreur", warning: "avertissement", info: "info" },
    severityTitle: { error: "Erreurs", warning: "Avertissements", info: "Informations" },
  },
  es: {
    kind: { budget: "Presupuesto", activities: "Actividades", staffing: "Personal", outreach: "Seguimiento de contactos", contributions: "Contribuciones", expenditure: "Gastos", rates: "Tipos de cambio" },
    severity: { error: "error", warning: "advertencia", info: "info" },
    severityTitle: { error: "Errores", warning: "Advertencias", info: "Información" },
  },
};

export const termsOf = (lang: Lang): Terms => TERMS[lang];
