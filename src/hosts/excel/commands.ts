/*
 * The add-in's function file (manifest FunctionFile). The only ribbon button opens the task pane
 * (ShowTaskpane), which needs no code; the page must still load Office.js and call onReady.
 */
Office.onReady(() => undefined);
