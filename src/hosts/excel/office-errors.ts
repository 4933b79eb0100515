/**
 * Office errors as messages a user can act on, in the user's language. Excel rejects a request with a code
 * (InvalidOperationInCellEditMode, AccessDenied …) and a message written for developers; the panel shows whatever
 * the bridge rejects with, so the bridge turns the codes it can explain into plain sentences. Unknown errors pass
 * through unchanged.
 */
import type { Lang } from "../../core/i18n";
import { panelText } from "../../panel/i18n";

export type Operation = "read" | "highlight" | "clear" | "rollups" | "template" | "select";

const codeOf = (e: unknown): string => (typeof e === "object" && e !== null ? String((e as { code?: unknown }).code ?? "") : "");

/** The plain message for an Office error code, or undefined when the code is not one the add-in explains. */
export function explainCode(code: string, op: Operation, lang: Lang = "en"): string | undefined {
  const t = panelText(lang).host;
  const what = t.what[op];
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return t.cellEdit(what);
    case "AccessDenied":
      return op === "rollups" || op === "template" ? t.structureProtected(what) : t.sheetProtected(what);
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return t.tooLarge(what);
    default:
      return undefined;
  }
}

/** The error with a plain message where its code is known (the original kept as cause, its code kept). */
export function explainOfficeError(e: unknown, op: Operation, lang: Lang = "en"): unknown {
  const code = codeOf(e);
  const message = explainCode(code, op, lang);
  if (message === undefined) return e;
  return Object.assign(new Error(message), { code, cause: e });
}
