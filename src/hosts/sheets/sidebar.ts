/** Sidebar entry (runs in the sidebar's page): mounts the shared panel on the Sheets bridge. */
import { mountPanel } from "../../panel/panel";
import { SheetsBridge } from "./sheets-bridge";
import { storedLang } from "../../panel/i18n/choose-lang";
import { START_LANG_ATTRIBUTE, START_SECTION_ATTRIBUTE, type SidebarSection } from "./sidebar-output";

/** Where each menu-opened section lives in the panel, and what gets the focus there. */
const SECTIONS: Record<Exclude<SidebarSection, "report">, { readonly selector: string; readonly focus: string }> = {
  settings: { selector: "details.wpc-settings", focus: "input" },
  "insert-template": { selector: "details.wpc-insert", focus: "select" },
};

function openSection(root: HTMLElement, section: keyof typeof SECTIONS): void {
  const { selector, focus } = SECTIONS[section];
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) return;
  const details = target instanceof HTMLDetailsElement ? target : target.closest("details");
  if (details) details.open = true;
  target.scrollIntoView({ block: "start" });
  target.querySelector<HTMLElement>(focus)?.focus();
}

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  // The server wrote the user's language into the page: the panel draws in it before its first call returns.
  const lang = storedLang(document.querySelector(`[${START_LANG_ATTRIBUTE}]`)?.getAttribute(START_LANG_ATTRIBUTE)) ?? undefined;
  mountPanel(root, new SheetsBridge(), { lang });
  // Settings / Insert template… menus: the server appends a marker after this script, so read it once the page is parsed.
  for (const section of Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]) {
    if (document.querySelector(`[${START_SECTION_ATTRIBUTE}="${section}"]`)) openSection(root, section);
  }
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
