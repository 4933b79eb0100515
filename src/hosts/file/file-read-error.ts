/** Why a file could not be read. Stable: tests and scripts tell cases apart by it, not by the message. */
export type FileReadReason =
  | "not-found"
  | "not-a-file"
  | "unreadable"
  | "empty"
  | "pdf"
  | "legacy-xls"
  | "encrypted"
  | "ods"
  | "not-a-workbook"
  | "corrupt"
  | "markup"
  | "not-a-spreadsheet"
  | "too-large";

/**
 * What is wrong with the file, as data, so the CLI can say it in the user's language (i18n/*.ts, `files`);
 * `message` stays the English line. Problems with a library's technical detail (a damaged zip, a limit)
 * carry none and are said in English.
 */
export type FileProblem =
  | { readonly kind: "notFound" }
  | { readonly kind: "folder" }
  | { readonly kind: "notRegular" }
  | { readonly kind: "special"; readonly what: "pipe" | "socket" | "device" }
  | { readonly kind: "empty" }
  | { readonly kind: "odfNotSpreadsheet" }
  | { readonly kind: "pdf" }
  | { readonly kind: "binary" }
  | { readonly kind: "markup"; readonly what: "html" | "xml" }
  | { readonly kind: "encrypted" }
  | { readonly kind: "permission" }
  | { readonly kind: "unreadable"; readonly code: string };

/**
 * A file the CLI cannot read. `message` is one line for the user that names the file; the CLI prints
 * it after "workplan-check: " and exits 2, never with a stack trace.
 */
export class FileReadError extends Error {
  override readonly name = "FileReadError";

  constructor(
    readonly file: string,
    readonly reason: FileReadReason,
    message: string,
    readonly problem?: FileProblem,
  ) {
    super(message);
  }
}
