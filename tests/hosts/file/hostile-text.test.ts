import fc from "fast-check";
import { csvSheet, CSV_LIMITS } from "../../../src/hosts/file/read-csv";
import { CsvSheetReader } from "../../../src/hosts/file/read-csv";
import { terminalSafeJson, visible, visibleDeep } from "../../../src/hosts/file/terminal-text";
import { sniffBytes } from "../../../src/hosts/file/sniff";
import { decodeXml } from "../../../src/hosts/file/xlsx/xml-text";

describe("visible", () => {
  it("shows C0 controls as control pictures, DEL as ␡, C1 and bidi controls as <U+…>", () => {
    expect(visible("a\u001b[2Jb\u0007")).toBe("a␛[2Jb␇");
    expect(visible("x\u007fy\u009bz")).toBe("x␡y<U+009B>z");
    expect(visible("ISU\u202e tfard\u2066")).toBe("ISU<U+202E> tfard<U+2066>");
    expect(visible("two\nlines\r\tand\u2028more")).toBe("two lines  and more");
    expect(visible("Coût – 514'753 ✔")).toBe("Coût – 514'753 ✔");
  });
  it("leaves no terminal control in any string", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => !/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(visible(s))));
  });
  it("maps every string of a report, keeping keys and numbers", () => {
    expect(visibleDeep({ a: ["\u001b", 3, null], byMonth: { "2026-01": 2 }, t: true })).toEqual({ a: ["␛", 3, null], byMonth: { "2026-01": 2 }, t: true });
  });
});

describe("terminalSafeJson", () => {
  it("escapes C1 and bidi controls as JSON escapes: the same value, safe to cat", () => {
    const value = { text: "a\u001b\u009b\u202eb\u2028" };
    const out = terminalSafeJson(value);
    expect(out).toBe('{"text":"a\\u001b\\u009b\\u202eb\\u2028"}');
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe("sniffing", () => {
  it("no longer exempts ESC: a file of escape sequences is not text", () => {
    expect(() => sniffBytes(Buffer.from("\u001b[2J\u001b[H".repeat(50)), 400, "f.csv")).toThrow(/not a spreadsheet/);
    expect(sniffBytes(Buffer.from(`Activity,Timeline\nA,"\u001b[2J"\n${"B,May 2026\n".repeat(20)}`), 300, "f.csv")).toEqual({ kind: "text" });
  });
});

describe("the CSV tokenizer", () => {
  const rows = (text: string, chunks: number[]) => {
    const reader = new CsvSheetReader("s", ",");
    let at = 0;
    for (const n of chunks) {
      reader.push(text.slice(at, at + n));
      at += n;
    }
    reader.push(text.slice(at));
    return reader.finish().values;
  };
  it("reads the same cells however the text is cut into chunks", () => {
    const field = fc.oneof(fc.constantFrom("", "a", '"q,uo""te"', '"line\r\nbreak"', "x\"y", '"ab"cd', "Coût"), fc.string({ maxLength: 5 }).map((s) => s.replace(/[",\r\n]/g, "")));
    const csv = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }).chain((rs) =>
      fc.constantFrom("\n", "\r\n", "\r").map((eol) => rs.map((r) => r.join(",")).join(eol) + eol));
    fc.assert(fc.property(csv, fc.array(fc.nat(7), { maxLength: 20 }), (text, cuts) => {
      expect(rows(text, cuts)).toEqual(rows(text, []));
    }));
  });
  it("reads quoting as Excel does", () => {
    expect(csvSheet('a,"b ""c"", d"\n"x"y,z"\n', "s", ",").values).toEqual([["a", 'b "c", d'], ["xy", 'z"']]);
    expect(csvSheet("a\r\rb\r\n", "s", ",").values).toEqual([["a"], [], ["b"]]);
    expect(csvSheet('"open\nquote', "s", ",").values).toEqual([["open\nquote"]]);
  });
  it("keeps Excel's grid and per-cell limits, and says what it left out", () => {
    const limits = { ...CSV_LIMITS, rows: 3, columns: 2, cellText: 4 };
    const s = csvSheet("a,b,c,d\nlonger,x\n\nmore\n", "s", ",", limits);
    expect(s.values).toEqual([["a", "b"], ["long", "x"]]);
    expect(s.skipped).toEqual([
      { limit: "columns", row: 1, column: 3, count: 2 },
      { limit: "cellText", row: 2, column: 1, count: 6 },
      { limit: "rows", row: 4, column: 1 },
    ]);
    expect(csvSheet("a,b\nc,d\ne,f\n", "s", ",", { ...CSV_LIMITS, cells: 3 }).skipped).toEqual([{ limit: "cells", row: 3, column: 1 }]);
    expect(csvSheet("abcd,b\nc,d\ne,f\n", "s", ",", { ...CSV_LIMITS, text: 5 }).skipped).toEqual([{ limit: "text", row: 2, column: 1 }]);
  });
  it("lists 20 cut cells and counts the others on the last", () => {
    const s = csvSheet("long\n".repeat(25), "s", ",", { ...CSV_LIMITS, cellText: 2 });
    expect(s.skipped).toHaveLength(20);
    expect(s.skipped?.[19]).toEqual({ limit: "cellText", row: 20, column: 1, count: 4, others: 5 });
  });
});

describe("XML entities in an .xlsx", () => {
  it("an entity named like an Object member stays as written", () => {
    expect(decodeXml("&constructor;&__proto__;&toString;&amp;")).toBe("&constructor;&__proto__;&toString;&");
  });
});
