/*
 * The panel test page: the real panel and the real core in one page, with a fake host
 * (tests/panel/harness/fake-bridge.ts). Output: dist/harness/index.html + harness.js, loadable from file://.
 * Build: npx webpack --mode development --env harness
 */
const path = require("path");
const tsRule = require("./ts-rule");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "..");

module.exports = (env = {}, argv = {}) => ({
  name: "harness",
  mode: argv.mode || "development",
  target: "web",
  context: root,
  entry: { harness: path.join(root, "tests/panel/harness/harness.ts") },
  output: {
    path: path.join(root, "dist/harness"),
    filename: "[name].js",
    publicPath: "", // relative script URLs so the page works from file://
    clean: true,
  },
  // No eval-based source maps: the page must run without eval.
  devtool: "source-map",
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      tsRule({ sourceMap: true }),
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      title: "Workplan Check — panel harness",
      meta: { viewport: "width=device-width, initial-scale=1" },
      scriptLoading: "defer",
    }),
  ],
  performance: { hints: false },
});
