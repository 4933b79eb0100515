const path = require("path");

/**
 * The TypeScript rule every browser/Apps Script build shares: ts-loader on the project's tsconfig,
 * type-checking left to `tsc --noEmit` (npm test), ES modules so webpack can bundle and tree-shake.
 */
module.exports = function tsRule({ sourceMap }) {
  return {
    test: /\.ts$/,
    exclude: /node_modules/,
    loader: "ts-loader",
    options: {
      configFile: path.join(__dirname, "..", "tsconfig.json"),
      transpileOnly: true,
      compilerOptions: { module: "esnext", sourceMap },
    },
  };
};
