import { ENGLISH, type Format } from "../i18n/format";
import type { Lang } from "../i18n/lang";
import type { Params } from "../issues";
import type { ImportCatalog, MessageCatalog } from "./catalog";
import { en, importEn } from "./en";
import { es, importEs } from "./es";
import { fr, importFr } from "./fr";
import { renderWith } from "./render";
import { translateReason, type ReasonBook } from "./reasons";
import { reasonsEs } from "./reasons-es";
import { reasonsFr } from "./reasons-fr";

export type { ImportCatalog, ImportCode, MessageCatalog, MessageText } from "./catalog";
export { IMPORT_CODES } from "./catalog";
export { translateReason } from "./reasons";
export { reasonsFr } from "./reasons-fr";
export { reasonsEs } from "./reasons-es";
export { ISSUE_NAMES, issueName } from "./issue-names";
export type { IssueNames } from "./issue-names";

/** The checker's messages in each language the product speaks. */
export const MESSAGES: Readonly<Record<Lang, MessageCatalog>> = { en, fr, es };
/** The work-plan importer's messages in each language. */
export const IMPORT_MESSAGES: Readonly<Record<Lang, ImportCatalog>> = { en: importEn, fr: importFr, es: importEs };

/** A language's catalogues (English for anything else). */
export const messagesFor = (lang: Lang): { readonly issues: MessageCatalog; readonly imports: ImportCatalog } => ({
  issues: MESSAGES[lang] ?? en,
  imports: IMPORT_MESSAGES[lang] ?? importEn,
});

/**
 * An issue's message in the Format's language, numbers and dates as its reader writes them. The
 * code and the params stay as they are (the JSON's contract); an unknown code reads as itself.
 */
export function message(code: string, params: Params, f: Format = ENGLISH): string {
  return renderWith(MESSAGES[f.lang] ?? en, code, params, f);
}

/** A notice or failure of the work-plan importer (src/core/import), in the Format's language. */
export function importMessage(code: string, params: Params, f: Format = ENGLISH): string {
  return renderWith(IMPORT_MESSAGES[f.lang] ?? importEn, code, params, f);
}

const REASON_BOOKS: Readonly<Record<Lang, ReasonBook | undefined>> = { en: undefined, fr: reasonsFr, es: reasonsEs };

/** A parser's reason ("not a number") in a language; English, and any reason the phrasebook does not know, as it is. */
export const reasonText = (reason: string, lang: Lang): string => translateReason(reason, REASON_BOOKS[lang]);
