import { FileReadError } from "./file-read-error";
import type { FileProblem } from "./file-read-error";
import type { CliLocale } from "./i18n";

/** A FileProblem in the user's language. */
function problemText(file: string, p: FileProblem, L: CliLocale): string {
  const t = L.t.files;
  switch (p.kind) {
    case "special": return t.special(file, p.what);
    case "markup": return t.markup(file, p.what);
    case "unreadable": return t.unreadable(file, p.code);
    default: return t[p.kind](file);
  }
}

/**
 * The one line the CLI prints when `file` cannot be read: the problem in the user's language when the
 * reader said what it is, else the reader's English line; anything else is an internal error to report.
 */
export function fileErrorLine(e: unknown, file: string, L: CliLocale): string {
  if (e instanceof FileReadError) return e.problem ? problemText(e.file, e.problem, L) : e.message;
  return L.t.files.internal(file, e instanceof Error ? e.message : String(e));
}
