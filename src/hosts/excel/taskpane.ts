/* The task pane's entry: glue only. loader.js loads it once Office.js (Microsoft's CDN) is there; Office calls onReady. */
import { parseLang } from "../../core/i18n";
import { panelText } from "../../panel/i18n";
import { mountPanel } from "../../panel/panel";
import { ExcelBridge } from "./excel-bridge";
// The custom functions share this page's runtime (manifest.xml): registering them is importing them.
import "./functions";

// Tells loader.js the bundle parsed and runs (a webview too old for its syntax never gets here).
(window as unknown as { __workplanCheckStarted?: boolean }).__workplanCheckStarted = true;

Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = panelText(parseLang(Office.context.displayLanguage) ?? "en").host.notExcel;
    return;
  }
  mountPanel(root, new ExcelBridge());
});
