/**
 * Runs the CLI in this process and prints its peak RSS on stderr at exit, for machines without
 * /usr/bin/time. Usage: node rss-wrapper.js CLI_JS ARGS...
 */
process.on("exit", () => process.stderr.write(`WORKPLAN_CHECK_MAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
require(cli);
