/**
 * Summarises a `node --cpu-prof` file: node build/bench/profile-summary.js FILE.cpuprofile [N].
 * E.g. node --cpu-prof --cpu-prof-dir /tmp/prof build/bench/run.js --skip-cli, then this on the file.
 */
import { readFileSync } from "fs";
import { topSelfTime } from "./profile";
import type { CpuProfile } from "./profile";
import { table } from "./stats";

const [file, n] = process.argv.slice(2);
if (!file) {
  console.error("usage: node build/bench/profile-summary.js FILE.cpuprofile [N]");
  process.exitCode = 2;
} else {
  const top = topSelfTime(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, Number(n ?? 20));
  console.log(table(["function", "self ms", "share", "where"], top.map((t) => [t.name, t.ms.toFixed(0), `${(t.share * 100).toFixed(1)}%`, t.where])));
}
