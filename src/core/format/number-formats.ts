/**
 * Spreadsheet number formats shared by every host (Excel and Sheets read the same codes).
 * Swiss grouping with an apostrophe has no built-in code, and a literal ' is printed even over
 * missing digits ("'500"), so the format picks a pattern by size: CHF 1'234'567, CHF 514'753, CHF 500.
 */
export function moneyNumberFormat(currency = "CHF"): string {
  const cur = /^[A-Z]{3}$/.test(currency) ? `"${currency} "` : "";
  return `[>=1000000]${cur}#'###'##0;[>=1000]${cur}#'##0;${cur}0`;
}
