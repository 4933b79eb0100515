import fc from "fast-check";
import { amountFromNumber, parseAmountText } from "../../../src/core/parse/amount";

interface Style {
  name: string;
  group: string;
  decimal: "." | ",";
}

const STYLES: Style[] = [
  { name: "apostrophe", group: "'", decimal: "." },
  { name: "right single quote", group: "\u2019", decimal: "." },
  { name: "space, comma", group: " ", decimal: "," },
  { name: "space, dot", group: " ", decimal: "." },
  { name: "NBSP", group: "\u00a0", decimal: "," },
  { name: "narrow NBSP", group: "\u202f", decimal: "," },
  { name: "thin space", group: "\u2009", decimal: "." },
  { name: "comma + dot", group: ",", decimal: "." },
  { name: "dot + comma", group: ".", decimal: "," },
];

function group(digits: string, sep: string): string {
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += sep + digits.slice(i, i + 3);
  return out;
}

/** Write minor units in a style; cents always when non-zero, optionally also when zero. */
function write(
  minor: number,
  style: Style,
  opts: { cents: boolean; currency: string; suffix: boolean; parens: boolean; minus: string },
): string {
  const abs = Math.abs(minor);
  const c = abs % 100;
  const units = (abs - c) / 100;
  let body = group(String(units), style.group);
  if (c !== 0 || opts.cents) body += style.decimal + String(c).padStart(2, "0");
  if (opts.currency !== "") body = opts.suffix ? body + " " + opts.currency : opts.currency + " " + body;
  if (minor < 0) body = opts.parens ? "(" + body + ")" : opts.minus + body;
  return body;
}

const minorArb = fc.integer({ min: -1e13, max: 1e13 });

describe("amount properties", () => {
  test.each(STYLES)("round trip through the $name style", (style) => {
    fc.assert(
      fc.property(
        minorArb,
        fc.boolean(),
        fc.constantFrom("", "CHF", "EUR", "USD", "GBP", "Fr.", "€", "$", "£"),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("-", "\u2212"),
        fc.boolean(),
        (minor, cents, currency, suffix, parens, minus, forced) => {
          const text = write(minor, style, { cents, currency, suffix, parens, minus });
          const r = parseAmountText(text, forced ? { decimal: style.decimal } : undefined);
          if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${r.reason}`);
          expect(r.value.minor).toBe(minor === 0 ? 0 : minor);
          expect(Object.is(r.value.minor, -0)).toBe(false);
          expect(r.value.currency !== undefined).toBe(currency !== "");
        },
      ),
      { numRuns: 500 },
    );
  });

  test("plain digits and small values round trip", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (units) => {
        expect(parseAmountText(String(units))).toEqual({ ok: true, value: { minor: units * 100 } });
      }),
    );
  });

  test("parseAmountText never throws on arbitrary strings", () => {
    const chars = fc.constantFrom(..."0123456789.,'’ \u00a0\u202f-−+()CHFEURfr.€$£%abc–".split(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.string({ unit: chars })), (s) => {
        const r = parseAmountText(s);
        expect(typeof r.ok).toBe("boolean");
        if (r.ok) expect(Number.isSafeInteger(r.value.minor)).toBe(true);
        else expect(r.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  test("amountFromNumber(n / 100) is exactly n", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const r = amountFromNumber(n / 100);
        expect(r).toEqual({ ok: true, value: { minor: n === 0 ? 0 : n } });
      }),
      { numRuns: 5000 },
    );
  });

  test("amountFromNumber never throws and returns safe integers", () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const r = amountFromNumber(x);
        if (r.ok) expect(Number.isSafeInteger(r.value.minor)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
