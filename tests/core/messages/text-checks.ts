/** What a rendered message must never show: a parameter that was missing or of the wrong type. */
export function renderFaults(text: string): string[] {
  const faults: string[] = [];
  for (const bad of ["undefined", "NaN", "[object", "${", "null"]) if (text.includes(bad)) faults.push(bad);
  if (text.trim() === "") faults.push("blank");
  if (/\s[.,;:](?![a-z])/.test(text.replace(/\u00a0[;:!?%»]/g, "").replace(/«\u00a0/g, ""))) faults.push("space before punctuation");
  return faults;
}

/**
 * English words that give away an untranslated piece of a French or Spanish message (a reason, a
 * role, a limit's name…). Quoted cell text (« … », “…”) is the user's and is left out of the check.
 */
const GIVEAWAYS = ["the", "is", "are", "cannot", "and", "of", "to", "with", "this", "not", "from", "was", "has", "be", "it", "its", "in", "or", "at", "as", "than", "more", "one", "blank", "empty", "number", "month", "year", "rows", "cells", "sheet", "amount", "line", "lines", "settings", "title", "name", "file", "variance", "percentage", "actuals", "Contacted", "Meeting", "agreed"];
const WORD = new RegExp(`(?:^|[\\s(])(${GIVEAWAYS.join("|")})(?=[\\s).,;:]|$)`, "gi");

export function englishLeftIn(text: string): string[] {
  const unquoted = text.replace(/«[^»]*»/g, "«»").replace(/“[^”]*”/g, "“”");
  return [...unquoted.matchAll(WORD)].map((m) => m[1]);
}
