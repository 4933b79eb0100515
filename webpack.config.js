/*
 * One webpack config for every browser/Apps Script build:
 *   --env addin   the Excel add-in (taskpane + commands) into dist/addin/
 *   --env gas     the Apps Script bundle (Code.js, Sidebar.html, appsscript.json) into dist/gas/
 *   --env harness the panel test page with a fake host into dist/harness/
 * With no env, addin and gas are built.
 */
module.exports = (env = {}, argv = {}) => {
  const only = ["addin", "gas", "harness"].filter((k) => env[k]);
  const wanted = only.length > 0 ? only : ["addin", "gas"];
  return wanted.map((k) => require(`./build-config/webpack.${k}.js`)(env, argv));
};
