/*
 * The task pane's first script: ES5 on purpose, so that every webview Office has used parses it (Internet
 * Explorer 11 and the legacy Edge webview of older Office builds cannot parse the ES2020 main bundle and
 * would leave the pane blank). It shows a plain message where the add-in cannot run, and loads the main bundle
 * (its file name is in data-main) where it can. tests/hosts/excel/loader.test.ts parses this file as ES5.
 */
(function () {
  if (window.__workplanCheckLoader) return; // the manifest names this file as the functions' script too: load once
  window.__workplanCheckLoader = true;
  var TOO_OLD = "This version of Office is too old for Workplan Check; use Excel on the web or Microsoft 365.";
  var NO_OFFICE = "Workplan Check could not load Office.js from Microsoft (appsforoffice.microsoft.com). " +
    "Check the internet connection, or ask your IT team to allow that address through the proxy, then reopen the add-in.";
  var NO_BUNDLE = "Workplan Check could not load its own script from the add-in's server. Check the internet connection, then reopen the add-in.";

  function show(text) {
    var app = document.getElementById("app");
    if (!app) return;
    while (app.firstChild) app.removeChild(app.firstChild);
    var p = document.createElement("p");
    p.className = "wpc-plain-message";
    p.setAttribute("role", "alert");
    p.appendChild(document.createTextNode(text));
    app.appendChild(p);
  }

  /* What the main bundle needs: ES2020. Internet Explorer (Trident) and EdgeHTML cannot run it whatever they report. */
  function modern() {
    var ua = navigator.userAgent || "";
    if (/Trident\/|MSIE |Edge\/\d/.test(ua)) return false;
    return typeof Promise === "function" && typeof Symbol === "function" && typeof Object.fromEntries === "function" &&
      typeof String.prototype.matchAll === "function" && typeof Promise.allSettled === "function";
  }

  var self = document.getElementById("wpc-loader");
  var main = self && self.getAttribute("data-main");
  if (typeof Office === "undefined") {
    show(NO_OFFICE);
    return;
  }
  if (!modern() || !main) {
    Office.initialize = function () {};
    show(TOO_OLD);
    return;
  }
  var script = document.createElement("script");
  script.src = main;
  script.onload = function () {
    // The bundle sets this flag first thing; unset, it did not parse (a webview older than its syntax).
    if (!window.__workplanCheckStarted) show(TOO_OLD);
  };
  script.onerror = function () {
    show(NO_BUNDLE);
  };
  document.body.appendChild(script);
})();
