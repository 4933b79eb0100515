import type { Lang } from "../../core/i18n";
import type { GasHtmlOutput, GasHtmlService } from "./services";

/** The section the sidebar opens on; "insert-template" is the panel's Insert template… section. */
export type SidebarSection = "report" | "settings" | "insert-template";

/** The marker sidebar.ts reads to open on a section; a constant, never user text. */
export const START_SECTION_ATTRIBUTE = "data-workplan-start";
/** The marker of the language the sidebar draws in before its first call returns (one of LANGS, never user text). */
export const START_LANG_ATTRIBUTE = "data-workplan-lang";

/**
 * The built Sidebar.html (panel JS and CSS inlined). Appending a marker rather than templating:
 * the minified script could contain "<?" which the template engine would misread.
 */
export function sidebarOutput(html: GasHtmlService, section: SidebarSection, lang: Lang = "en"): GasHtmlOutput {
  const output = html.createHtmlOutputFromFile("Sidebar").setTitle("Workplan Check").append(`<div hidden ${START_LANG_ATTRIBUTE}="${lang}"></div>`);
  return section === "report" ? output : output.append(`<div hidden ${START_SECTION_ATTRIBUTE}="${section}"></div>`);
}
