import { resolveSettings, toReport, validateWorkbook, type Lang, type Settings, type WorkbookSnapshot } from "../../../src/core";
import { exampleSnapshot } from "../../../examples/example-workbook";
import { readSpreadsheet } from "../../../src/hosts/file/read-file";
import { DETECTION_CODES, RULES } from "../../../src/core/rules";
import { run } from "../helpers";
import { CASES } from "../rules/rule-cases";
import { englishLeftIn, renderFaults } from "./text-checks";

const AS_OF = "2026-10-01";
const report = (snapshot: WorkbookSnapshot, settings: Settings) => toReport(validateWorkbook(snapshot, resolveSettings({ asOf: AS_OF, ...settings }, AS_OF)), "x.xlsx");
/** Everything but the message text: what must not change with the language. */
const withoutMessages = (r: ReturnType<typeof report>) => ({ ...r, issues: r.issues.map(({ message: _m, ...rest }) => rest) });

const WORKBOOKS: [string, () => Promise<WorkbookSnapshot>][] = [
  ["exampleSnapshot()", async () => exampleSnapshot()],
  ["examples/workplan-check-examples.xlsx", async () => (await readSpreadsheet("examples/workplan-check-examples.xlsx")).snapshot],
  ["examples/workplan-check-examples-rev.xlsx", async () => (await readSpreadsheet("examples/workplan-check-examples-rev.xlsx")).snapshot],
  ["examples/workplan-check-exemples-fr.xlsx", async () => (await readSpreadsheet("examples/workplan-check-exemples-fr.xlsx")).snapshot],
  ["examples/workplan-check-ejemplos-es.xlsx", async () => (await readSpreadsheet("examples/workplan-check-ejemplos-es.xlsx")).snapshot],
];

describe.each(WORKBOOKS)("validating %s in French and Spanish", (_name, read) => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => { snapshot = await read(); });

  it.each(["fr", "es"] as Lang[])("%s: the same codes, cells, params, counts and rollups as English; every message in the language", (lang) => {
    const en = report(snapshot, { lang: "en" });
    const other = report(snapshot, { lang });
    expect(en.issues.length).toBeGreaterThan(5); // the examples carry findings on purpose
    expect(withoutMessages(other)).toEqual(withoutMessages(en));
    for (const [i, issue] of other.issues.entries()) {
      expect([issue.code, renderFaults(issue.message)]).toEqual([issue.code, []]);
      expect([issue.code, issue.message]).not.toEqual([issue.code, en.issues[i].message]);
      expect([issue.code, issue.message, englishLeftIn(issue.message)]).toEqual([issue.code, issue.message, []]);
    }
  });

  it("English is the default", () => {
    expect(report(snapshot, { lang: "en" })).toEqual(report(snapshot, {}));
  });
});

describe("the settings' language and grouping reach validateWorkbook's messages", () => {
  const budget = { name: "Budget", rows: [["Cost", "Amount in CHF"], ["Salaries", 378961], ["Social charges", 75792], ["Travel", 60000], ["Total", 514853]] };
  const mismatch = (settings: Settings) => run([budget], settings).issues.find((i) => i.code === "budget.total-mismatch")!;

  it("French with space grouping, Spanish with dot grouping, English with comma grouping", () => {
    expect(mismatch({ lang: "fr", grouping: "space" }).message).toBe(
      "Le total indiqué est de CHF 514\u202f853, mais les 3 lignes au-dessus font CHF 514\u202f753 (le total est trop élevé de CHF 100).",
    );
    expect(mismatch({ lang: "es", grouping: "dot" }).message).toBe(
      "El total indicado es de CHF 514.853, pero las 3 partidas de arriba suman CHF 514.753 (el total es superior en CHF 100).",
    );
    expect(mismatch({ lang: "en", grouping: "comma" }).message).toBe("The stated total is CHF 514,853 but the 3 lines above add up to CHF 514,753 (the total is CHF 100 too high).");
    expect(mismatch({ lang: "fr" }).params).toEqual(mismatch({ lang: "en" }).params);
  });
});

describe("every rule's own case, validated in French and Spanish: real params for every code", () => {
  it("the cases cover every code", () => {
    expect(new Set(CASES.map((c) => c.code)).size).toBe(RULES.length + Object.keys(DETECTION_CODES).length);
  });

  it.each(CASES.map((c) => [c.code, c] as const))("%s", (code, c) => {
    const en = run(c.sheets, { ...c.settings, lang: "en" }, c.file);
    expect(en.issues.map((i) => i.code)).toContain(code);
    for (const lang of ["fr", "es"] as const) {
      const other = run(c.sheets, { ...c.settings, lang }, c.file);
      expect(other.issues.map(({ message: _m, ...rest }) => rest)).toEqual(en.issues.map(({ message: _m, ...rest }) => rest));
      expect(other.counts).toEqual(en.counts);
      for (const [k, issue] of other.issues.entries()) {
        expect([issue.code, renderFaults(issue.message), englishLeftIn(issue.message)]).toEqual([issue.code, [], []]);
        expect(issue.message).not.toBe(en.issues[k].message);
      }
    }
  });
});
