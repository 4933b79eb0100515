import { formToSettings, settingsToForm } from "../../src/panel/settings-form";

const form = { asOf: "", windowStart: "", windowEnd: "", actionFrom: "", actionTo: "", milestones: "" };

describe("the settings form's exchange rates", () => {
  it("reads one CODE=RATE a line into exact decimal text, and writes them back", () => {
    const r = formToSettings({ ...form, rates: "eur = 0.9412\nUSD=0,7968\n\n" });
    expect(r).toEqual({ ok: true, value: { rates: { EUR: "0.9412", USD: "0.7968" } } });
    expect(settingsToForm({ rates: { EUR: "0.9412", NOK: 0.0784 } }).rates).toBe("EUR=0.9412\nNOK=0.0784");
  });

  it("refuses a zero, negative or unreadable rate and a currency listed twice, naming the line", () => {
    const r = formToSettings({ ...form, rates: "EUR=0\nGBP=-1\nUSD=abc\nEUR 0.9\nCHF=1\nCHF=1" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([
      "Rate EUR: “0” is not a positive decimal (e.g. 0.9412).",
      "Rate GBP: “-1” is not a positive decimal (e.g. 0.9412).",
      "Rate USD: “abc” is not a positive decimal (e.g. 0.9412).",
      "Rate line 4 “EUR 0.9”: write CODE=RATE, e.g. EUR=0.9412.",
      "Rate CHF is listed twice.",
    ]);
  });

  it("an empty rates field drops saved rates; a form without the field keeps them out too", () => {
    expect(formToSettings({ ...form, rates: "" }, { rates: { EUR: "0.9" } })).toEqual({ ok: true, value: {} });
    expect(formToSettings(form, { currency: "CHF" })).toEqual({ ok: true, value: { currency: "CHF" } });
  });
});
