import * as fs from "fs";
import * as path from "path";
import { RULES } from "../../src/core";
import { DETECTION_CODES } from "../../src/core/rules";

const readme = fs.readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

describe("README", () => {
  it("documents every issue code", () => {
    const codes = [...RULES.map((r) => r.code), ...Object.keys(DETECTION_CODES)];
    expect(codes.filter((c) => !readme.includes(`\`${c}\``))).toEqual([]);
  });

  it("opens with the two commands a newcomer runs, and .ci/run runs the same test command", () => {
    expect(readme).toContain("npm ci && npm run check -- examples/workplan-check-examples.xlsx");
    expect(readme).toContain("npm test");
    const ci = fs.readFileSync(path.join(__dirname, "..", "..", ".ci", "run"), "utf8");
    expect(ci).toMatch(/npm ci[^\n]*\n(?:.*\n)*npm test/);
  });
});
