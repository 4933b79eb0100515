/**
 * Finding a named section ("Timeline of Activities", "Expected Outputs", "Strategy implementers") and
 * where it ends, whichever way the document marks its titles (see outline.ts).
 */
import type { Block } from "./document";
import { blockText } from "./document";
import { isSectionTitle, looksLikePeriod, titleName } from "./outline";

export interface Section {
  /** Index of the title block. */
  readonly title: number;
  /** Indices of the blocks inside, title excluded: [start, end). */
  readonly start: number;
  readonly end: number;
}

/**
 * Where the section titled at `title` ends. A heading's section runs to the next heading of the same or a
 * higher level; a numbered or standalone title's, to the next heading or numbered title. With
 * `periodsContinue`, period headings never end it: work plans put "## June 2025" under "### Timeline".
 */
export function sectionEnd(blocks: readonly Block[], title: number, periodsContinue = false): number {
  const t = blocks[title];
  for (let i = title + 1; i < blocks.length; i++) {
    const b = blocks[i];
    if (periodsContinue && isSectionTitle(b) && looksLikePeriod(blockText(b))) continue;
    if (t.type === "heading") {
      if (b.type === "heading" && b.level <= t.level) return i;
    } else if (b.type === "heading" || (b.type === "list-item" && isSectionTitle(b)) || (t.type === "paragraph" && b.type === "paragraph" && isSectionTitle(b))) return i;
  }
  return blocks.length;
}

/** Every section whose title name matches `name` (the first match first). */
export function findSections(blocks: readonly Block[], name: RegExp, periodsContinue = false): Section[] {
  const out: Section[] = [];
  blocks.forEach((b, i) => {
    if (isSectionTitle(b) && name.test(titleName(blockText(b)))) out.push({ title: i, start: i + 1, end: sectionEnd(blocks, i, periodsContinue) });
  });
  return out;
}
