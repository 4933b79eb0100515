import fc from "fast-check";
import { monthIndex, monthKey, parsePeriod, periodFromIsoDate, quarterKey, type Period } from "../../../src/core/parse/period";
import type { Parsed } from "../../../src/core/parse/parsed";

/** Ways coordinators write each month (kept here, independent of months.ts). */
const NAMES: string[][] = [
  ["January", "Jan", "Jan.", "janvier", "janv.", "enero", "ene"],
  ["February", "Feb", "Feb.", "février", "fevrier", "févr.", "fév", "febrero"],
  ["March", "Mar", "Mar.", "mars", "marzo"],
  ["April", "Apr", "avril", "avr.", "abril", "abr"],
  ["May", "mai", "mayo"],
  ["June", "Jun", "juin", "junio"],
  ["July", "Jul", "juillet", "juil.", "julio"],
  ["August", "Aug", "août", "aout", "agosto", "ago"],
  ["September", "Sep", "Sept.", "septembre", "septiembre", "setiembre", "set"],
  ["October", "Oct", "octobre", "octubre"],
  ["November", "Nov", "novembre", "noviembre"],
  ["December", "Dec", "décembre", "déc.", "diciembre", "dic"],
];

const REASONS = new Set([
  "empty",
  "no month, quarter or year recognised",
  "to be determined",
  "month name not recognised",
  "unrecognised words in the period",
  "unexpected text after the period",
  "year is missing",
  "year must have 4 digits",
  "year must be between 1900 and 2199",
  "month must be 1 to 12",
  "quarter must be 1 to 4",
  "half must be 1 or 2",
  "day does not exist in that month",
  "milestone has no valid month",
]);

const MILESTONES = { "13MSP": "2025-09", "3RC": "2026-09", COP30: "2025-11" };

const pad = (n: number): string => String(n).padStart(2, "0");
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const year = fc.integer({ min: 1950, max: 2150 });
const month = fc.integer({ min: 1, max: 12 });
const casing = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toLowerCase(),
  (s: string) => s.toUpperCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
);
/** A month word for m in any language, abbreviation and case. */
const monthWord = (m: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom(...NAMES[m - 1]), casing).map(([name, c]) => c(name));

const value = (r: Parsed<Period>): Period => {
  if (!r.ok) throw new Error(`failed: ${r.reason}`);
  return r.value;
};

/** What must hold for every result, whatever the text. */
function checkInvariants(r: Parsed<Period>): void {
  if (!r.ok) {
    expect(REASONS.has(r.reason)).toBe(true);
    return;
  }
  const p = r.value;
  expect(["month", "range", "quarter", "half", "year", "date", "ongoing", "milestone"]).toContain(p.kind);
  expect(p.ongoing).toBe(p.kind === "ongoing");
  if (!p.ongoing) {
    expect(Number.isInteger(p.start)).toBe(true);
    expect(Number.isInteger(p.end)).toBe(true);
  }
  if (p.start !== undefined) expect(p.startDate?.slice(0, 7)).toBe(monthKey(p.start));
  if (p.end !== undefined) expect(p.endDate?.slice(0, 7)).toBe(monthKey(p.end));
  for (const d of [p.startDate, p.endDate]) if (d !== undefined) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  if (p.start !== undefined && p.end !== undefined && p.start < p.end) expect(p.startDate! < p.endDate!).toBe(true);
}

