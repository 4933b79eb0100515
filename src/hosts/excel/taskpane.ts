/* The task pane's entry: glue only. Office.js (from Microsoft's CDN, see taskpane.html) calls onReady. */
import { mountPanel } from "../../panel/panel";
import { ExcelBridge } from "./excel-bridge";

Office.onReady((info) => {
  const root = document.getElementById("app");
  if (!root) return;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = "Workplan Check runs in Excel. Open this add-in from Excel's Home tab.";
    return;
  }
  mountPanel(root, new ExcelBridge());
});
