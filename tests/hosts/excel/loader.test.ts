/**
 * The task pane's ES5 loader (src/hosts/excel/loader.js): parses as ES5 (so Internet Explorer 11 and the legacy
 * Edge webview run it), shows a plain message where the bundle cannot run or Office.js did not load, and loads the
 * bundle where it can. Run here in a vm with a minimal DOM; the built page is tried in Chromium too
 * (taskpane.chromium.test.ts).
 */
import * as acorn from "acorn";
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const LOADER = fs.readFileSync(path.join(__dirname, "../../../src/hosts/excel/loader.js"), "utf8");
const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const EDGE_WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

interface El { id?: string; tag: string; children: El[]; text?: string; attrs: Record<string, string>; src?: string; onload?: () => void; onerror?: () => void; className?: string }

function run(options: { office: boolean | { displayLanguage: string }; ua: string; es2020?: boolean; language?: string; stored?: string }) {
  const el = (tag: string, attrs: Record<string, string> = {}): El => ({ tag, children: [], attrs });
  const app = el("main");
  const loader = el("script", { "data-main": "taskpane.0123abcd.js" });
  const body = el("body");
  const element = (e: El) => ({
    get firstChild() { return e.children[0] ?? null; },
    removeChild: (c: unknown) => void e.children.splice(e.children.indexOf(c as El), 1),
    appendChild: (c: El) => void e.children.push(c),
    getAttribute: (n: string) => e.attrs[n] ?? null,
  });
  const created: El[] = [];
  const document = {
    getElementById: (id: string) => (id === "app" ? element(app) : id === "wpc-loader" ? element(loader) : null),
    createElement: (tag: string) => {
      const e: El = el(tag);
      created.push(e);
      return Object.assign(e, { setAttribute: (n: string, v: string) => void (e.attrs[n] = v), appendChild: (c: El) => void e.children.push(c) });
    },
    createTextNode: (text: string) => ({ tag: "#text", text, children: [], attrs: {} }),
    body: element(body),
  };
  const es2020 = options.es2020 ?? true;
  const sandbox: Record<string, unknown> = {
    document, navigator: { userAgent: options.ua, language: options.language }, Promise: es2020 ? Promise : undefined, Symbol,
    Object: es2020 ? Object : { ...Object, fromEntries: undefined }, String,
  };
  sandbox.window = sandbox;
  if (options.office) sandbox.Office = options.office === true ? {} : { context: options.office };
  if (options.stored) sandbox.localStorage = { getItem: (k: string) => (k === "workplanCheck.lang" ? options.stored : null) };
  vm.runInNewContext(LOADER, sandbox);
  const text = () => app.children.map((c) => c.children.map((t) => t.text).join("")).join("");
  return { text, body, sandbox, created };
}

test("the loader is ES5: it parses with ecmaVersion 5", () => {
  expect(() => acorn.parse(LOADER, { ecmaVersion: 5 })).not.toThrow();
  // And the check is real: an arrow function is refused as ES5.
  expect(() => acorn.parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
});

test.each([["Internet Explorer 11", IE11], ["the legacy Edge webview (EdgeHTML)", EDGE_HTML]])("%s gets the plain 'too old' message, and the bundle is not loaded", (_name, ua) => {
  const { text, body, sandbox } = run({ office: true, ua });
  expect(text()).toBe("This version of Office is too old for Workplan Check; use Excel on the web or Microsoft 365.");
  expect(body.children).toHaveLength(0);
  expect(typeof (sandbox.Office as { initialize?: unknown }).initialize).toBe("function");
});

test("the plain messages speak the user's language: the stored choice, else Office's, else the browser's", () => {
  expect(run({ office: false, ua: EDGE_WEBVIEW2, language: "fr-FR" }).text()).toMatch(/^Workplan Check n'a pas pu charger Office\.js depuis Microsoft/);
  expect(run({ office: { displayLanguage: "es-ES" }, ua: IE11, language: "en-US" }).text()).toBe("Esta versión de Office es demasiado antigua para Workplan Check; use Excel para la web o Microsoft 365.");
  expect(run({ office: { displayLanguage: "es-ES" }, ua: IE11, stored: "fr" }).text()).toMatch(/^Cette version d'Office est trop ancienne/);
  expect(run({ office: false, ua: EDGE_WEBVIEW2, language: "de-DE" }).text()).toMatch(/^Workplan Check could not load Office\.js/);
});

test("a webview without ES2020 built-ins gets the message too", () => {
  expect(run({ office: true, ua: EDGE_WEBVIEW2, es2020: false }).text()).toMatch(/^This version of Office is too old/);
});

test("Office.js unreachable (proxy, offline): a plain message, not a blank pane", () => {
  const { text, body } = run({ office: false, ua: EDGE_WEBVIEW2 });
  expect(text()).toMatch(/^Workplan Check could not load Office\.js from Microsoft \(appsforoffice\.microsoft\.com\)/);
  expect(body.children).toHaveLength(0);
});

test("a modern webview loads the bundle; a bundle that did not parse (no start flag) gets the message", () => {
  const { text, body, sandbox } = run({ office: true, ua: EDGE_WEBVIEW2 });
  expect(text()).toBe("");
  expect(body.children).toHaveLength(1);
  const script = body.children[0];
  expect(script.src).toBe("taskpane.0123abcd.js");
  script.onload!();
  expect(text()).toMatch(/^This version of Office is too old/);
  // Started: nothing is shown over the panel.
  const ok = run({ office: true, ua: EDGE_WEBVIEW2 });
  ok.sandbox.__workplanCheckStarted = true;
  ok.body.children[0].onload!();
  expect(ok.text()).toBe("");
  void sandbox;
});

test("the bundle itself unreachable: a plain message", () => {
  const { text, body } = run({ office: true, ua: EDGE_WEBVIEW2 });
  body.children[0].onerror!();
  expect(text()).toMatch(/^Workplan Check could not load its own script/);
});
