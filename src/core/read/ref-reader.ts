import { isBlank, isErrorValue } from "../cells/classify";
import { ActionRange, parseActionRefs } from "../parse/action-ref";
import { memoByText } from "../memo";
import { isDateCell, RawCell } from "../snapshot";

const refsFromText = memoByText((text: string): RefCell => {
  const p = parseActionRefs(text);
  return p.ok ? { kind: "refs", ranges: p.value, text: text.trim() } : { kind: "unreadable", text: text.trim(), reason: p.reason };
});

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
  if (typeof v === "string") return refsFromText(v);
  const p = parseActionRefs(v as number);
  return p.ok ? { kind: "refs", ranges: p.value, text: String(v) } : { kind: "unreadable", text: String(v), reason: p.reason };
}
