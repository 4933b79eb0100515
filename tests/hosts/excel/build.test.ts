/**
 * The add-in's production build, run here into a temporary folder: pages load Office.js from Microsoft's CDN
 * and no other remote script, assets and manifest are copied (with another HTTPS base when asked), and the
 * task pane's script stays under 150 KB gzipped; functions.json comes from the functions' JSDoc.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import webpack from "webpack";
import * as acorn from "acorn";

const root = path.resolve(__dirname, "../../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const BASE = "https://addins.example.org/workplan-check/";

let out: string;
let stats: webpack.Stats;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "wpc-addin-"));
  const config = require(path.join(root, "build-config/webpack.addin.js"))({ addin: true, url: BASE }, { mode: "production" });
  config.output.path = out;
  const log = jest.spyOn(console, "log").mockImplementation(() => undefined);
  stats = await new Promise<webpack.Stats>((resolve, reject) => webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))));
  log.mockRestore();
}, 120_000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const read = (name: string) => fs.readFileSync(path.join(out, name), "utf8");
const scripts = (html: string) => [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);

test("builds without errors", () => {
  expect(stats.hasErrors()).toBe(false);
});

test("taskpane.html loads Office.js from the CDN in <head>, then only the ES5 loader, which names the bundle", () => {
  const html = read("taskpane.html");
  const head = html.slice(0, html.indexOf("</head>"));
  expect(scripts(head)).toEqual([OFFICE_JS]);
  expect(scripts(html)).toEqual([OFFICE_JS, "loader.js"]);
  // Minified with the rest, and still ES5.
  expect(() => acorn.parse(read("loader.js"), { ecmaVersion: 5 })).not.toThrow();
  expect(read("loader.js")).toContain("This version of Office is too old for Workplan Check");
  const main = /data-main="?([^" >]+)/.exec(html)![1];
  expect(main).toMatch(/^taskpane\.[0-9a-f]{8}\.js$/);
  expect(fs.existsSync(path.join(out, main))).toBe(true);
});

test("functions.json is generated from functions.ts's JSDoc, and the bundle associates each id", () => {
  const meta = JSON.parse(read("functions.json")) as { functions: { id: string; name: string; parameters: { dimensionality: string }[]; options?: Record<string, boolean> }[] };
  expect(meta.functions.map((f) => f.id)).toEqual(["PERIOD_START", "PERIOD_END", "AMOUNT", "CHECK"]);
  expect(meta.functions.every((f) => f.parameters[0].dimensionality === "matrix")).toBe(true);
  expect(meta.functions.find((f) => f.id === "CHECK")!.options).toEqual({ requiresParameterAddresses: true });
  const js = read(fs.readdirSync(out).find((f) => /^taskpane\..*\.js$/.test(f))!);
  for (const f of meta.functions) expect(js).toContain(`associate("${f.id}"`);
});

test("the task pane has its mount point", () => {
  expect(read("taskpane.html")).toMatch(/<main id="?app"?/);
});

test("icons and the manifest are copied; the manifest's URLs move to the given HTTPS base", () => {
  for (const s of [16, 32, 64, 80]) expect(fs.readFileSync(path.join(out, `assets/icon-${s}.png`))).toEqual(fs.readFileSync(path.join(root, `assets/icon-${s}.png`)));
  const manifest = read("manifest.xml");
  expect(manifest).not.toContain("https://localhost:3000/");
  expect(manifest).toContain(`${BASE}taskpane.html`);
  expect(manifest).toContain(`${BASE}assets/icon-32.png`);
  expect(manifest.replace(new RegExp(BASE.replace(/[./]/g, "\\$&"), "g"), "https://localhost:3000/")).toBe(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
});

/**
 * The budget was 150 KB for one language. Issue 15 put English, French and Spanish in the pane (panel, messages,
 * parser reasons, report, rollup sheet and template words: the French and Spanish catalogues are about 30 KB gzipped
 * together), all of them loaded so a language switch redraws at once with no request. Measured 165 KB on
 * 2026-12-02; the budget keeps some room and still catches a stray dependency.
 */
test("the task pane's script is under 190 KB gzipped", () => {
  const js = fs.readdirSync(out).filter((f) => /^taskpane\..*\.js$/.test(f));
  expect(js).toHaveLength(1);
  expect(zlib.gzipSync(fs.readFileSync(path.join(out, js[0]))).length).toBeLessThan(190 * 1024);
});
