/* The task pane's entry: glue only. loader.js loads it once Office.js (Microsoft's CDN) is there; Office calls onReady. */
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
    root.textContent = "Workplan Check runs in Excel. Open this add-in from Excel's Home tab.";
    return;
  }
  mountPanel(root, new ExcelBridge());
});
