import { isBlank, isErrorValue } from "../cells/classify";
import { ActionRange, parseActionRefs } from "../parse/action-ref";
import { memoByText } from "../memo";
import { isDateCell, RawCell } from "../snapshot";

const parseRefsMemo = memoByText((t: string) => parseActionRefs(t));

export type RefCell =
  | { readonly kind: "blank" }
  | { readonly kind: "refs"; readonly ranges: readonly ActionRange[]; readonly text: string }
  | { readonly kind: "unreadable"; readonly text: string; readonly reason: string }
  | { readonly kind: "error"; readonly text: string };

/** An action-plan reference cell ("LAP Actions #38 to #42", 12). */
export function readRefs(v: RawCell): RefCell {
  if (isBlank(v)) return { kind: "blank" };
  if (isErrorValue(v)) return { kind: "error", text: (v as string).trim() };
  if (isDateCell(v) || typeof v === "boolean") return { kind: "unreadable", text: isDateCell(v) ? v.date : String(v), reason: "not an action reference" };
  const text = String(v).trim();
  const p = typeof v === "number" ? parseActionRefs(v) : parseRefsMemo(v as string);
  return p.ok ? { kind: "refs", ranges: p.value, text } : { kind: "unreadable", text, reason: p.reason };
}
