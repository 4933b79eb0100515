/**
 * Deliverables ("**Deliverable:** at least 10 documented bilateral outreach meetings …") and expected
 * outputs (the items of an "Expected Outputs" / "Expected Outcomes" section), each with the numeric
 * target it states, read as the activities kind reads a Deliverable cell.
 */
import { deliverableTarget } from "../kinds/activities";
import type { Target } from "../parse/target";
import type { Block } from "./document";
import { blockText } from "./document";
import type { DocLocation } from "./outline";
import { findSections } from "./sections";

export interface ImportedDeliverable {
  readonly kind: "deliverable" | "expected-output";
  /** As written, without the "Deliverable:" label or the item's own marker ("✓", "a)", "I."). */
  readonly text: string;
  readonly target?: Target;
  /** The start of the text that states the target ("at least 10 documented bilateral outreach meetings"). */
  readonly targetText?: string;
  readonly location: DocLocation;
}

const LABEL = /^\s*(?:deliverables?|livrables?|entregables?)\s*:\s*/i;
const OUTPUTS = /^(?:expected\s+(?:outputs?|outcomes?|results?)|outputs|r[ée]sultats\s+attendus|produits\s+attendus|resultados\s+esperados|productos\s+esperados)\b/i;
/** An item's own marker, not its text: "✓ ", "a) ", "(b) ", "I. ", "iv) ", "o " before a capital. */
const ITEM_MARKER = /^(?:[✓✔☑•▪◦‣-]\s+|\(?[a-z]\)\s+|\(?(?:[IVXLC]+|[ivxlc]+)[.)]\s+|o\s+(?=\p{Lu}))/u;

/** "Deliverable: at least 10 …" → "at least 10 …"; null for any other line. */
export function deliverableLabel(text: string): string | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length).trim();
  return rest === "" ? null : rest;
}

export const stripItemMarker = (text: string): string => text.replace(ITEM_MARKER, "").trim();

/** The target and the words that state it, verbatim: the text up to the end of the counted unit. */
export function targetOf(text: string): { target?: Target; targetText?: string } {
  const target = deliverableTarget(text);
  if (!target) return {};
  const lower = text.toLowerCase();
  const unitAt = target.unit ? lower.indexOf(target.unit.toLowerCase()) : -1;
  const targetText = unitAt >= 0 ? text.slice(0, unitAt + target.unit.length).trim() : undefined;
  return { target, ...(targetText ? { targetText } : {}) };
}

function deliverable(kind: ImportedDeliverable["kind"], text: string, location: DocLocation): ImportedDeliverable {
  return { kind, text, ...targetOf(text), location };
}

/** Every "Deliverable:" line and every expected output, in document order. */
export function findDeliverables(blocks: readonly Block[], paths: readonly (readonly string[])[]): ImportedDeliverable[] {
  const found: { index: number; d: ImportedDeliverable }[] = [];
  blocks.forEach((b, i) => {
    if (b.type === "table" || b.type === "heading") return;
    const text = deliverableLabel(blockText(b));
    if (text !== null) found.push({ index: i, d: deliverable("deliverable", text, { headingPath: paths[i], paragraph: i + 1 }) });
  });
  for (const s of findSections(blocks, OUTPUTS)) {
    const inside = blocks.slice(s.start, s.end).map((b, k) => ({ b, i: s.start + k }));
    const items = inside.filter(({ b }) => b.type === "list-item");
    // Items when there are any (a paragraph before them introduces them); else the paragraphs.
    const chosen = items.length > 0 ? items : inside.filter(({ b }) => b.type === "paragraph");
    for (const { b, i } of chosen) {
      const text = blockText(b);
      const next = blocks[i + 1];
      // "By the Third Review Conference, the coordinators aim to achieve:" introduces the items below it.
      if (/:$/.test(text) && next?.type === "list-item" && b.type === "list-item" && next.depth > b.depth) continue;
      if (deliverableLabel(text) !== null) continue;
      const location = { headingPath: [...paths[s.title], blockText(blocks[s.title])], paragraph: i + 1 };
      found.push({ index: i, d: deliverable("expected-output", stripItemMarker(text), location) });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.d);
}
