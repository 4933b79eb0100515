/**
 * "Import from text…" in the panel: the timeline section of a work plan, pasted. Plain text (a line per
 * paragraph, as Word copies it) with markdown's markers understood; the whole paste is the timeline when
 * no title names one. The panel previews with previewPasted; the host builds the sheet with pastedTemplate,
 * from the same text, so what is inserted is what was previewed.
 */
import { type Parsed, ok, fail } from "../parse/parsed";
import { ENGLISH, type Format } from "../i18n/format";
import { importMessage } from "../messages";
import type { TemplateSheet } from "../templates/template";
import { importPlan, type ImportResult } from "./import-plan";
import { parseText } from "./markdown";
import { importedActivitiesTemplate } from "./to-template";

/** A timeline section is a few KB; this is a whole document's worth, and far inside google.script.run's limits. */
export const MAX_PASTE_CHARS = 200_000;

/** `f`: the reader's language and grouping, for the failure's text (English by default). */
export function previewPasted(text: unknown, f: Format = ENGLISH): Parsed<ImportResult> {
  if (typeof text !== "string") return fail(importMessage("import.empty", {}, f));
  if (text.length > MAX_PASTE_CHARS) return fail(importMessage("import.paste-too-long", { length: text.length, max: MAX_PASTE_CHARS }, f));
  const r = importPlan(parseText(text, { joinLines: false }), { pastedTimeline: true, format: f });
  // Pasted text with no period at all is not a timeline, however it is laid out.
  if (r.ok && r.value.activities.every((a) => a.timeline === "")) return fail(importMessage("import.no-timeline", {}, f));
  return r;
}

/** The activities sheet for the pasted text; `today` only decides the Gantt when no period names a year. */
export function pastedTemplate(text: unknown, today: string, f: Format = ENGLISH): Parsed<{ template: TemplateSheet; rows: number }> {
  const r = previewPasted(text, f);
  if (!r.ok) return r;
  // A paste is a section, not a document: its first line ("Timeline", "March 2026") is no title.
  return ok({ template: importedActivitiesTemplate({ ...r.value, title: "" }, { today }), rows: r.value.activities.length });
}
