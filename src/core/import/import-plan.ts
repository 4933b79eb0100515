/**
 * A work-plan document → what a checked table needs: the timeline's activities (verbatim, each period as
 * written, the lead from "Strategy implementers"), the deliverables and expected outputs with their
 * targets, and budget tables; each with where it was found. Pure: the document model comes from a front
 * end (markdown.ts, the CLI's .docx reader).
 */
import { type Parsed, ok, fail } from "../parse/parsed";
import { ENGLISH, type Format } from "../i18n/format";
import { importMessage } from "../messages";
import { minOf } from "../max-of";
import { windowFromText } from "../plan-window";
import type { DocModel } from "./document";
import { blockText } from "./document";
import { findBudgets, type ImportedBudget } from "./budget-table";
import { findDeliverables, type ImportedDeliverable, targetOf } from "./deliverables";
import { findLead } from "./lead";
import type { ImportNotice } from "./notices";
import { type DocLocation, headingPaths, isTitleLike } from "./outline";
import { findSections, type Section } from "./sections";
import { hasPeriodGroups, type ImportedActivity, timelineActivities } from "./timeline";

export interface ImportedRow extends ImportedActivity {
  readonly lead: string;
  /** The target the row's deliverable states, as written ("at least 10 documented … meetings"). */
  readonly target?: string;
}

export interface ImportResult {
  /** The document's title, with the plan's years when a line below it names them. */
  readonly title: string;
  readonly lead?: { readonly lead: string; readonly location: DocLocation };
  readonly activities: readonly ImportedRow[];
  readonly deliverables: readonly ImportedDeliverable[];
  readonly budgets: readonly ImportedBudget[];
  readonly notices: readonly ImportNotice[];
}

const TIMELINE = /^(?:time\s*line|timeline|calendar|schedule|time\s*frame|chronogramme?|calendrier|[ée]ch[ée]ancier|cronograma|calendario)\b/i;

/** The first heading of the top level, else the first line; " — Workplan 2025-2026" added from just below if it has no years. */
function documentTitle(doc: DocModel): string {
  const { blocks } = doc;
  const headings = blocks.filter((b) => b.type === "heading");
  const top = minOf(headings.map((h) => (h.type === "heading" ? h.level : 7)), 7);
  const first = headings.find((h) => h.type === "heading" && h.level === top) ?? blocks.find((b) => b.type !== "table");
  const title = first ? blockText(first) : "";
  if (windowFromText(title, "title")) return title;
  const at = first ? blocks.indexOf(first) : 0;
  const years = blocks.slice(at + 1, at + 6).find((b) => b.type !== "table" && isTitleLike(blockText(b)) && /work\s*plan|plan de travail|plan de trabajo/i.test(blockText(b)) && windowFromText(blockText(b), "title"));
  return years ? `${title} — ${blockText(years)}` : title;
}

export interface ImportOptions {
  /**
   * Pasted text is the timeline section itself: without a title naming it, the whole text is read as
   * the timeline (a document needs a "Timeline" title, or period headings).
   */
  readonly pastedTimeline?: boolean;
  /** The reader's language and grouping, for the text of a failure (English by default); notices stay codes. */
  readonly format?: Format;
}

export function importPlan(doc: DocModel, options: ImportOptions = {}): Parsed<ImportResult> {
  const { blocks } = doc;
  const f = options.format ?? ENGLISH;
  if (blocks.length === 0) return fail(importMessage("import.empty", {}, f));
  if (blocks.every((b) => b.type === "table")) return fail(importMessage("import.table-only", { tables: blocks.length }, f));
  const paths = headingPaths(blocks);
  const notices: ImportNotice[] = [];

  let sections: Section[] = findSections(blocks, TIMELINE, true);
  if (sections.length === 0 && (options.pastedTimeline || hasPeriodGroups(blocks))) sections = [{ title: -1, start: 0, end: blocks.length }];
  const budgets = findBudgets(blocks, paths, notices);
  if (sections.length === 0) {
    if (budgets.length === 0) return fail(importMessage("import.no-timeline", {}, f));
    notices.push({ code: "import.no-timeline", params: {}, location: { headingPath: [], paragraph: 1 } });
  }

  const found = findLead(blocks, paths);
  if (!found && sections.length > 0) notices.push({ code: "import.no-lead", params: {}, location: { headingPath: [], paragraph: 1 } });
  const activities: ImportedRow[] = [];
  for (const s of sections) {
    const sectionPath = s.title < 0 ? [] : [...paths[s.title], blockText(blocks[s.title])];
    for (const a of timelineActivities(blocks, s, sectionPath, notices)) {
      const target = a.deliverable ? findTargetText(a.deliverable) : undefined;
      activities.push({ ...a, lead: found?.lead ?? "", ...(target ? { target } : {}) });
    }
  }
  return ok({
    title: documentTitle(doc),
    ...(found ? { lead: found } : {}),
    activities,
    deliverables: findDeliverables(blocks, paths),
    budgets,
    notices,
  });
}

const findTargetText = (text: string): string | undefined => targetOf(text).targetText;
