import { GROUPINGS, LANGS, makeFormat, parseAmountText, parsePeriod, type Format, type Lang } from "../../../src/core";
import { importPlan, parseText } from "../../../src/core/import";
import { outreachStage } from "../../../src/core/kinds/outreach";
import { importMessage, message } from "../../../src/core/messages";
import { parseActionRefs } from "../../../src/core/parse/action-ref";
import { parseShare } from "../../../src/core/parse/percent";
import { parseRate } from "../../../src/core/parse/rate";
import { run } from "../helpers";
import { SAMPLE_PARAMS } from "./sample-params";

/**
 * A message that says "write it like …" must suggest text the checker then reads. The examples are
 * taken from the rendered messages themselves, in every language, so changing a message re-checks it.
 */
const formats: [Lang, Format][] = LANGS.map((lang) => [lang, makeFormat({ lang })]);
/** The quoted pieces of a message, in order: 'x' in English, «x» in French and Spanish. */
const quoted = (text: string, lang: Lang): string[] =>
  lang === "en" ? [...text.matchAll(/'([^']+)'/g)].map((m) => m[1]) : [...text.matchAll(/«\u00a0?([^»]*?)\u00a0?»/g)].map((m) => m[1]);
/** What follows "like" / "par exemple" / "por ejemplo" in a message. */
const afterExample = (text: string): string => {
  const m = /(?:like|such as|par exemple|por ejemplo,?) (.*)$/s.exec(text);
  if (!m) throw new Error(`no example in: ${text}`);
  return m[1];
};

describe.each(formats)("examples suggested in %s are read back", (lang, f) => {
  it("timelines: every suggested period parses", () => {
    const text = message("period.unreadable", SAMPLE_PARAMS["period.unreadable"][0], f);
    const examples = quoted(text, lang).slice(1); // the first quote is the cell's own text
    expect(examples.length).toBe(3);
    for (const e of examples) expect([e, parsePeriod(e).ok]).toEqual([e, true]);
  });

  it("action-plan references", () => {
    const examples = quoted(afterExample(message("reference.unreadable", SAMPLE_PARAMS["reference.unreadable"][0], f)), lang);
    expect(examples.length).toBe(1);
    const r = parseActionRefs(examples[0]);
    expect(r.ok && r.value).toEqual([{ from: 38, to: 42 }]);
  });

  it("FTE shares", () => {
    const shares = [...afterExample(message("staffing.fte-invalid", SAMPLE_PARAMS["staffing.fte-invalid"][0], f)).matchAll(/\d+\s?%/g)].map((m) => m[0]);
    expect(shares.length).toBe(2);
    expect(shares.map((x) => { const r = parseShare(x); return r.ok && r.value; })).toEqual([1, 0.5]);
  });

  it("follow-up stages: each one offered is a stage", () => {
    const list = message("outreach.unknown-stage", SAMPLE_PARAMS["outreach.unknown-stage"][0], f).replace(/.*:\s/s, "").replace(/\.$/, "").split(", ");
    expect(list.map((x) => outreachStage(x))).toEqual(["Contacted", "Meeting held", "Next step agreed"]);
  });

  it("header rows suggested for an unrecognised table are recognised", () => {
    const text = message("table.unrecognised", SAMPLE_PARAMS["table.unrecognised"][1], f);
    const suggested = /(?:such as|comme|como) (.*)\.$/s.exec(text)![1];
    const rows = suggested.split(/ (?:or|ou|o) /).map((row) => row.split(" | "));
    expect(rows.length).toBe(2);
    const kinds = rows.map((header, i) => run([{ name: `S${i}`, rows: [header, header.map((_, k) => (k === header.length - 1 && i === 1 ? 100 : "x"))] }], { lang }).issues.filter((x) => x.code === "table.unrecognised").length);
    expect([rows, kinds]).toEqual([rows, [0, 0]]);
  });

  it.each(GROUPINGS)("amounts and rates, with %s grouping", (grouping) => {
    const g = makeFormat({ lang, grouping });
    const amount = afterExample(message("cell.not-a-number", SAMPLE_PARAMS["cell.not-a-number"][0], g)).replace(/\.$/, "");
    const a = parseAmountText(amount); // as the readers call it: the separators are inferred
    expect([amount, a.ok && a.value.minor]).toEqual([amount, 1_250_000]);
    const rate = /0[.,]9412/.exec(message("rate.invalid", SAMPLE_PARAMS["rate.invalid"][0], g))![0];
    expect(parseRate(rate).ok).toBe(true);
  });

  it("the importer's section titles and period example are found in a document", () => {
    const noTimeline = quoted(importMessage("import.no-timeline", {}, f), lang);
    const [section, period] = lang === "en" ? ["Timeline", "February 2026"] : noTimeline;
    const r = importPlan(parseText(`# Plan\n\n## ${section}\n\n### ${period}\n\nWorkshop\n`, { joinLines: true }));
    expect(r.ok && r.value.activities.map((x) => x.timeline)).toEqual([period]);
    if (lang !== "en") {
      const [lead] = quoted(importMessage("import.no-lead", {}, f), lang);
      const withLead = importPlan(parseText(`# Plan\n\n## ${lead}\n\n- Norway\n\n## ${section}\n\n### ${period}\n\nWorkshop\n`, { joinLines: true }));
      expect(withLead.ok && withLead.value.notices.map((n) => n.code)).not.toContain("import.no-lead");
    }
  });
});
