/*
 * The Google Sheets sidebar (Apps Script) into dist/gas/:
 *   Code.js          the server: top-level functions for onOpen, the menu, google.script.run and the
 *                    custom functions (gas-webpack-plugin turns server.ts's exports into them)
 *   Sidebar.html     one self-contained page: the panel's JS (and its CSS, injected by the panel) inlined
 *   appsscript.json  the manifest, copied
 * One config with two entries (not two configs) because webpack.config.js maps each --env to one config.
 * Build: npm run build:gas (webpack --mode production --env gas); push: npm run push (clasp, rootDir dist/gas).
 */
const path = require("path");
const tsRule = require("./ts-rule");
const GasPlugin = require("gas-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const HtmlInlineScriptPlugin = require("html-inline-script-webpack-plugin");
const CopyPlugin = require("copy-webpack-plugin");
const { BannerPlugin } = require("webpack");

const root = path.resolve(__dirname, "..");
const sheets = path.join(root, "src/hosts/sheets");

/**
 * The parameter names of the custom functions (`global.NAME = function (a, b)` in server.ts): Sheets
 * shows them in its autocomplete (WORKPLAN_CHECK(table, as_of)), so terser must not rename them to `e`.
 */
function customFunctionParameters() {
  const source = require("fs").readFileSync(path.join(sheets, "server.ts"), "utf8");
  const names = new Set();
  for (const m of source.matchAll(/global\.[A-Z_]+\s*=\s*function\s*\(([^)]*)\)/g)) {
    for (const p of m[1].split(",")) {
      const name = p.split(":")[0].replace(/[?\s]/g, "");
      if (name) names.add(name);
    }
  }
  return [...names];
}

module.exports = (env = {}, argv = {}) => ({
  name: "gas",
  mode: argv.mode || "production",
  // Apps Script V8 and the sidebar's browser both run ES2020; "web" keeps Node shims out of Code.js.
  target: ["web", "es2020"],
  context: root,
  entry: {
    Code: path.join(sheets, "server.ts"),
    sidebar: path.join(sheets, "sidebar.ts"),
  },
  output: {
    path: path.join(root, "dist/gas"),
    filename: "[name].js",
    publicPath: "",
    // Not `clean`: another config may be writing dist/ at the same time; every file here is rewritten.
  },
  devtool: false, // Apps Script ignores source maps; an eval devtool would also break there
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      tsRule({ sourceMap: false }),
    ],
  },
  optimization: {
    // gas-webpack-plugin needs the exports of server.ts kept as they are (scope hoisting and
    // unused-export removal leave the generated top-level functions undefined).
    concatenateModules: false,
    usedExports: false,
    mangleExports: false,
    // Keep the JSDoc that Apps Script reads: @customfunction (autocomplete) and @OnlyCurrentDoc.
    minimizeOptions: {
      javascript: {
        compress: { passes: 2 },
        mangle: { reserved: customFunctionParameters() },
        format: { comments: /@customfunction|@OnlyCurrentDoc/ },
      },
    },
  },
  plugins: [
    new GasPlugin({
      autoGlobalExportsFiles: ["**/src/hosts/sheets/server.ts"],
      include: ["**/src/hosts/sheets/server.ts"],
    }),
    new BannerPlugin({ banner: "/** @OnlyCurrentDoc */", raw: true, entryOnly: true, include: /^Code\.js$/ }),
    new HtmlWebpackPlugin({
      filename: "Sidebar.html",
      template: path.join(sheets, "sidebar.html"),
      chunks: ["sidebar"],
      inject: "body",
      scriptLoading: "blocking",
    }),
    new HtmlInlineScriptPlugin({ scriptMatchPattern: [/^sidebar\.js$/], htmlMatchPattern: [/Sidebar\.html$/] }),
    new CopyPlugin({ patterns: [{ from: path.join(root, "appsscript.json"), to: "appsscript.json" }] }),
  ],
  performance: { hints: false },
});
