/**
 * The outline of a work plan: which blocks are section titles, and the heading path above each block.
 * Word documents and their text exports mark sections three ways — heading styles ("# 5. Timeline"),
 * numbered items ("6. Timeline of the Activities …", a numbered list in Word), and short lines standing
 * alone ("Expected Outcomes:") — so a title is a heading, or a short unpunctuated line.
 */
import { parsePeriod } from "../parse/period";
import { fold, MONTH_WORDS } from "../parse/months";
import { DEFAULT_MILESTONES } from "../settings";
import type { Block } from "./document";
import { blockText } from "./document";

/** Where a row was found: the titles above it, outermost first, and the block's number (1-based). */
export interface DocLocation {
  readonly headingPath: readonly string[];
  readonly paragraph: number;
}

const MAX_TITLE_CHARS = 120;
const MAX_TITLE_WORDS = 16;

/** A short line without closing punctuation: "Expected Outcomes:", "First quarter of 2026", "2. Objectives". */
export function isTitleLike(text: string): boolean {
  const t = text.trim();
  return t !== "" && t.length <= MAX_TITLE_CHARS && t.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.;,]$/.test(t);
}

/** A section title: every heading; a numbered top-level item or a paragraph that reads as a title. */
export function isSectionTitle(b: Block): boolean {
  if (b.type === "heading") return true;
  if (b.type === "table") return false;
  const text = blockText(b);
  if (b.type === "list-item") return b.ordered && b.depth === 0 && isTitleLike(text);
  return isTitleLike(text);
}

/** "5. Timeline" → "Timeline"; "III. Priorities" → "Priorities": the number is not part of the name. */
export const titleName = (text: string): string => text.replace(/^\s*(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Z])[.)]\s+/, "").replace(/\s*:\s*$/, "").trim();

const PERIOD_OPTIONS = { milestones: { ...DEFAULT_MILESTONES } };
const YEAR = /\b(?:19|20|21)\d\d\b/;
const PERIOD_WORDS = /\b(?:q[1-4]|h[12]|quarter|semester|half|trimestre|semestre|ongoing|continuous|throughout|en cours|permanent|continuo|en curso|overarching)\b/;

/** The text reads as a period ("January 2025:", "First quarter of 2026", "Ongoing activities"). */
export const parsesAsPeriod = (text: string): boolean => parsePeriod(text.trim(), PERIOD_OPTIONS).ok;

/**
 * Looks like a period even if the grammar cannot read it ("Spring 2026", "Febtember 2026"): a few words
 * with a year, a month or a quarter word. Such a title is kept as written and reported when checked.
 */
export function looksLikePeriod(text: string): boolean {
  if (parsesAsPeriod(text)) return true;
  const f = fold(text);
  if (f.split(/\s+/).length > 8) return false;
  return YEAR.test(f) || PERIOD_WORDS.test(f) || f.split(/[^a-z]+/).some((w) => w.length >= 3 && MONTH_WORDS.has(w));
}

const SEASONS = new Set(["spring", "summer", "autumn", "fall", "winter", "printemps", "ete", "automne", "hiver", "primavera", "verano", "otono", "invierno"]);

/**
 * A line standing alone that starts like a period and looks like one ("Spring 2027", "Q3 2026"): read as
 * a period title even when the grammar cannot read it. "Workshop in May" does not start like a period.
 */
export function startsLikePeriod(text: string): boolean {
  if (!looksLikePeriod(text)) return false;
  const first = fold(text).split(/[^a-z0-9]+/).find((w) => w !== "") ?? "";
  return MONTH_WORDS.has(first) || SEASONS.has(first) || /^(?:19|20|21)\d\d$/.test(first) || PERIOD_WORDS.test(first) || /^(?:first|second|third|fourth|1st|2nd|3rd|4th|premier|premiere|deuxieme|troisieme|quatrieme|primer|segundo|tercer|cuarto)$/.test(first);
}

/**
 * The period a group title states, as written: the title itself ("January 2025:"), or the part in
 * parentheses when only that is a period ("Overarching activities (December 2024 – September 2025)").
 */
export function periodOfTitle(text: string): string {
  const t = text.trim();
  const outside = t.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ").trim();
  if (outside !== t && !parsesAsPeriod(outside)) {
    for (const m of t.matchAll(/\(([^()]*)\)/g)) if (parsesAsPeriod(m[1])) return m[1].trim();
  }
  return t;
}

/**
 * For each block, the heading path above it (headings by level; numbered and standalone titles nest
 * under the heading they follow, one at a time).
 */
export function headingPaths(blocks: readonly Block[]): string[][] {
  const stack: { level: number; text: string }[] = [];
  let pseudo: string | null = null;
  return blocks.map((b) => {
    if (b.type === "heading") {
      while (stack.length > 0 && stack[stack.length - 1].level >= b.level) stack.pop();
      const path = stack.map((s) => s.text);
      stack.push({ level: b.level, text: blockText(b) });
      pseudo = null;
      return path;
    }
    const path = [...stack.map((s) => s.text), ...(pseudo ? [pseudo] : [])];
    if (b.type === "list-item" && isSectionTitle(b)) pseudo = blockText(b);
    return path;
  });
}
