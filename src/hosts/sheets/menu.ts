import type { GasUi } from "./services";

export const MENU_TITLE = "Workplan Check";

/** Menu caption → the top-level function it runs (each is a global in Code.js). */
export type MenuItem = readonly [caption: string, functionName: string];

/** Groups of items, separated in the menu: the panel, the commands, inserting a template, settings. */
export const MENU_GROUPS: readonly (readonly MenuItem[])[] = [
  [["Open panel", "showSidebar"]],
  [
    ["Validate", "validateFromMenu"],
    ["Highlight issues", "highlightFromMenu"],
    ["Clear highlights", "clearHighlightsFromMenu"],
    ["Write rollups", "writeRollupsFromMenu"],
  ],
  [["Insert template…", "showInsertTemplate"]],
  [["Settings", "showSettings"]],
];

export const MENU_ITEMS: readonly MenuItem[] = MENU_GROUPS.flat();

export function addMenu(ui: GasUi): void {
  const menu = ui.createMenu(MENU_TITLE);
  MENU_GROUPS.forEach((group, i) => {
    if (i > 0) menu.addSeparator();
    for (const [caption, fn] of group) menu.addItem(caption, fn);
  });
  menu.addToUi();
}
