import type { GasHtmlOutput, GasHtmlService } from "./services";

/** The section the sidebar opens on; "insert-template" is the panel's Insert template… section. */
export type SidebarSection = "report" | "settings" | "insert-template";

/** The marker sidebar.ts reads to open on a section; a constant, never user text. */
export const START_SECTION_ATTRIBUTE = "data-workplan-start";

/**
 * The built Sidebar.html (panel JS and CSS inlined). Appending a marker rather than templating:
 * the minified script could contain "<?" which the template engine would misread.
 */
export function sidebarOutput(html: GasHtmlService, section: SidebarSection): GasHtmlOutput {
  const output = html.createHtmlOutputFromFile("Sidebar").setTitle("Workplan Check");
  return section === "report" ? output : output.append(`<div hidden ${START_SECTION_ATTRIBUTE}="${section}"></div>`);
}
