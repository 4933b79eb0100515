/**
 * The Lead of the imported activities: the first name under "Strategy implementers" ("Strategic Actors",
 * "Implementers", "Lead"), as written, without its list marker ("✓") or a closing ";".
 */
import type { Block } from "./document";
import { blockText } from "./document";
import { stripItemMarker } from "./deliverables";
import type { DocLocation } from "./outline";
import { findSections } from "./sections";

const LEAD_SECTION = /^(?:strategy\s+implementers|strategic\s+actors|implementers|implementing\s+partners|lead(?:\s+implementers?)?|coordinators|responsables?|acteurs\s+strat[ée]giques|responsables\s+de\s+la\s+mise\s+en\s+[œo]e?uvre|ejecutores|implementadores)\b/i;

export function findLead(blocks: readonly Block[], paths: readonly (readonly string[])[]): { lead: string; location: DocLocation } | undefined {
  for (const s of findSections(blocks, LEAD_SECTION)) {
    for (let i = s.start; i < s.end; i++) {
      const b = blocks[i];
      if (b.type !== "list-item" && b.type !== "paragraph") continue;
      const lead = stripItemMarker(blockText(b)).replace(/\s*;\s*$/, "");
      if (lead !== "") return { lead, location: { headingPath: [...paths[s.title], blockText(blocks[s.title])], paragraph: i + 1 } };
    }
  }
  return undefined;
}
