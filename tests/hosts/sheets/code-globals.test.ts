import * as vm from "vm";
import { FakeAppsScript } from "./fake-apps-script";
import { builtCode, exampleSeedSheets, loadCode, refusedByRun, TIME_ZONE } from "./load-code";

const MENU_FUNCTIONS = ["showSidebar", "validateFromMenu", "highlightFromMenu", "clearHighlightsFromMenu", "writeRollupsFromMenu", "showInsertTemplate", "showSettings"];
const RUN_TARGETS = ["validate", "selectCell", "highlight", "clearHighlights", "writeRollups", "loadSettings", "loadPanel", "saveSettings", "saveLanguage", "insertTemplate", "insertImport"];
const CUSTOM_FUNCTIONS = ["WORKPLAN_PERIOD_START", "WORKPLAN_PERIOD_END", "WORKPLAN_AMOUNT", "WORKPLAN_CHECK"];

const fresh = () => new FakeAppsScript({ name: "Workplan", timeZone: TIME_ZONE, sheets: exampleSeedSheets() });

describe("built Code.js in a vm context without Node globals", () => {
  test("the context really lacks Node's globals", () => {
    const { context } = loadCode(fresh());
    for (const name of ["require", "module", "exports", "process", "Buffer", "setTimeout", "structuredClone", "queueMicrotask", "TextEncoder", "URL"]) {
      expect([name, vm.runInContext(`typeof ${name}`, context)]).toEqual([name, "undefined"]);
    }
  });

  test("the bundle uses no Node API (also on paths these tests do not run)", () => {
    const code = builtCode();
    for (const pattern of [/\brequire\(/, /\bmodule\.exports\b/, /\bBuffer\b/, /\bsetTimeout\b/, /\bsetImmediate\b/, /\bstructuredClone\b/, /\bprocess\.(env|version|platform|nextTick)\b/]) {
      expect([String(pattern), pattern.test(code)]).toEqual([String(pattern), false]);
    }
  });

  test.each(["onOpen", ...MENU_FUNCTIONS, ...RUN_TARGETS, ...CUSTOM_FUNCTIONS])("%s is a top-level function", (name) => {
    const { globals } = loadCode(fresh());
    expect(typeof globals[name]).toBe("function");
    // A top-level declaration in the file itself, which is what Apps Script lists and runs.
    expect(builtCode()).toMatch(new RegExp(`function ${name}\\(`));
  });

  test("custom functions carry their @customfunction JSDoc and the file its @OnlyCurrentDoc", () => {
    const code = builtCode();
    expect(code.startsWith("/** @OnlyCurrentDoc */")).toBe(true);
    for (const name of CUSTOM_FUNCTIONS) expect(code).toMatch(new RegExp(`@customfunction\\s*\\*/\\s*function ${name}\\(`));
  });

  test("custom-function stubs keep the parameter names their JSDoc documents (Sheets' autocomplete shows them)", () => {
    const code = builtCode();
    for (const name of CUSTOM_FUNCTIONS) {
      const m = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*function ${name}\\(([^)]*)\\)`).exec(code);
      expect(m).not.toBeNull();
      const documented = [...m![1].matchAll(/@param \{[^}]*\} \[?(\w+)/g)].map((p) => p[1]);
      const stub = m![2].split(",").map((p) => p.trim()).filter(Boolean);
      expect([name, stub]).toEqual([name, documented]);
      expect(stub.length).toBeGreaterThan(0);
    }
  });

  test("the sidebar's channel refuses what google.script.run cannot carry, both ways", () => {
    const { run } = loadCode(fresh());
    expect(() => run.saveSettings({ asOf: new Date(Date.UTC(2026, 2, 1)) })).toThrow(/invalid argument \(arguments\.0\.asOf is a Date\)/);
    expect(refusedByRun({ issues: [{ cell: "B2" }, { when: new Date() }] })).toBe("value.issues.1.when is a Date");
    expect(refusedByRun({ f: () => 1 })).toBe("value.f is a function");
    // What the server returns to the sidebar is plain JSON.
    expect(refusedByRun(run.validate({ asOf: "2026-03-01" }))).toBeUndefined();
  });

  test("onOpen adds the Workplan Check menu, each item naming a global function", () => {
    const fake = fresh();
    const { globals } = loadCode(fake);
    globals.onOpen({ authMode: "LIMITED" });
    expect(fake.menus).toHaveLength(1);
    const menu = fake.menus[0];
    expect(menu.caption).toBe("Workplan Check");
    const items = menu.items.filter((i) => i !== "separator") as { caption: string; functionName: string }[];
    expect(items.map((i) => i.caption)).toEqual(["Open panel", "Validate", "Highlight issues", "Clear highlights", "Write rollups", "Insert template…", "Settings"]);
    // Separators set the panel, the commands, inserting and the settings apart.
    expect(menu.items.map((i) => (i === "separator" ? "|" : i.caption)).join(",")).toBe(
      "Open panel,|,Validate,Highlight issues,Clear highlights,Write rollups,|,Insert template…,|,Settings",
    );
    expect(items.map((i) => i.functionName)).toEqual(MENU_FUNCTIONS);
    for (const i of items) expect(typeof globals[i.functionName]).toBe("function");
    // onOpen runs with limited authorisation: it must not read the sheets.
    expect(fake.count("Range.getValues")).toBe(0);
  });

  test("showSidebar serves Sidebar.html; showSettings and showInsertTemplate add their section's marker", () => {
    const fake = fresh();
    const { globals } = loadCode(fake);
    globals.showSidebar();
    globals.showSettings();
    globals.showInsertTemplate();
    expect(fake.sidebars.map((s) => [s.file, s.title])).toEqual([["Sidebar", "Workplan Check"], ["Sidebar", "Workplan Check"], ["Sidebar", "Workplan Check"]]);
    const lang = '<div hidden data-workplan-lang="en"></div>';
    expect(fake.sidebars[0].appended).toEqual([lang]);
    expect(fake.sidebars[1].appended).toEqual([lang, '<div hidden data-workplan-start="settings"></div>']);
    expect(fake.sidebars[2].appended).toEqual([lang, '<div hidden data-workplan-start="insert-template"></div>']);
    // Opening the panel writes nothing.
    expect(fake.writes()).toEqual([]);
  });
});

describe("the user's language on the server", () => {
  const withUser = (userLocale: string, userProperties: Record<string, string> = {}) =>
    new FakeAppsScript({ name: "Workplan", timeZone: TIME_ZONE, sheets: exampleSeedSheets(), userLocale, userProperties });

  test("the sidebar opens in the Google account's language; a stored choice wins; any other language is English", () => {
    const open = (fake: FakeAppsScript) => {
      loadCode(fake).globals.showSidebar();
      return fake.sidebars[0].appended[0];
    };
    expect(open(withUser("fr"))).toBe('<div hidden data-workplan-lang="fr"></div>');
    expect(open(withUser("es_419"))).toBe('<div hidden data-workplan-lang="es"></div>');
    expect(open(withUser("de"))).toBe('<div hidden data-workplan-lang="en"></div>');
    expect(open(withUser("fr", { "workplanCheck.lang": "es" }))).toBe('<div hidden data-workplan-lang="es"></div>');
  });

  test("loadPanel returns the settings with the locale and the stored choice, in one plain-JSON call", () => {
    const fake = withUser("fr_CA", { "workplanCheck.lang": "es" });
    const { run } = loadCode(fake);
    expect(run.loadPanel()).toEqual({ settings: {}, language: { hostLocale: "fr_CA", chosen: "es" } });
    expect(fake.count("Session.getActiveUserLocale")).toBe(1);
  });

  test("saveLanguage stores the choice in the user's properties, never the document's; null forgets it", () => {
    const fake = withUser("en");
    const { run } = loadCode(fake);
    run.saveLanguage("fr");
    expect(Object.fromEntries(fake.userProperties)).toEqual({ "workplanCheck.lang": "fr" });
    expect([...fake.properties.keys()]).toEqual([]);
    expect(run.loadPanel()).toMatchObject({ language: { chosen: "fr" } });
    run.saveLanguage(null);
    expect(fake.userProperties.size).toBe(0);
    expect(() => run.saveLanguage("de")).toThrow(/Language not saved/);
    expect(() => run.saveLanguage("<b>x</b>".repeat(2000))).toThrow(/Language not saved/);
  });

  test("saving settings never writes the language into the document; a refusal speaks the user's language", () => {
    const fake = withUser("fr");
    const { run } = loadCode(fake);
    run.saveSettings({ asOf: "2026-03-01", lang: "es", grouping: "space" });
    expect(JSON.parse(fake.properties.get("workplanCheck.settings")!)).toEqual({ asOf: "2026-03-01", grouping: "space" });
    expect(() => run.saveSettings({ asOf: "1 March" })).toThrow(/^Paramètres non enregistrés/);
  });

  test("the menu and its toasts speak the user's language; where it cannot be read, English", () => {
    const fake = withUser("fr_FR");
    const { globals } = loadCode(fake);
    globals.onOpen();
    const items = fake.menus[0].items.filter((i): i is { caption: string; functionName: string } => i !== "separator");
    expect(items.map((i) => i.caption)).toEqual(["Ouvrir le panneau", "Valider", "Surligner les problèmes", "Effacer le surlignage", "Écrire les synthèses", "Insérer un modèle…", "Paramètres"]);
    globals.validateFromMenu();
    expect(fake.toasts[0].message).toMatch(/^\d+ erreurs?, \d+ avertissements?, \d+ info dans \d+ tableaux?\. Budget ISU Budget 2026\u00a0: CHF 514'753\./);
    const blind = withUser("fr");
    blind.withoutUserAccess = true;
    loadCode(blind).globals.onOpen();
    expect(blind.menus[0].items[0]).toEqual({ caption: "Open panel", functionName: "showSidebar" });
  });

  test("Import from text refuses in the user's language", () => {
    const { globals } = loadCode(withUser("en", { "workplanCheck.lang": "fr" }));
    expect(() => globals.insertImport("Background\nNothing planned.")).toThrow(/^Aucune section/);
    expect(() => loadCode(withUser("es")).globals.insertImport("Background\nNothing planned.")).toThrow(/^No se encontró ninguna sección de calendario/);
  });

  test("the fake keeps the user store's limits: 9 KB a value, strings only", () => {
    const store = withUser("en").userPropertiesStore();
    expect(() => store.setProperties({ k: "x".repeat(9 * 1024 + 1) })).toThrow(/too large/);
    expect(() => store.setProperties({ k: 1 as unknown as string })).toThrow(/must be a string/);
  });
});
