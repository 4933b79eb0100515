/**
 * Office errors as messages a user can act on. Excel rejects a request with a code (InvalidOperationInCellEditMode,
 * AccessDenied …) and a message written for developers; the panel shows whatever the bridge rejects with, so the
 * bridge turns the codes it can explain into plain sentences. Unknown errors pass through unchanged.
 */

export type Operation = "read" | "highlight" | "clear" | "rollups" | "template" | "select";

const codeOf = (e: unknown): string => (typeof e === "object" && e !== null ? String((e as { code?: unknown }).code ?? "") : "");

const WHAT: Record<Operation, string> = {
  read: "read the workbook",
  highlight: "colour the issue cells",
  clear: "put the cells' fills back",
  rollups: "write the rollup sheet",
  template: "add the template's sheet",
  select: "select the cell",
};

/** The plain message for an Office error code, or undefined when the code is not one the add-in explains. */
export function explainCode(code: string, op: Operation): string | undefined {
  switch (code) {
    case "InvalidOperationInCellEditMode":
      return `Excel is waiting for you to finish editing a cell, so Workplan Check could not ${WHAT[op]}. Press Enter (or Esc) to leave the cell, then try again.`;
    case "AccessDenied":
      return op === "rollups" || op === "template"
        ? `Excel refused to ${WHAT[op]}: the workbook's structure is protected (Review › Protect Workbook) or it is read-only. Unprotect it or save a copy you can edit, then try again.`
        : `Excel refused to ${WHAT[op]}: a sheet is protected (Review › Unprotect Sheet) or the workbook is read-only.`;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return `Excel refused a request over its 5 MB limit while Workplan Check tried to ${WHAT[op]}. Please report this with the workbook's size (sheets, rows, columns).`;
    default:
      return undefined;
  }
}

/** The error with a plain message where its code is known (the original kept as cause, its code kept). */
export function explainOfficeError(e: unknown, op: Operation): unknown {
  const code = codeOf(e);
  const message = explainCode(code, op);
  if (message === undefined) return e;
  return Object.assign(new Error(message), { code, cause: e });
}
