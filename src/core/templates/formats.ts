import { moneyNumberFormat } from "../format/number-formats";

/** Excel number format codes shared by the templates (Sheets reads the same codes). */
export const MONEY_FORMAT = moneyNumberFormat("CHF");
export const DATE_FORMAT = "d mmm yyyy";
/** Plain text: a typed "March 2026" stays text instead of becoming one day's date. */
export const TEXT_FORMAT = "@";
export const MONTH_FORMAT = "mmm yy";
export const SHARE_FORMAT = "0%";
export const FTE_TOTAL_FORMAT = `0.0# "FTE"`;
/** The Gantt bar colour. */
export const GANTT_FILL = "#5B9BD5";
/** Amounts in a column of mixed currencies (contributions, ledger): grouped, no currency. */
export const PLAIN_MONEY_FORMAT = moneyNumberFormat("");
/** Exchange rates: four decimals at least, up to six. */
export const RATE_FORMAT = "0.0000##";
