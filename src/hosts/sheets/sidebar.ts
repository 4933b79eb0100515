/** Sidebar entry (runs in the sidebar's page): mounts the shared panel on the Sheets bridge. */
import { mountPanel } from "../../panel/panel";
import { SheetsBridge } from "./sheets-bridge";
import { START_SECTION_ATTRIBUTE } from "./sidebar-output";

function openSettings(root: HTMLElement): void {
  const details = root.querySelector<HTMLDetailsElement>("details.wpc-settings");
  if (!details) return;
  details.open = true;
  details.scrollIntoView({ block: "start" });
  details.querySelector<HTMLInputElement>("input")?.focus();
}

function start(): void {
  const root = document.getElementById("app");
  if (!root) return;
  mountPanel(root, new SheetsBridge());
  // Settings menu: the server appends a marker after this script, so read it once the page is parsed.
  if (document.querySelector(`[${START_SECTION_ATTRIBUTE}="settings"]`)) openSettings(root);
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
