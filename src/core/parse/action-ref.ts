import { type Parsed, ok, fail } from "./parsed";
import { quote } from "../text";

export interface ActionRange {
  from: number;
  to: number;
}

/** Words that may surround action numbers and carry no information. */
const IGNORED_WORDS = new Set([
  "action", "actions", "acción", "acciones", "accion", "lap", "n", "no", "nos", "nº", "num", "nr", "number",
  "numbers", "número", "números", "numéro", "numéros", "from", "de", "del", "des", "du", "the", "los", "las", "les",
]);
/** Words joining the two ends of a range: "12 to 17", "12 à 17", "12 a 17", "del 12 al 17". */
const RANGE_WORDS = new Set(["to", "through", "thru", "till", "until", "à", "a", "au", "al", "hasta"]);
/** Words and marks separating references: "10 and 11", "10 et 11", "10 y 11". */
const LIST_WORDS = new Set(["and", "et", "y", "e", "&", ",", ";", "/", "+"]);
const RANGE_MARKS = new Set(["-", "–", "—", "‒", "−", "~"]);
const IGNORED_MARKS = new Set(["#", "°", "º", ".", ":", "(", ")", "[", "]"]);

const TOKEN_RE = /(\d+(?:\.\d+)?)|([\p{L}\p{M}]+)|(\S)/gu;
const HAS_DIGIT = /\d/;

/**
 * Action-plan references to ranges: "Actions 12 to 17" → [{12,17}]; "LAP Actions #38 to #42", "Actions 38-42",
 * "#38–#42", "Actions 12 à 17", "Acciones 12 a 17" → one range; "Action 46" and a number cell 46 → [{46,46}];
 * "38, 39, 41", "Actions 10 and 11", "Action 5; Action 8" → one range per number; "Actions 1-3, 7" → [{1,3},{7,7}].
 * Numbers must be whole and at least 1. A reversed range ("17 to 12") is returned as written, from > to.
 * Numbers with nothing between them ("12 13") are read as a list.
 */
export function parseActionRefs(raw: string | number): Parsed<ActionRange[]> {
  if (typeof raw === "number") {
    if (!Number.isSafeInteger(raw)) return fail("action references must be whole numbers");
    if (raw < 1) return fail("action numbers start at 1");
    return ok([{ from: raw, to: raw }]);
  }
  if (typeof raw !== "string") return fail("not an action reference");
  if (raw.trim() === "") return fail("empty");
  if (!HAS_DIGIT.test(raw)) return fail("no action number");

  const ranges: ActionRange[] = [];
  let pending = -1; // a number not yet closed into a range
  let inRange = false; // a range word or dash seen after `pending`
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(raw); m !== null; m = TOKEN_RE.exec(raw)) {
    if (m[1] !== undefined) {
      if (m[1].indexOf(".") >= 0) return fail("action references must be whole numbers");
      const n = Number(m[1]);
      if (!Number.isSafeInteger(n)) return fail("action number too large");
      if (n < 1) return fail("action numbers start at 1");
      if (inRange) {
        ranges.push({ from: pending, to: n });
        pending = -1;
        inRange = false;
      } else {
        if (pending >= 0) ranges.push({ from: pending, to: pending });
        pending = n;
      }
      continue;
    }
    const t = m[0].toLowerCase();
    if (IGNORED_WORDS.has(t) || IGNORED_MARKS.has(t)) continue;
    if (RANGE_WORDS.has(t) || RANGE_MARKS.has(t)) {
      if (pending < 0 || inRange) return fail("a range without a start");
      inRange = true;
      continue;
    }
    if (LIST_WORDS.has(t)) {
      if (inRange) return fail("a range without an end");
      if (pending >= 0) ranges.push({ from: pending, to: pending });
      pending = -1;
      continue;
    }
    return fail(`unexpected "${quote(m[0], 30)}"`); // a word may be a whole 10 MB cell
  }
  if (inRange) return fail("a range without an end");
  if (pending >= 0) ranges.push({ from: pending, to: pending });
  return ok(ranges);
}
