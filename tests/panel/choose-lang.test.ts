import { chooseLang, hostLang, storedLang } from "../../src/panel/i18n/choose-lang";

describe("the panel's language", () => {
  test("from the host's tag or locale: fr-CA → fr, es_419 → es, de-DE and nonsense → en", () => {
    expect(hostLang({ hostLocale: "fr-CA" })).toBe("fr");
    expect(hostLang({ hostLocale: "fr-FR" })).toBe("fr");
    expect(hostLang({ hostLocale: "es_419" })).toBe("es");
    expect(hostLang({ hostLocale: "es" })).toBe("es");
    expect(hostLang({ hostLocale: "de-DE" })).toBe("en");
    expect(hostLang({ hostLocale: "" })).toBe("en");
    expect(hostLang({ hostLocale: null })).toBe("en");
    expect(hostLang({})).toBe("en");
  });

  test("the user's choice wins over the host's", () => {
    expect(chooseLang({ hostLocale: "fr-FR", chosen: "es" })).toBe("es");
    expect(chooseLang({ hostLocale: "de-DE", chosen: "fr" })).toBe("fr");
    expect(chooseLang({ hostLocale: "fr-FR", chosen: null })).toBe("fr");
  });

  test("a stored value is one of ours or nothing (automatic)", () => {
    expect(storedLang("fr")).toBe("fr");
    for (const bad of ["FR", "de", "", null, undefined, 1, {}, "fr-FR"]) expect(storedLang(bad)).toBeNull();
  });
});