describe("parsePeriod properties", () => {
  it("monthKey(monthIndex(y, m)) round-trips, and quarterKey names the quarter", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), month, (y, m) => {
        expect(monthKey(monthIndex(y, m))).toBe(`${y}-${pad(m)}`);
        expect(quarterKey(monthIndex(y, m))).toBe(`${y}-Q${Math.ceil(m / 3)}`);
        expect(monthIndex(y, m) - monthIndex(y, 1)).toBe(m - 1);
      }),
    );
  });

  it("a month written in any supported language, abbreviation or case gives that month", () => {
    const text = fc.tuple(year, month).chain(([y, m]) =>
      fc
        .tuple(
          monthWord(m),
          fc.constantFrom("{m} {y}", "{m}  {y}", "{m} de {y}", "{m}, {y}", " {m} {y}:", "{m} {y}.", "{y}-{mm}", "{mm}/{y}"),
        )
        .map(([word, form]) => ({ y, m, text: form.replace("{m}", word).replace("{y}", String(y)).replace("{mm}", pad(m)) })),
    );
    fc.assert(
      fc.property(text, ({ y, m, text }) => {
        const p = value(parsePeriod(text));
        expect(p.kind).toBe("month");
        expect(p.start).toBe(monthIndex(y, m));
        expect(p.end).toBe(monthIndex(y, m));
        expect(p.startDate).toBe(`${y}-${pad(m)}-01`);
        expect(p.endDate).toBe(`${y}-${pad(m)}-${daysIn(y, m)}`);
      }),
      { numRuns: 300 },
    );
  });

  it("two months a <= b written as a range with any separator give start = a and end = b", () => {
    const separators = ["-", "–", "—", " - ", " – ", " — ", " to ", " until ", " through ", " à ", " au ", " a ", " al ", " hasta "];
    const range = fc
      .tuple(year, month, fc.integer({ min: 0, max: 40 }))
      .chain(([y, m, span]) => {
        const a = monthIndex(y, m);
        const b = a + span;
        const yb = Math.floor(b / 12);
        const mb = (b % 12) + 1;
        return fc
          .tuple(monthWord(m), monthWord(mb), fc.constantFrom(...separators), fc.boolean(), fc.constantFrom("", "from ", "between "))
          .map(([wa, wb, sep, shortForm, prefix]) => {
            if (prefix === "between ") sep = " and ";
            if (prefix === "from ") sep = " to ";
            // "May – June 2026" when both are in the same year, else "Nov 2025 – Feb 2026".
            const text = shortForm && y === yb ? `${prefix}${wa}${sep}${wb} ${yb}` : `${prefix}${wa} ${y}${sep}${wb} ${yb}`;
            return { a, b, text };
          });
      });
    fc.assert(
      fc.property(range, ({ a, b, text }) => {
        const p = value(parsePeriod(text));
        expect(p.kind).toBe("range");
        expect(p.start).toBe(a);
        expect(p.end).toBe(b);
      }),
      { numRuns: 300 },
    );
  });

  it("quarters cover exactly 3 months and halves exactly 6", () => {
    const ordinals = [
      ["first", "1st", "1er", "premier", "primer"],
      ["second", "2nd", "deuxième", "2e", "segundo"],
      ["third", "3rd", "troisième", "tercer"],
      ["fourth", "4th", "quatrième", "cuarto"],
    ];
    const quarter = fc.tuple(year, fc.integer({ min: 1, max: 4 })).chain(([y, q]) =>
      fc
        .constantFrom(
          `Q${q} ${y}`,
          `${y} Q${q}`,
          `${y}-Q${q}`,
          `q${q}/${y}`,
          `${q}Q ${y}`,
          `T${q} ${y}`,
          ...ordinals[q - 1].flatMap((o) => [`${o} quarter of ${y}`, `${o} trimestre ${y}`, `${o} trimestre de ${y}`]),
        )
        .map((text) => ({ y, n: q, text, size: 3, kind: "quarter" })),
    );
    const half = fc.tuple(year, fc.integer({ min: 1, max: 2 })).chain(([y, h]) =>
      fc
        .constantFrom(`H${h} ${y}`, `S${h} ${y}`, `${y}-H${h}`, ...ordinals[h - 1].flatMap((o) => [`${o} half of ${y}`, `${o} semestre ${y}`]))
        .map((text) => ({ y, n: h, text, size: 6, kind: "half" })),
    );
    fc.assert(
      fc.property(fc.oneof(quarter, half), casing, ({ y, n, text, size, kind }, c) => {
        const p = value(parsePeriod(c(text)));
        expect(p.kind).toBe(kind);
        expect(p.start).toBe(monthIndex(y, 1) + (n - 1) * size);
        expect(p.end! - p.start!).toBe(size - 1);
      }),
      { numRuns: 300 },
    );
  });

  it("a valid day in any supported form gives that date; an impossible day fails", () => {
    const date = fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).chain(([y, m, d]) =>
      fc
        .tuple(
          monthWord(m),
          fc.constantFrom("{d} {m} {y}", "{m} {d}, {y}", "{d} de {m} de {y}", "{y}-{mm}-{dd}", "{dd}/{mm}/{y}", "{dd}.{mm}.{y}"),
        )
        .map(([word, form]) => ({
          y,
          m,
          d,
          text: form
            .replace("{m}", word)
            .replace("{y}", String(y))
            .replace("{mm}", pad(m))
            .replace("{dd}", pad(d))
            .replace("{d}", String(d)),
        })),
    );
    fc.assert(
      fc.property(date, ({ y, m, d, text }) => {
        const r = parsePeriod(text);
        if (d > daysIn(y, m)) {
          expect(r).toEqual({ ok: false, reason: "day does not exist in that month" });
          return;
        }
        const p = value(r);
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        expect(p).toMatchObject({ kind: "date", start: monthIndex(y, m), end: monthIndex(y, m), startDate: iso, endDate: iso });
        expect(periodFromIsoDate(iso)).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });

  it("defaultYear fills only a missing year, and results for different options stay apart", () => {
    fc.assert(
      fc.property(year, year, month, (y1, y2, m) => {
        const text = NAMES[m - 1][0];
        expect(value(parsePeriod(text, { defaultYear: y1 })).start).toBe(monthIndex(y1, m));
        expect(value(parsePeriod(text, { defaultYear: y2 })).start).toBe(monthIndex(y2, m));
        expect(value(parsePeriod(`${text} ${y1}`, { defaultYear: y2 })).start).toBe(monthIndex(y1, m));
      }),
    );
  });

  it("never throws on arbitrary text, and every result is well-formed", () => {
    const options = fc.constantFrom(undefined, { milestones: MILESTONES }, { defaultYear: 2026 });
    const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }));
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        checkInvariants(parsePeriod(text, opts));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on text made of the parser's own words, and every result is well-formed", () => {
    const words = [
      "2026", "2025", "26", "15", "3", "31", "0", "12", "13", "1850", "20260", "Q1", "q5", "T2", "H1", "S2", "1Q",
      "first", "1st", "1er", "segundo", "quarter", "trimestre", "half", "semestre", "March", "Sept.", "févr", "mayo",
      "de", "of", "the", "to", "à", "a", "and", "from", "until", "between", "-", "–", "—", "/", ".", ",", ":", "(", ")",
      "[", "]", "'", "ongoing", "on-going", "en cours", "todo el año", "TBD", "TODO", "13MSP", "3 RC", "COP30", "Geneva",
      "\uE000", "\uE001", "\u00a0", "º",
    ];
    const text = fc.array(fc.constantFrom(...words), { maxLength: 8 }).chain((ws) =>
      fc.constantFrom(" ", "", "-").map((glue) => ws.join(glue)),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, { milestones: MILESTONES }, { defaultYear: 2026 }), (t, opts) => {
        checkInvariants(parsePeriod(t, opts));
      }),
      { numRuns: 2000 },
    );
  });

  it("startDate <= endDate whenever start <= end for ranges of months, quarters, halves and years", () => {
    const side = fc.oneof(
      fc.tuple(month, year).map(([m, y]) => `${NAMES[m - 1][0]} ${y}`),
      fc.tuple(fc.integer({ min: 1, max: 4 }), year).map(([q, y]) => `Q${q} ${y}`),
      fc.tuple(fc.integer({ min: 1, max: 2 }), year).map(([h, y]) => `H${h} ${y}`),
      year.map(String),
    );
    fc.assert(
      fc.property(side, side, (a, b) => {
        const p = value(parsePeriod(`${a} – ${b}`));
        expect(p.kind).toBe("range");
        if (p.start! <= p.end!) expect(p.startDate! <= p.endDate!).toBe(true);
        else expect(p.startDate! > p.endDate!).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
