/*
 * The Excel add-in: the task pane page (also the ribbon's function file and the custom functions' shared runtime),
 * its ES5 loader and functions.json into dist/addin/, with the icons and the manifest.
 *   npm run build        webpack --mode production --env addin   (prints the task pane's gzipped JS size)
 *   npm run dev-server   webpack serve --mode development --env addin   (https://localhost:3000)
 * --env url=https://example.org/workplan-check/ rewrites the manifest's https://localhost:3000/ to that base.
 * The dev server uses office-addin-dev-certs' certificate (getHttpsServerOptions); builds never need certificates.
 */
const path = require("path");
const tsRule = require("./ts-rule");
const fs = require("fs");
const zlib = require("zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const root = path.resolve(__dirname, "..");
const src = path.join(root, "src/hosts/excel");
const DEV_URL = "https://localhost:3000/";
const PORT = 3000;

/** Prints the gzipped size of each emitted task-pane script after a production build. */
class GzipSizePlugin {
  constructor(prefix) {
    this.prefix = prefix;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tap("GzipSizePlugin", (compilation) => {
      for (const asset of compilation.getAssets()) {
        if (!asset.name.startsWith(this.prefix) || !asset.name.endsWith(".js")) continue;
        // After emit the sources are size-only: read the written file back.
        const raw = fs.readFileSync(path.join(compilation.outputOptions.path, asset.name));
        const gz = zlib.gzipSync(raw, { level: 9 }).length;
        console.log(`[addin] ${asset.name}: ${(raw.length / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (target < 150 KB)`);
      }
    });
  }
}

/** The manifest with its dev URLs moved to another HTTPS base. */
function manifestFor(base) {
  if (!base) return (content) => content;
  if (!/^https:\/\/[^\s"<>]+\/$/.test(base)) throw new Error(`env url must be an https:// URL ending with "/": ${base}`);
  return (content) => content.toString().split(DEV_URL).join(base);
}

/**
 * The dev server's HTTPS server with the Office development certificate (getHttpsServerOptions creates and
 * trusts it on first use). Called only by `webpack serve`, so builds never need certificates.
 */
async function httpsWithDevCertificate(options, app) {
  let certs;
  try {
    certs = await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch (e) {
    throw new Error(`No development certificate (${e && e.message}). Run "npx office-addin-dev-certs install", then start the dev server again.`);
  }
  return require("https").createServer({ ...options, ...certs }, app);
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    name: "addin",
    mode,
    target: "web",
    context: root,
    entry: {
      taskpane: path.join(src, "taskpane.ts"),
    },
    output: {
      path: path.join(root, "dist/addin"),
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    // No eval-based source maps: the pages carry no eval.
    devtool: mode === "production" ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        tsRule({ sourceMap: mode !== "production" }),
      ],
    },
    plugins: [
      // functions.json (the custom functions' names, parameters and help) from the JSDoc of functions.ts, and the
      // CustomFunctions.associate calls appended to that module: Microsoft's own tooling.
      new CustomFunctionsMetadataPlugin({ input: path.join(src, "functions.ts"), output: "functions.json" }),
      // Not injected: the ES5 loader (loader.js) loads the bundle named in its data-main where the webview can run it.
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: path.join(src, "taskpane.html"), chunks: ["taskpane"], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: path.join(src, "loader.js"), to: "loader.js" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestFor(env.url) },
        ],
      }),
      ...(mode === "production" ? [new GzipSizePlugin("taskpane")] : []),
    ],
    performance: { hints: false },
    ...(serving
      ? {
          devServer: {
            port: PORT,
            server: httpsWithDevCertificate,
            headers: { "Access-Control-Allow-Origin": "*" },
            static: false,
            hot: false,
            liveReload: true,
            client: { overlay: { warnings: false, errors: true } },
          },
        }
      : {}),
  };
};
