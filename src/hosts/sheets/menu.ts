import type { GasUi } from "./services";

export const MENU_TITLE = "Workplan Check";

/** Menu caption → the top-level function it runs (each is a global in Code.js). */
export const MENU_ITEMS: readonly (readonly [caption: string, functionName: string])[] = [
  ["Open panel", "showSidebar"],
  ["Validate", "validateFromMenu"],
  ["Highlight issues", "highlightFromMenu"],
  ["Clear highlights", "clearHighlightsFromMenu"],
  ["Write rollups", "writeRollupsFromMenu"],
  ["Settings", "showSettings"],
];

/** Adds the add-on's menu; separators set the panel and Settings apart from the commands. */
export function addMenu(ui: GasUi): void {
  const menu = ui.createMenu(MENU_TITLE);
  MENU_ITEMS.forEach(([caption, fn], i) => {
    if (i === 1 || i === MENU_ITEMS.length - 1) menu.addSeparator();
    menu.addItem(caption, fn);
  });
  menu.addToUi();
}
