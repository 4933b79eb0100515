import * as fs from "fs";
import * as path from "path";

/** src/core stays host-agnostic: no host globals, no DOM, no Node APIs, no clock (hosts pass today's date). */
const CORE = path.join(__dirname, "..", "..", "src", "core");
const FORBIDDEN: [RegExp, string][] = [
  [/\b(Excel|Office|OfficeExtension)\s*\./, "Office.js"],
  [/\b(SpreadsheetApp|HtmlService|PropertiesService|Utilities|google\.script)\b/, "Apps Script"],
  // `window` is also a plan window here; the DOM as a whole is kept out by tsconfig.cli.json (lib ES2020, no DOM).
  [/\b(document|navigator)\s*\./, "the DOM"],
  [/\bfrom\s+["'](fs|path|os|child_process|exceljs)["']|\brequire\(/, "Node or file APIs"],
  [/\bprocess\.|\bDate\.now\(|\bnew Date\(\)/, "the process or the clock"],
];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("src/core is pure", () => {
  it.each(files(CORE).map((f) => [path.relative(CORE, f), f]))("%s", (_, file) => {
    const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, "");
    const found = FORBIDDEN.filter(([re]) => re.test(code)).map(([, what]) => what);
    expect(found).toEqual([]);
  });
});
