/*
 * The task pane's first script: ES5 on purpose, so that every webview Office has used parses it (Internet
 * Explorer 11 and the legacy Edge webview of older Office builds cannot parse the ES2020 main bundle and
 * would leave the pane blank). It shows a plain message where the add-in cannot run, and loads the main bundle
 * (its file name is in data-main) where it can. tests/hosts/excel/loader.test.ts parses this file as ES5.
 */
(function () {
  if (window.__workplanCheckLoader) return; // the manifest names this file as the functions' script too: load once
  window.__workplanCheckLoader = true;
  /* The plain messages in the panel's languages (the bundle's catalogue, src/panel/i18n, cannot load where these show). */
  var TEXT = {
    en: {
      tooOld: "This version of Office is too old for Workplan Check; use Excel on the web or Microsoft 365.",
      noOffice: "Workplan Check could not load Office.js from Microsoft (appsforoffice.microsoft.com). " +
        "Check the internet connection, or ask your IT team to allow that address through the proxy, then reopen the add-in.",
      noBundle: "Workplan Check could not load its own script from the add-in's server. Check the internet connection, then reopen the add-in."
    },
    fr: {
      tooOld: "Cette version d'Office est trop ancienne pour Workplan Check ; utilisez Excel pour le web ou Microsoft 365.",
      noOffice: "Workplan Check n'a pas pu charger Office.js depuis Microsoft (appsforoffice.microsoft.com). " +
        "Vérifiez la connexion Internet ou demandez à votre service informatique d'autoriser cette adresse sur le proxy, puis rouvrez le complément.",
      noBundle: "Workplan Check n'a pas pu charger son propre script depuis le serveur du complément. Vérifiez la connexion Internet, puis rouvrez le complément."
    },
    es: {
      tooOld: "Esta versión de Office es demasiado antigua para Workplan Check; use Excel para la web o Microsoft 365.",
      noOffice: "Workplan Check no pudo cargar Office.js desde Microsoft (appsforoffice.microsoft.com). " +
        "Compruebe la conexión a Internet o pida a su equipo de TI que permita esa dirección en el proxy y vuelva a abrir el complemento.",
      noBundle: "Workplan Check no pudo cargar su propio script desde el servidor del complemento. Compruebe la conexión a Internet y vuelva a abrir el complemento."
    }
  };

  /* The user's choice (settings-store.ts: LANG_KEY), else Office's language once known, else the browser's. */
  function language() {
    var tag = "";
    try {
      tag = window.localStorage.getItem("workplanCheck.lang") || "";
    } catch (e) {
      tag = "";
    }
    if (!tag && typeof Office !== "undefined" && Office.context && Office.context.displayLanguage) tag = Office.context.displayLanguage;
    if (!tag) tag = navigator.language || navigator.userLanguage || "";
    var code = String(tag).slice(0, 2).toLowerCase();
    return TEXT[code] ? code : "en";
  }

  function say(key) {
    return TEXT[language()][key];
  }

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
    show(say("noOffice"));
    return;
  }
  if (!modern() || !main) {
    Office.initialize = function () {
      show(say("tooOld")); // Office's language is known now
    };
    show(say("tooOld"));
    return;
  }
  var script = document.createElement("script");
  script.src = main;
  script.onload = function () {
    // The bundle sets this flag first thing; unset, it did not parse (a webview older than its syntax).
    if (!window.__workplanCheckStarted) show(say("tooOld"));
  };
  script.onerror = function () {
    show(say("noBundle"));
  };
  document.body.appendChild(script);
})();
