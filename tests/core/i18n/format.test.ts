import { langFromEnv, makeFormat, parseLang, groupingExample, GROUPINGS } from "../../../src/core/i18n";
import { formatMoney, formatShare } from "../../../src/core";

describe("parseLang", () => {
  it.each([
    ["fr-CH", "fr"], ["es_ES.UTF-8", "es"], ["EN", "en"], ["fr", "fr"], ["es-419", "es"], ["fr_CH@euro", "fr"],
  ])("%s → %s", (tag, lang) => expect(parseLang(tag)).toBe(lang));
  it.each(["de-CH", "C", "POSIX", "", "french", undefined, null])("%s → undefined", (tag) => expect(parseLang(tag)).toBeUndefined());
});

describe("langFromEnv", () => {
  it("takes LC_ALL over LC_MESSAGES over LANG", () => {
    expect(langFromEnv({ LC_ALL: "es_ES.UTF-8", LC_MESSAGES: "fr_FR", LANG: "en_US" })).toBe("es");
    expect(langFromEnv({ LC_MESSAGES: "fr_FR", LANG: "es_ES" })).toBe("fr");
    expect(langFromEnv({ LANG: "fr_CH.UTF-8" })).toBe("fr");
  });
  it("falls back to English for a language it does not speak, as gettext does", () => {
    expect(langFromEnv({ LC_ALL: "de_DE.UTF-8", LANG: "fr_FR" })).toBe("en");
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "C.UTF-8" })).toBe("en");
  });
  it("reads GNU LANGUAGE first when it names one of ours", () => {
    expect(langFromEnv({ LANGUAGE: "de:es", LANG: "fr_FR" })).toBe("es");
    expect(langFromEnv({ LANGUAGE: "de", LANG: "fr_FR" })).toBe("fr");
  });
});

describe("makeFormat", () => {
  it("keeps 514'753 in every language by default", () => {
    for (const lang of ["en", "fr", "es"] as const) expect(makeFormat({ lang }).money(51475300, "CHF")).toBe("CHF 514'753");
  });
  it("writes the grouping the user chose, with its decimal mark", () => {
    expect(makeFormat({ grouping: "comma" }).money(123450, "CHF")).toBe("CHF 1,234.50");
    expect(makeFormat({ grouping: "space" }).money(-123405, "CHF")).toBe("CHF -1\u202f234,05");
    expect(makeFormat({ grouping: "dot" }).money(51475300)).toBe("514.753");
    expect(GROUPINGS.map(groupingExample)).toEqual(["514'753.50", "514,753.50", "514\u202f753,50", "514.753,50"]);
  });
  it("writes shares with the language's gap before %", () => {
    expect(makeFormat().share(0.7362)).toBe("73.6%");
    expect(makeFormat({ lang: "fr" }).share(0.2)).toBe("20\u00a0%");
    expect(makeFormat({ lang: "es", grouping: "dot" }).share(0.7362)).toBe("73,6\u00a0%");
  });
  it("names months and dates in the language", () => {
    expect(makeFormat().month("2026-09")).toBe("Sep 2026");
    expect(makeFormat({ lang: "fr" }).month("2026-02")).toBe("févr. 2026");
    expect(makeFormat({ lang: "es" }).monthLong("2026-09")).toBe("septiembre de 2026");
    expect(makeFormat({ lang: "fr" }).date("2026-03-01")).toBe("1er mars 2026");
    expect(makeFormat({ lang: "es" }).date("2026-03-31")).toBe("31 de marzo de 2026");
    expect(makeFormat().date("2026-03-31")).toBe("31 March 2026");
    expect(makeFormat({ lang: "fr" }).date("not a date")).toBe("not a date");
  });
  it("writes a plain decimal with the grouping's mark", () => {
    expect(makeFormat().decimal(2.5)).toBe("2.5");
    expect(makeFormat({ lang: "fr", grouping: "space" }).decimal(2.5)).toBe("2,5");
    expect(makeFormat({ grouping: "dot" }).decimal(Number.NaN)).toBe("NaN");
  });
  it("counts with the grouping", () => expect(makeFormat({ grouping: "space" }).count(2000000)).toBe("2\u202f000\u202f000"));
  it("leaves the English defaults of formatMoney and formatShare as they were", () => {
    expect(formatMoney(51475300, "CHF")).toBe("CHF 514'753");
    expect(formatMoney(-100000, "CHF")).toBe("CHF -1'000");
    expect(formatMoney(123450)).toBe("1'234.50");
    expect(formatShare(0.5)).toBe("50%");
  });
});
