/*
 * Entry of dist/harness/index.html: the panel on a fake host. A test may set, before load
 * (page.addInitScript): window.__HARNESS_SNAPSHOT__ (a WorkbookSnapshot to use instead of the
 * example workbook), window.__HARNESS_SETTINGS__ (the settings the host has stored) and
 * window.__HARNESS_WITHOUT__ (bridge methods the host lacks, e.g. ["insertTemplate"]) and window.__HARNESS_LANGUAGE__
 * (the host's locale and the user's stored language: { hostLocale: "fr-FR", chosen: "es" }). It reads
 * window.__calls, window.__reports and steers window.__harness.
 */
import { exampleSnapshot } from "../../../examples/example-workbook";
import type { Report, Settings, WorkbookSnapshot } from "../../../src/core";
import type { HostBridge } from "../../../src/panel/bridge";
import { mountPanel } from "../../../src/panel/panel";
import type { LanguagePrefs } from "../../../src/panel/i18n/choose-lang";
import { FakeBridge, HarnessControls, RecordedCall } from "./fake-bridge";

declare global {
  interface Window {
    __HARNESS_SNAPSHOT__?: WorkbookSnapshot;
    __HARNESS_SETTINGS__?: Settings;
    __HARNESS_WITHOUT__?: string[];
    __HARNESS_LANGUAGE__?: LanguagePrefs;
    /** The host name the header shows (screenshots: "Excel"). */
    __HARNESS_HOST_NAME__?: string;
    __calls: RecordedCall[];
    __reports: Report[];
    __harness: HarnessControls;
  }
}

const bridge = new FakeBridge(window.__HARNESS_SNAPSHOT__ ?? exampleSnapshot(), window.__HARNESS_SETTINGS__ ?? {}, window.__HARNESS_LANGUAGE__ ?? {});
if (window.__HARNESS_HOST_NAME__) bridge.hostName = window.__HARNESS_HOST_NAME__;
window.__calls = bridge.calls;
window.__reports = bridge.reports;
window.__harness = bridge.controls;

document.body.style.margin = "0";
const root = document.createElement("div");
root.id = "panel";
document.body.appendChild(root);
/** The bridge as a host that lacks some optional methods would offer it. */
function without(b: FakeBridge, names: readonly string[]): HostBridge {
  if (names.length === 0) return b;
  return new Proxy(b, { get: (t, p) => (typeof p === "string" && names.includes(p) ? undefined : Reflect.get(t, p, t)) });
}
mountPanel(root, without(bridge, window.__HARNESS_WITHOUT__ ?? []));
