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
 * A file the CLI cannot read. `message` is one line for the user that names the file; the CLI prints
 * it after "workplan-check: " and exits 2, never with a stack trace.
 */
export class FileReadError extends Error {
  override readonly name = "FileReadError";

  constructor(
    readonly file: string,
    readonly reason: FileReadReason,
    message: string,
  ) {
    super(message);
  }
}
