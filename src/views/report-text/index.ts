import type { Lang } from "../../core/i18n";
import { en } from "./en";
import type { ReportText } from "./en";
import { es } from "./es";
import { fr } from "./fr";

export type { ReportText, RollupField } from "./en";
export { ROLLUP_FIELDS } from "./en";
export const REPORT_TEXT: Readonly<Record<Lang, ReportText>> = { en, fr, es };
/** The report's words in `lang`; English when absent. */
export const reportText = (lang: Lang = "en"): ReportText => REPORT_TEXT[lang] ?? en;
