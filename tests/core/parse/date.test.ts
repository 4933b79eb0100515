import {
  excelSerialToIso,
  isDateFormat,
  isoFromDate,
  isoToExcelSerial,
  parseDateText,
} from "../../../src/core/parse/date";

describe("excelSerialToIso", () => {
  test.each<[number, string]>([
    [1, "1900-01-01"],
    [31, "1900-01-31"],
    [59, "1900-02-28"],
    [60, "1900-02-29"], // Excel's fictitious leap day
    [61, "1900-03-01"],
    [366, "1900-12-31"],
    [367, "1901-01-01"],
    [25569, "1970-01-01"],
    [36526, "2000-01-01"],
    [45658, "2025-01-01"],
    [46023, "2026-01-01"],
    [46096, "2026-03-15"],
    [46096.75, "2026-03-15"], // time of day dropped
    [46387, "2026-12-31"],
    [46082, "2026-03-01"],
    [46081, "2026-02-28"],
    [2958465, "9999-12-31"],
  ])("%d => %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: true, value: iso });
  });

  test.each<[number, string]>([
    [0, "before 1900-01-01"],
    [-5, "before 1900-01-01"],
    [2958466, "after 9999-12-31"],
    [NaN, "not a date serial"],
    [Infinity, "not a date serial"],
  ])("%d fails: %s", (serial, reason) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: false, reason });
  });
});

describe("isoToExcelSerial", () => {
  test.each<[string, number]>([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-02-29", 60],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2026-01-01", 46023],
    ["2026-03-15", 46096],
    ["9999-12-31", 2958465],
  ])("%s => %d", (iso, serial) => {
    expect(isoToExcelSerial(iso)).toBe(serial);
  });

  test.each(["2026-02-30", "2026-13-01", "1899-12-31", "15/03/2026", "", "2026-3-15"])("%j => NaN", (iso) => {
    expect(isoToExcelSerial(iso)).toBeNaN();
  });

  test("round trip over every day from 1900 to 2100", () => {
    for (let s = 1; s <= 73051; s++) {
      const r = excelSerialToIso(s);
      if (!r.ok) throw new Error(`serial ${s}: ${r.reason}`);
      if (isoToExcelSerial(r.value) !== s) throw new Error(`serial ${s} -> ${r.value} -> ${isoToExcelSerial(r.value)}`);
    }
  });
});

describe("isoFromDate", () => {
  test("uses the local calendar fields", () => {
    expect(isoFromDate(new Date(2026, 0, 1, 23, 59))).toEqual({ ok: true, value: "2026-01-01" });
    expect(isoFromDate(new Date(2026, 2, 15, 0, 0))).toEqual({ ok: true, value: "2026-03-15" });
    expect(isoFromDate(new Date(2024, 1, 29, 12))).toEqual({ ok: true, value: "2024-02-29" });
  });
  test("fails for an invalid date or a non-date", () => {
    expect(isoFromDate(new Date(NaN))).toEqual({ ok: false, reason: "invalid date" });
    expect(isoFromDate("2026-01-01" as unknown as Date)).toEqual({ ok: false, reason: "not a date" });
  });
});

describe("parseDateText", () => {
  test.each<[string, string]>([
    ["2026-03-15", "2026-03-15"],
    ["2026/03/15", "2026-03-15"],
    ["2026-03-15T10:00:00Z", "2026-03-15"],
    ["2026-03-15 10:30", "2026-03-15"],
    ["15/03/2026", "2026-03-15"],
    ["15.03.2026", "2026-03-15"],
    ["15-03-2026", "2026-03-15"],
    ["5/3/2026", "2026-03-05"],
    ["15/03/26", "2026-03-15"],
    ["15 March 2026", "2026-03-15"],
    ["15 Mar 2026", "2026-03-15"],
    ["15 Mar. 2026", "2026-03-15"],
    ["15-Mar-2026", "2026-03-15"],
    ["March 15, 2026", "2026-03-15"],
    ["March 15th, 2026", "2026-03-15"],
    ["Mar 15 2026", "2026-03-15"],
    ["1st March 2026", "2026-03-01"],
    ["Thursday, 15 March 2026", "2026-03-15"],
    ["15 mars 2026", "2026-03-15"],
    ["1er janvier 2026", "2026-01-01"],
    ["15 février 2026", "2026-02-15"],
    ["15 fevrier 2026", "2026-02-15"],
    ["15 août 2026", "2026-08-15"],
    ["3 déc. 2026", "2026-12-03"],
    ["lundi 2 mars 2026", "2026-03-02"],
    ["15 de marzo de 2026", "2026-03-15"],
    ["1 de enero de 2026", "2026-01-01"],
    ["31 de diciembre del 2026", "2026-12-31"],
    ["15 septiembre 2026", "2026-09-15"],
    ["15 Sept 2026", "2026-09-15"],
    ["29 Feb 2024", "2024-02-29"],
    ["  15\u00a0March\u00a02026 ", "2026-03-15"],
  ])("%j => %s", (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: iso });
  });

  test.each<[string, string]>([
    ["", "empty"],
    ["   ", "empty"],
    ["2026-02-30", "no such day"],
    ["30/02/2026", "no such day"],
    ["29 Feb 2025", "no such day"],
    ["31 April 2026", "no such day"],
    ["03/15/2026", "15 is not a month (dates are read day first)"],
    ["2026-13-01", "13 is not a month (dates are read day first)"],
    ["March 2026", "no day"],
    ["15 March", "no year"],
    ["hello", "contains text"],
    ["15 mars 2026 environ", "contains text"],
    ["15 March April 2026", "more than one month"],
    ["2026", "not a date"],
    ["15 March 2026 2027", "more than one year"],
  ])("%j fails: %s", (text, reason) => {
    expect(parseDateText(text)).toEqual({ ok: false, reason });
  });
});

describe("isDateFormat", () => {
  test.each<[string, boolean]>([
    ["dd/mm/yyyy", true],
    ["d/m/yy", true],
    ["mmm-yy", true],
    ["mmmm", true],
    ["mm", true],
    ["yyyy-mm-dd hh:mm", true],
    ["m/d/yy h:mm", true],
    ["[$-409]d-mmm-yyyy", true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ['dd" de "mmmm" de "yyyy', true],
    ["0", false],
    ["#,##0", false],
    ["#,##0.00", false],
    ["0%", false],
    ["0.00%", false],
    ["General", false],
    ["[Red]0.00", false],
    ["#,##0;[Red]-#,##0", false],
    ["0.00E+00", false],
    ["@", false],
    ['0 "days"', false],
    ['"CHF" #,##0', false],
    ["\\d0", false],
    ["h:mm", false],
    ["h:mm:ss", false],
    ["[h]:mm:ss", false],
    ["mm:ss", false],
    ["h:mm AM/PM", false],
    ["h:mm A/P", false],
    ["", false],
  ])("%j => %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
