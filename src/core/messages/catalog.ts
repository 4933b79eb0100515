import type { Format } from "../i18n/format";
import type { Params } from "../issues";
import type { IssueCode } from "../rules";

/** One message of the checker: its parameters (data, as in the JSON) and how the reader writes numbers and dates. */
export type MessageText = (p: Params, f: Format) => string;

/**
 * A language's messages, one per issue code. Every language module is typed with it, so a code
 * added to the rules without its French or Spanish message does not compile.
 */
export type MessageCatalog = { readonly [C in IssueCode]: MessageText };

/** The work-plan importer's codes (src/core/import): its failures and its notices. */
export const IMPORT_CODES = [
  "import.empty", "import.table-only", "import.no-timeline", "import.empty-period", "import.no-period",
  "import.deliverable-unattached", "import.table-skipped", "import.no-lead", "import.amount-unreadable",
  "import.total-differs", "import.docx-unreadable", "import.paste-too-long", "import.docx-protected",
] as const;
export type ImportCode = (typeof IMPORT_CODES)[number];

export type ImportCatalog = { readonly [C in ImportCode]: MessageText };
