/**
 * Activities from a work plan's timeline section. Coordinators write timelines three ways, all read here:
 * - a title per period with the activities below ("February 2026", "First quarter of 2026",
 *   "Overarching activities (December 2024 – September 2025)");
 * - items that start with a bold period ("**May – June 2026** contributing to the drafting …");
 * - numbered lists under a period title.
 * Text is kept verbatim; a period is kept as written, read or not (the rules report what cannot be read).
 */
import type { Block, Run } from "./document";
import { blockText, runsText } from "./document";
import type { ImportNotice } from "./notices";
import type { DocLocation } from "./outline";
import { isTitleLike, looksLikePeriod, parsesAsPeriod, periodOfTitle, startsLikePeriod } from "./outline";
import { deliverableLabel } from "./deliverables";
import type { Section } from "./sections";

export interface ImportedActivity {
  readonly activity: string;
  readonly timeline: string;
  /** A "Deliverable: …" line written right below the activity, as written. */
  readonly deliverable?: string;
  readonly location: DocLocation;
}

/** A period title within the timeline: a heading, or a short line that reads as a period. */
function isGroupTitle(blocks: readonly Block[], i: number): boolean {
  const b = blocks[i];
  if (b.type === "heading") return true;
  if (b.type === "table") return false;
  const text = blockText(b);
  const period = isTitleLike(text) && (parsesAsPeriod(text) || startsLikePeriod(text));
  if (b.type === "paragraph") return period;
  // "- First quarter of 2026" with the activities indented below it.
  const next = blocks[i + 1];
  return period && next?.type === "list-item" && next.depth > b.depth;
}

/** "**May – June 2026** contributing …" → the period and the activity; null if the item does not start so. */
export function boldPeriodLead(runs: readonly Run[]): { period: string; rest: string } | null {
  const first = runs[0];
  if (!first?.bold) return null;
  const period = first.text.trim();
  if (!looksLikePeriod(period) || period.replace(/[:\s]+$/, "") === "") return null;
  const rest = runsText(runs.slice(1)).replace(/^[\s:–—-]+/, "");
  if (rest === "") return null;
  return { period, rest };
}

export function timelineActivities(blocks: readonly Block[], section: Section, sectionPath: readonly string[], notices: ImportNotice[]): ImportedActivity[] {
  const rows: ImportedActivity[] = [];
  let group: { title: string; period: string; index: number; rows: number } | null = null;
  const closeGroup = () => {
    if (group && group.rows === 0) notices.push({ code: "import.empty-period", params: { period: group.title }, location: { headingPath: sectionPath, paragraph: group.index + 1 } });
    group = null;
  };

  for (let i = section.start; i < section.end; i++) {
    const b = blocks[i];
    if (b.type === "table") {
      notices.push({ code: "import.table-skipped", params: { rows: b.rows.length }, location: { headingPath: sectionPath, paragraph: i + 1 } });
      continue;
    }
    if (isGroupTitle(blocks, i)) {
      closeGroup();
      const title = blockText(b);
      group = { title, period: periodOfTitle(title), index: i, rows: 0 };
      continue;
    }
    const path = group ? [...sectionPath, group.title] : sectionPath;
    const text = blockText(b);
    const label = deliverableLabel(text);
    if (label !== null) {
      const last = rows[rows.length - 1];
      if (last && !last.deliverable) rows[rows.length - 1] = { ...last, deliverable: label };
      else notices.push({ code: "import.deliverable-unattached", params: { text: label }, location: { headingPath: path, paragraph: i + 1 } });
      continue;
    }
    const lead = boldPeriodLead(b.runs);
    if (lead) {
      rows.push({ activity: lead.rest, timeline: lead.period, location: { headingPath: path, paragraph: i + 1 } });
      if (group) group.rows++;
      continue;
    }
    if (!group) notices.push({ code: "import.no-period", params: { text }, location: { headingPath: path, paragraph: i + 1 } });
    else group.rows++;
    rows.push({ activity: text, timeline: group?.period ?? "", location: { headingPath: path, paragraph: i + 1 } });
  }
  closeGroup();
  return rows;
}

/**
 * The fallback when no title names the timeline: two or more period headings or bold-period items make
 * the whole document its timeline ("15 September 2025" under a document's symbol does not).
 */
export function hasPeriodGroups(blocks: readonly Block[]): boolean {
  let groups = 0;
  blocks.forEach((b, i) => {
    if (b.type === "table") return;
    const next = blocks[i + 1];
    if (b.type === "heading" && looksLikePeriod(blockText(b)) && next && next.type !== "heading" && next.type !== "table") groups++;
    else if (b.type !== "heading" && boldPeriodLead(b.runs)) groups++;
  });
  return groups >= 2;
}
