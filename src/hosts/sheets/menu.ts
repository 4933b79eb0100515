import type { Lang } from "../../core/i18n";
import { panelText } from "../../panel/i18n";
import type { GasUi } from "./services";

export const MENU_TITLE = "Workplan Check";

/** Menu caption → the top-level function it runs (each is a global in Code.js). */
export type MenuItem = readonly [caption: string, functionName: string];

/** Groups of items, separated in the menu: the panel, the commands, inserting a template, settings; in `lang`. */
export function menuGroups(lang: Lang = "en"): readonly (readonly MenuItem[])[] {
  const t = panelText(lang);
  return [
    [[t.sheetsMenu.open, "showSidebar"]],
    [
      [t.actions.validate, "validateFromMenu"],
      [t.actions.highlight, "highlightFromMenu"],
      [t.actions.clear, "clearHighlightsFromMenu"],
      [t.actions.rollups, "writeRollupsFromMenu"],
    ],
    [[t.sheetsMenu.insertTemplate, "showInsertTemplate"]],
    [[t.settings.summary, "showSettings"]],
  ];
}

export const MENU_GROUPS = menuGroups("en");
export const MENU_ITEMS: readonly MenuItem[] = MENU_GROUPS.flat();

export function addMenu(ui: GasUi, lang: Lang = "en"): void {
  const menu = ui.createMenu(MENU_TITLE);
  menuGroups(lang).forEach((group, i) => {
    if (i > 0) menu.addSeparator();
    for (const [caption, fn] of group) menu.addItem(caption, fn);
  });
  menu.addToUi();
}
